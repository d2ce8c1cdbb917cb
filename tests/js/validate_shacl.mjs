// Validates RDF data (Turtle or N-Triples) against SHACL shapes (Turtle) with rdf-validate-shacl.
// Prints one line per result, ending with its severity ([Violation], [Warning] or [Info]); exits
// 0 when the data conforms, 1 when it does not (any result, of any severity), 2 on errors.
// rdf-validate-shacl does not follow owl:imports, so shapes that import vocabularies from the
// web are validated offline with only what their own file holds.
//   node validate_shacl.mjs DATA.ttl SHAPES.ttl
import { readFileSync } from 'node:fs';
import { Parser } from 'n3';
import datasetFactory from '@rdfjs/dataset';
import SHACLValidator from 'rdf-validate-shacl';

function load(path) {
  const quads = new Parser({ baseIRI: 'file://' + path }).parse(readFileSync(path, 'utf8'));
  return datasetFactory.dataset(quads);
}

try {
  const validator = new SHACLValidator(load(process.argv[3]));
  const report = await validator.validate(load(process.argv[2]));
  for (const r of report.results) {
    const message = r.message.map((m) => m.value).join('; ');
    const severity = (r.severity?.value ?? '').replace(/^.*#/, '');
    console.log(`${r.focusNode?.value} ${r.path?.value ?? ''}: ${message} (${r.sourceConstraintComponent?.value}) [${severity}]`);
  }
  console.log(report.conforms ? 'conforms' : `does not conform: ${report.results.length} result(s)`);
  process.exit(report.conforms ? 0 : 1);
} catch (e) {
  console.error(`rdf-validate-shacl: ${e.stack}`);
  process.exit(2);
}
