// Verifies a compact JWS from a CooperJus evidence bundle (envelope.jws, receipt.jws, checkpoint.jws) with a public
// JWK, using the independent `jose` npm package (https://github.com/panva/jose) — the example the bundle's README gives.
//
//   node verify-jws.mjs <jws file> <jwk file>
//
// Accepts ES256 only, and requires the JWS's kid to be the JWK's kid when the JWK names one. Prints
// {"header": {...}, "payload": "..."} and exits 0; prints the reason on stderr and exits 1 when it does not verify.
// Install its one dependency with `npm ci --prefix tests/interop`.
import { readFile } from "node:fs/promises";
import { compactVerify, importJWK } from "jose";

const [jwsFile, jwkFile] = process.argv.slice(2);
if (!jwsFile || !jwkFile) {
  console.error("usage: node verify-jws.mjs <jws file> <jwk file>");
  process.exit(2);
}

try {
  const jwk = JSON.parse(await readFile(jwkFile, "utf8"));
  const jws = (await readFile(jwsFile, "ascii")).trim();
  const key = await importJWK(jwk, "ES256");
  const { payload, protectedHeader } = await compactVerify(jws, key, { algorithms: ["ES256"] });
  if (jwk.kid !== undefined && protectedHeader.kid !== jwk.kid) {
    throw new Error(`kid is ${protectedHeader.kid}, but the key is ${jwk.kid}`);
  }
  console.log(JSON.stringify({ header: protectedHeader, payload: new TextDecoder().decode(payload) }));
} catch (error) {
  console.error(`${jwsFile} does not verify with ${jwkFile}: ${error.message}`);
  process.exit(1);
}
