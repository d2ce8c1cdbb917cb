// WCAG 2.1 A and AA in a real browser: axe-core 4 (npm, tests/js) run in Debian's Chromium on
// every kind of page the site has (home, a kind's index, one entity of each kind, the ontology,
// the query page, the search page with results, and the endpoint's query form with and without an
// answer) in both languages, from 'vidensgraf serve'.
// Every violation is printed with its rule, the page and the first offending nodes; the test
// passes only with none. The pages are found by following the site's own links, so a kind or a
// page that is added later is checked too.
//
// Usage: node accessibility_test.mjs VIDENSGRAF_BINARY DATASET
// Exit codes: 0 passed, 1 failed, 77 skipped (no Chromium, playwright-core or axe-core).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { browserUnavailable, checker, launchBrowser, startServer } from './browser_support.mjs';

const [binary, dataset] = process.argv.slice(2);
if (!dataset) {
  console.error('usage: node accessibility_test.mjs VIDENSGRAF_BINARY DATASET');
  process.exit(2);
}
const unavailable = await browserUnavailable();
let axeSource = '';
try {
  axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
} catch {
  console.log('SKIPPED: axe-core is missing (npm ci --prefix tests/js)');
  process.exit(77);
}
if (unavailable) {
  console.log(`SKIPPED: ${unavailable}`);
  process.exit(77);
}

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const { check, finish } = checker();

/// The pages to check: the home page, the ontology, query and search pages, every kind's index
/// (linked from the home page) and the first entity on each kind's index.
async function pagesToCheck(page, url) {
  await page.goto(url);
  const kinds = await page.locator('main a[href$="/index.html"]').evaluateAll((as) =>
    [...new Set(as.map((a) => a.getAttribute('href')).filter((h) => /^[a-z-]+\/index\.html$/.test(h)))]);
  // The endpoint's own form, and an answer as a table (the served site's query pages post there).
  const select = 'SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 5';
  const pages = ['index.html', 'ontology/index.html', 'query.html', 'search.html?q=region', 'sparql?lang=en',
                 `sparql?lang=en&query=${encodeURIComponent(select)}`];
  for (const kind of kinds) {
    if (kind === 'ontology/index.html') continue;
    pages.push(kind);
    await page.goto(url + kind);
    const first = await page.locator('main li a[href$=".html"]').first().getAttribute('href');
    if (first) pages.push(new URL(first, url + kind).href.slice(url.length));
  }
  return pages;
}

/// A page's Danish twin: NAME.da.html, or the endpoint's page with lang=da.
const danish = (path) => (path.startsWith('sparql?') ? path.replace('lang=en', 'lang=da') : path.replace(/\.html/, '.da.html'));

const browser = await launchBrowser();
const server = await startServer(binary, dataset);
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const pages = await pagesToCheck(page, server.url);
  check(pages.length >= 10, `pages to check: ${pages.length} (${pages.join(', ')})`);
  let checked = 0;
  for (const path of pages.flatMap((p) => [p, danish(p)])) {
    const response = await page.goto(server.url + path);
    if (!response || response.status() !== 200) {
      check(false, `${path} answers 200 (${response?.status()})`);
      continue;
    }
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(
      (runOnly) => window.axe.run(document, { runOnly: { type: 'tag', values: runOnly }, resultTypes: ['violations'] }),
      tags);
    ++checked;
    const nodes = result.violations.reduce((n, v) => n + v.nodes.length, 0);
    const detail = result.violations
      .map((v) => `\n    ${v.id} (${v.nodes.length}): ${v.help}; e.g. ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`)
      .join('');
    // A run with no passing rule at all would mean axe checked nothing.
    check(nodes === 0 && result.passes.length > 10, `${path}: ${nodes} violation nodes, ${result.passes.length} rules passed${detail}`);
  }
  check(checked === pages.length * 2, `axe ran on ${checked} pages`);
} catch (e) {
  check(false, `the test ran to its end (${e.stack})`);
} finally {
  await browser.close();
  await server.stop();
}
finish();
