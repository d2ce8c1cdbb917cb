// What a person sees of the site in a real browser: Debian's Chromium, headless, loads pages from
// 'vidensgraf serve' and the test checks the page titles, an entity's relations as links that
// lead to the right entity, the focus diagram drawn with a size, hostile labels shown as text
// with no script run, and no console errors or failed requests on any page.
// The expected labels and relations are read from the datasets' CSV files, not from our output.
//
// Usage: node browser_test.mjs VIDENSGRAF_BINARY BUNDLED_DATASET HOSTILE_DATASET
// Exit codes: 0 passed, 1 failed, 77 skipped (no Chromium or no playwright-core).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserUnavailable, checker, launchBrowser, readCsv, startServer } from './browser_support.mjs';

const [binary, bundled, hostile] = process.argv.slice(2);
if (!hostile) {
  console.error('usage: node browser_test.mjs VIDENSGRAF_BINARY BUNDLED_DATASET HOSTILE_DATASET');
  process.exit(2);
}
const unavailable = await browserUnavailable();
if (unavailable) {
  console.log(`SKIPPED: ${unavailable}`);
  process.exit(77);
}

const { check, finish } = checker();

/// Opens a page that reports console errors, uncaught exceptions, dialogs (alert) and failed
/// requests into `problems`, and flags any script that calls alert().
async function openPage(browser, problems) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.addInitScript(() => {
    window.alert = () => { window.__vgScriptRan = true; };
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return page;
}

/// The diagram's drawn size: an inline <svg> or an <img>, loaded and larger than zero.
async function diagramBox(page) {
  const diagram = page.locator('.diagram svg, .diagram img').first();
  if ((await diagram.count()) === 0) return null;
  await diagram.scrollIntoViewIfNeeded();
  const box = await diagram.boundingBox();
  const loaded = await diagram.evaluate((e) => e.tagName.toLowerCase() !== 'img' || (e.complete && e.naturalWidth > 0));
  return loaded ? box : null;
}

const relationsTable = (page) =>
  page.locator('xpath=//h2[normalize-space(.) = "Relations" or normalize-space(.) = "Relationer"]/following-sibling::table[1]');

const browser = await launchBrowser();
const servers = [];
try {
  // The alarm works: a page whose script calls alert() sets the flag the hostile page must not.
  {
    const control = await openPage(browser, []);
    await control.goto(`data:text/html,${encodeURIComponent('<p>control</p><script>alert(1)</script>')}`);
    check((await control.evaluate(() => window.__vgScriptRan)) === true, 'control: a script that runs is detected');
    await control.close();
  }
  // --- the bundled dataset: home page, a project with relations, a click through one
  const site = await startServer(binary, bundled);
  servers.push(site);
  const problems = [];
  const page = await openPage(browser, problems);

  const toml = readFileSync(join(bundled, 'dataset.toml'), 'utf8');
  const titleEn = toml.match(/\[title\][^[]*?\nen\s*=\s*"([^"]*)"/)[1];
  const titleDa = toml.match(/\[title\][^[]*?\nda\s*=\s*"([^"]*)"/)[1];
  await page.goto(site.url);
  check((await page.title()) === titleEn, `home page title is the dataset's English title (${await page.title()})`);
  const h1 = await page.locator('h1').innerText();
  check(h1 === titleEn, `the English home page's heading is the English title only (${h1})`);

  const projects = readCsv(join(bundled, 'projects.csv'));
  const relations = readCsv(join(bundled, 'relations.csv'));
  const organisations = readCsv(join(bundled, 'organisations.csv'));
  const labelDa = new Map();
  const labelEn = new Map();
  for (const file of ['projects', 'organisations', 'challenge_areas', 'tools', 'cases', 'results', 'advice', 'domains',
                      'programmes', 'funds', 'agreements']) {
    for (const row of readCsv(join(bundled, `${file}.csv`))) {
      labelDa.set(row.id, row['label@da']);
      labelEn.set(row.id, row['label@en'] || row['label@da']);
    }
  }
  // The project with the most relations (ties: the first in the file).
  const degree = (id) => relations.filter((r) => (r.subject === id || r.object === id) && labelDa.has(r.subject) &&
                                                 labelDa.has(r.object)).length;
  const project = projects.reduce((best, p) => (degree(p.id) > degree(best.id) ? p : best));
  const lead = relations.find((r) => r.subject === project.id && r.relation === 'leadOrganisation');
  check(Boolean(lead), `project ${project.id} has a lead organisation in relations.csv`);

  // From the home page to the project, as a person would: the kind list, then the project.
  await page.locator(`a[href="project/index.html"]`).first().click();
  await page.waitForURL(/\/project\/index\.html$/);
  await page.locator(`a[href$="${project.id}.html"]`).first().click();
  await page.waitForURL(new RegExp(`/project/${project.id}\\.html$`));
  const title = await page.title();
  check(title.includes(project['label@en']), `project page title names the project (${title})`);
  // One language per page: the English label, and the Danish original marked lang="da".
  const heading = await page.locator('h1').innerText();
  check(heading === project['label@en'], `project heading is the English label (${heading})`);
  const original = await page.locator('.original [lang="da"]').innerText();
  check(original === project['label@da'], `the Danish original is given, marked lang="da" (${original})`);

  const table = relationsTable(page);
  // relations.csv also holds attributes (description, altLabel, amounts): links are the rows
  // between two entities.
  const links = relations.filter((r) => labelDa.has(r.subject) && labelDa.has(r.object));
  const others = links.filter((r) => r.subject === project.id || r.object === project.id)
                      .map((r) => (r.subject === project.id ? r.object : r.subject));
  check(others.length >= 3, `project ${project.id} has ${others.length} relations in relations.csv`);
  for (const other of new Set(others)) {
    const link = table.locator(`a[href$="/${other}.html"]`).first();
    const visible = (await link.count()) > 0 && (await link.isVisible());
    const text = visible ? await link.innerText() : '';
    check(visible && text === labelEn.get(other), `relation to ${other} is a visible link labelled "${labelEn.get(other)}"`);
  }

  const box = await diagramBox(page);
  check(box && box.width > 100 && box.height > 50, `focus diagram is drawn (${box ? `${box.width}x${box.height}` : 'none'})`);
  const diagramLinks = await page.locator('.diagram a').count();
  check(diagramLinks >= others.length, `diagram has links to the neighbours (${diagramLinks})`);

  // Follow the lead organisation's link.
  await table.locator(`a[href$="/${lead.object}.html"]`).first().click();
  await page.waitForURL(new RegExp(`/organisation/${lead.object}\\.html$`));
  const orgLabel = labelEn.get(lead.object);
  check((await page.locator('h1').innerText()).includes(orgLabel), `the link leads to ${lead.object} ("${orgLabel}")`);
  const back = relationsTable(page).locator(`a[href$="/${project.id}.html"]`);
  check((await back.count()) > 0, 'the organisation page links back to the project');

  // The interface in Danish: the switch, then a link that stays in Danish.
  await page.goto(`${site.url}project/${project.id}.html`);
  await page.locator('header a[hreflang="da"]').click();
  await page.waitForURL(new RegExp(`/project/${project.id}\\.da\\.html$`));
  check((await page.locator('html').getAttribute('lang')) === 'da', 'the switch leads to the Danish page (lang="da")');
  const h2s = await page.locator('h2').allInnerTexts();
  check(h2s.includes('Relationer') && h2s.includes('Kilder'), `Danish interface headings (${h2s.join(', ')})`);
  check((await page.locator('h1').innerText()) === project['label@da'], 'the Danish label on the Danish page');
  await relationsTable(page).locator(`a[href$="/${lead.object}.da.html"]`).first().click();
  await page.waitForURL(new RegExp(`/organisation/${lead.object}\\.da\\.html$`));
  check(true, 'a relation on the Danish page leads to the Danish page of the entity');
  await page.locator('header a[hreflang="en"]').click();
  await page.waitForURL(new RegExp(`/organisation/${lead.object}\\.html$`));
  check((await page.locator('html').getAttribute('lang')) === 'en', 'and the switch back to English');

  // --- the hostile fixture: markup in labels shown as text, no script runs
  const fixture = await startServer(binary, hostile);
  servers.push(fixture);
  const evilRows = readCsv(join(hostile, 'projects.csv'));
  const evil = evilRows.find((r) => r.id === 'evil');
  await page.goto(`${fixture.url}project/evil.html`);
  check((await page.title()).includes(evil['label@en']), `hostile title is shown as text (${await page.title()})`);
  const evilHeading = await page.locator('h1').innerText();
  const evilOriginal = await page.locator('.original').innerText();
  check(evilHeading === evil['label@en'] && evilOriginal.includes(evil['label@da']),
        'hostile labels appear literally in the heading and the original');
  check((await page.locator('b').count()) === 0, 'no <b> element came from a label');
  check((await page.locator('main img').count()) === 0, 'no <img> element came from a note');
  const scripts = await page.locator('script').evaluateAll((s) => s.map((e) => e.type));
  check(scripts.every((t) => t === 'application/ld+json'), `only JSON-LD script blocks (${scripts.join(', ')})`);
  const note = readCsv(join(hostile, "relations.csv")).find((r) => r.note).note;
  check((await page.locator('main').innerText()).includes(note), 'the hostile note is shown as text');
  const evilBox = await diagramBox(page);
  check(evilBox && evilBox.width > 0 && evilBox.height > 0, 'hostile focus diagram is drawn');
  await page.locator('.diagram').hover(); // tooltips hold the labels too
  check((await page.evaluate(() => window.__vgScriptRan)) === undefined, 'no script from the data ran (alert never called)');

  check(problems.length === 0, `no console errors, failed requests or dialogs${problems.length ? `: ${problems.join('; ')}` : ''}`);
} catch (e) {
  check(false, `the test ran to its end (${e.stack})`);
} finally {
  await browser.close();
  for (const s of servers) await s.stop();
}

finish();
