// Validates JSON documents against a CooperJus JSON Schema with Ajv (https://ajv.js.org), an implementation
// independent of the gateway's NJsonSchema, set up as schemas/README.md tells partners to: draft-07, all errors,
// formats (date, date-time, email) checked by ajv-formats.
//
//   node validate-schema.mjs <schema file> <document file>...
//
// Prints one line per invalid document, "<file>: <error>; <error>…" (each error as "<instance path> <message>"),
// then "N valid, N invalid" on stderr. Exits 0 when every document is valid, 1 when one is not, 2 on bad usage or
// a schema Ajv cannot compile. Install its dependencies with `npm ci --prefix tests/interop`.
import { readFile } from "node:fs/promises";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const [schemaFile, ...documentFiles] = process.argv.slice(2);
if (!schemaFile || documentFiles.length === 0) {
  console.error("usage: node validate-schema.mjs <schema file> <document file>...");
  process.exit(2);
}

let validate;
try {
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  validate = ajv.compile(JSON.parse(await readFile(schemaFile, "utf8")));
} catch (error) {
  console.error(`${schemaFile} is not a schema Ajv can use: ${error.message}`);
  process.exit(2);
}

/** The problems of one document, in words; empty when it is valid. */
async function problemsOf(file) {
  let document;
  try {
    document = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    return [`not readable JSON: ${error.message}`];
  }
  if (validate(document)) return [];
  return validate.errors.map((e) => `${e.instancePath || "(document)"} ${e.message}${e.params?.allowedValues ? ` ${JSON.stringify(e.params.allowedValues)}` : ""}${e.params?.additionalProperty ? ` '${e.params.additionalProperty}'` : ""}`);
}

let invalid = 0;
for (const file of documentFiles) {
  const problems = await problemsOf(file);
  if (problems.length > 0) {
    invalid++;
    console.log(`${file}: ${problems.join("; ")}`);
  }
}
console.error(`${documentFiles.length - invalid} valid, ${invalid} invalid`);
process.exit(invalid === 0 ? 0 : 1);
