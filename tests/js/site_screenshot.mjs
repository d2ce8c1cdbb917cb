// Makes the README's picture of an entity page (docs/images/site-entity.png): 'vidensgraf serve'
// on the bundled dataset and a screenshot from headless Chromium. Run by hand after the site's
// look changes; the test suite does not write into docs/.
//
// Usage: node tests/js/site_screenshot.mjs VIDENSGRAF_BINARY [PAGE] [OUT] [EXTENT]
//   PAGE defaults to organisation/sygehus-lillebaelt.html, OUT to docs/images/site-entity.png,
//   EXTENT to "full" (the whole page); "screen" takes what the first 1100 x 1500 screen shows.
//   The README's home page: node tests/js/site_screenshot.mjs build/vidensgraf index.html
//   docs/images/site-home.png screen
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { browserUnavailable, launchBrowser, startServer } from './browser_support.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [binary, pagePath = 'organisation/sygehus-lillebaelt.html', out = join(root, 'docs/images/site-entity.png'),
       extent = 'full'] = process.argv.slice(2);
if (!binary) {
  console.error('usage: node tests/js/site_screenshot.mjs VIDENSGRAF_BINARY [PAGE] [OUT]');
  process.exit(2);
}
const unavailable = await browserUnavailable();
if (unavailable) {
  console.error(`site_screenshot: ${unavailable}`);
  process.exit(1);
}
const server = await startServer(binary, join(root, 'data/signaturprojekter'));
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1500 }, deviceScaleFactor: 1 });
  await page.goto(server.url + pagePath, { waitUntil: 'networkidle' });
  await page.screenshot({ path: out, fullPage: extent === 'full' });
  console.log(`site_screenshot: wrote ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
