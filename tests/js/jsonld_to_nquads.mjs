// Expands a JSON-LD file with jsonld.js and prints it as N-Quads (for comparison with the Turtle
// export). Remote contexts are refused: vidensgraf's JSON-LD must be self-contained.
//   node jsonld_to_nquads.mjs FILE
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';

const documentLoader = async (url) => {
  throw new Error(`refusing to load the remote document ${url}: the JSON-LD must be self-contained`);
};

try {
  const doc = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  const nquads = await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader, safe: true });
  process.stdout.write(nquads);
} catch (e) {
  console.error(`jsonld.js: ${e.message}${e.details ? ' ' + JSON.stringify(e.details).slice(0, 2000) : ''}`);
  process.exit(1);
}
