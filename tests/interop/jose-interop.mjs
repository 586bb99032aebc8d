// Interoperability check of the CooperJus partner protocol with an independent JOSE implementation, the `jose`
// npm package (https://github.com/panva/jose). It plays a partner gateway on another stack:
//
//   node jose-interop.mjs verify --jwk <file> --jws <file> --typ <typ>
//       Verifies a compact JWS (an envelope or a receipt the gateway signed) with a public JWK, accepting ES256
//       only and requiring the given `typ` header. Prints {"header": {...}, "payload": {...}} and exits 0; prints
//       the reason on stderr and exits 1 when the JWS does not verify.
//
//   node jose-interop.mjs sign --payload <file> --kid <kid> [--typ <typ>]
//       Generates a fresh ES256 (P-256) key pair, signs the payload file's bytes exactly as they are with the
//       header {"alg":"ES256","kid":<kid>,"typ":<typ, default cooperjus-envelope+jwt>,"cty":"json"}, and prints
//       {"jws": "<compact JWS>", "jwk": <public JWK with kid, use and alg>}.
//
// Install its one dependency with `npm ci --prefix tests/interop`.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { CompactSign, compactVerify, exportJWK, generateKeyPair, importJWK } from "jose";

const ENVELOPE_TYPE = "cooperjus-envelope+jwt";

async function verify({ jwk, jws, typ }) {
  const publicJwk = JSON.parse(await readFile(required(jwk, "--jwk"), "utf8"));
  const compact = (await readFile(required(jws, "--jws"), "ascii")).trim();
  const key = await importJWK(publicJwk, "ES256");
  const { payload, protectedHeader } = await compactVerify(compact, key, { algorithms: ["ES256"] });
  if (protectedHeader.typ !== required(typ, "--typ")) {
    throw new Error(`typ is ${protectedHeader.typ}, expected ${typ}`);
  }
  if (protectedHeader.kid !== publicJwk.kid) {
    throw new Error(`kid is ${protectedHeader.kid}, expected ${publicJwk.kid}`);
  }
  return { header: protectedHeader, payload: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(payload)) };
}

async function sign({ payload, kid, typ }) {
  const bytes = await readFile(required(payload, "--payload"));
  const { publicKey, privateKey } = await generateKeyPair("ES256", { extractable: true });
  const keyId = required(kid, "--kid");
  const jws = await new CompactSign(bytes)
    .setProtectedHeader({ alg: "ES256", kid: keyId, typ: typ ?? ENVELOPE_TYPE, cty: "json" })
    .sign(privateKey);
  const jwk = { ...(await exportJWK(publicKey)), kid: keyId, use: "sig", alg: "ES256" };
  return { jws, jwk };
}

function required(value, name) {
  if (value === undefined || value === "") throw new Error(`${name} is required`);
  return value;
}

const commands = { verify, sign };
const [command, ...rest] = process.argv.slice(2);
try {
  if (!(command in commands)) throw new Error("usage: jose-interop.mjs verify --jwk F --jws F --typ T | sign --payload F --kid K [--typ T]");
  const { values } = parseArgs({
    args: rest,
    options: { jwk: { type: "string" }, jws: { type: "string" }, typ: { type: "string" }, payload: { type: "string" }, kid: { type: "string" } },
  });
  process.stdout.write(JSON.stringify(await commands[command](values)) + "\n");
} catch (error) {
  process.stderr.write(`${error.code ?? error.name}: ${error.message}\n`);
  process.exitCode = 1;
}
