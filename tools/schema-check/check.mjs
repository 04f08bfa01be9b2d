// Checks the committed JSON Schemas (schemas/*.schema.json) with ajv, draft 2020-12, formats asserted
// (ajv-formats), against the corpus the Java tests write to examples/target/schema-corpus:
//   valid/<type>/*.json    must be accepted by schemas/<type>.schema.json
//   invalid/<type>/*.json  must be refused by it
// and every schema must have at least one valid document.
// Run after the examples module's tests: node check.mjs [repository root]
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", ".."));
const schemas = join(root, "schemas");
const corpus = join(root, "examples", "target", "schema-corpus");

if (!existsSync(join(corpus, "valid"))) {
  console.error(`No corpus at ${corpus}: run the examples module's tests first`);
  process.exit(2);
}

// strict: an unknown keyword or format in a schema is an error, so a schema ajv cannot read fully fails here.
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);

const validators = new Map();
function validatorFor(type) {
  if (!validators.has(type)) {
    const file = join(schemas, `${type}.schema.json`);
    if (!existsSync(file)) {
      throw new Error(`corpus folder ${type} has no schema ${file}`);
    }
    validators.set(type, ajv.compile(JSON.parse(readFileSync(file, "utf8"))));
  }
  return validators.get(type);
}

let checked = 0;
const problems = [];
for (const expectValid of [true, false]) {
  const half = join(corpus, expectValid ? "valid" : "invalid");
  if (!existsSync(half)) {
    problems.push(`${half} is missing: run the examples module's tests first`);
    continue;
  }
  for (const type of readdirSync(half).sort()) {
    const validate = validatorFor(type);
    for (const name of readdirSync(join(half, type)).sort()) {
      const where = `${expectValid ? "valid" : "invalid"}/${type}/${name}`;
      const document = JSON.parse(readFileSync(join(half, type, name), "utf8"));
      const accepted = validate(document);
      checked++;
      if (expectValid && !accepted) {
        problems.push(`${where} is refused: ${ajv.errorsText(validate.errors)}`);
      } else if (!expectValid && accepted) {
        problems.push(`${where} is accepted, but breaks a rule the schema carries`);
      }
    }
  }
}

// Every committed schema is checked against at least one document the library or the tool wrote.
for (const file of readdirSync(schemas).filter((f) => f.endsWith(".schema.json")).sort()) {
  const type = file.slice(0, -".schema.json".length);
  const folder = join(corpus, "valid", type);
  if (!existsSync(folder) || readdirSync(folder).length === 0) {
    problems.push(`schemas/${file} has no valid document in the corpus`);
  }
}

for (const problem of problems) {
  console.error(problem);
}
console.log(`ajv: ${checked} documents checked against ${validators.size} schemas, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
