// The site's search and query page in Debian's Chromium: the search finds a project by a word of
// its Danish title and by one of its English title, and an organisation by its name, from
// 'vidensgraf serve' and from the file system (a site written by 'vidensgraf site'); it works
// with the keyboard alone; without JavaScript the page still leads everywhere; and the query
// page's first example runs on the served site and shows its rows as a table. The expected
// names come from the dataset's CSV files, not from our output.
//
// Usage: node search_query_test.mjs VIDENSGRAF_BINARY DATASET WORK_DIR
// Exit codes: 0 passed, 1 failed, 77 skipped (no Chromium or no playwright-core).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { browserUnavailable, checker, launchBrowser, readCsv, startServer } from './browser_support.mjs';

const [binary, dataset, work] = process.argv.slice(2);
if (!work) {
  console.error('usage: node search_query_test.mjs VIDENSGRAF_BINARY DATASET WORK_DIR');
  process.exit(2);
}
const unavailable = await browserUnavailable();
if (unavailable) {
  console.log(`SKIPPED: ${unavailable}`);
  process.exit(77);
}
const { check, finish } = checker();

const projects = readCsv(join(dataset, 'projects.csv'));
const organisations = readCsv(join(dataset, 'organisations.csv'));
// A word of a title that is in no other project's titles, so that the project must be found.
function distinctiveWord(project, column) {
  const others = projects.filter((p) => p.id !== project.id).map((p) => `${p['label@da']} ${p['label@en']}`.toLowerCase());
  return project[column].split(/[\s,.()]+/).filter((w) => w.length > 4)
    .find((w) => others.every((o) => !o.includes(w.toLowerCase())));
}
const project = projects.find((p) => distinctiveWord(p, 'label@da') && distinctiveWord(p, 'label@en'));
const organisation = organisations[0];

/// Types `query` into the search box with the keyboard and returns the result links' hrefs.
async function search(page, query) {
  await page.locator('#q').fill('');
  await page.locator('#q').focus();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('search-status').textContent !== '');
  return page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
}

async function searchChecks(page, url, where) {
  await page.goto(`${url}search.html`);
  const danishWord = distinctiveWord(project, 'label@da');
  const englishWord = distinctiveWord(project, 'label@en');
  let hrefs = await search(page, danishWord);
  check(hrefs.includes(`project/${project.id}.html`), `${where}: "${danishWord}" (Danish title) finds ${project.id} (${hrefs.length} results)`);
  hrefs = await search(page, englishWord);
  check(hrefs.includes(`project/${project.id}.html`), `${where}: "${englishWord}" (English title) finds ${project.id}`);
  hrefs = await search(page, organisation['label@da']);
  check(hrefs.includes(`organisation/${organisation.id}.html`), `${where}: "${organisation['label@da']}" finds the organisation`);
  hrefs = await search(page, 'zzqxnothing');
  check(hrefs.length === 0, `${where}: a word in nothing finds nothing`);
}

const browser = await launchBrowser();
const server = await startServer(binary, dataset);
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await searchChecks(page, server.url, 'served');

  // The keyboard alone: Tab reaches the box, Enter searches, Tab reaches a result, Enter opens it.
  await page.goto(`${server.url}search.da.html`);
  let focused = '';
  for (let i = 0; i < 15 && focused !== 'q'; ++i) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement.id);
  }
  check(focused === 'q', 'Tab reaches the search box');
  await page.keyboard.type(distinctiveWord(project, 'label@da'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#search-results a').length > 0);
  const first = await page.locator('#search-results a').first().getAttribute('href');
  check(first.endsWith('.da.html'), `the Danish page's results lead to Danish pages (${first})`);
  for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement.closest('#search-results'))); ++i)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\.da\.html$/);
  check((await page.locator('h1').innerText()).length > 0, `Enter on a result opens it (${page.url()})`);

  // From the file system: the site as 'vidensgraf site' writes it.
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  execFileSync(binary, ['site', '-o', join(work, 'site'), dataset], { stdio: 'ignore' });
  await searchChecks(page, pathToFileURL(join(work, 'site')).href + '/', 'file system');
  check(errors.length === 0, `no script errors${errors.length ? `: ${errors.join('; ')}` : ''}`);

  // Without JavaScript the page still leads to every kind's list.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(`${server.url}search.html`);
  const kinds = await plain.locator('main a[href$="/index.html"]').count();
  check(kinds >= 10 && (await plain.locator('noscript').count()) === 1, `without JavaScript: ${kinds} kinds' lists linked`);
  await noScript.close();

  // The query page's first example (projects per challenge area) on the served site.
  const areas = readCsv(join(dataset, 'challenge_areas.csv'));
  for (const [path, column, language, count] of [['query.html', 'label@en', 'en', / rows?\./],
                                                  ['query.da.html', 'label@da', 'da', / rækker?\./]]) {
    await page.goto(`${server.url}${path}`);
    await page.locator('form button[type="submit"]').first().click();
    await page.waitForURL(/\/sparql$/);
    const rows = await page.locator('#results ~ div table tbody tr').allInnerTexts();
    const named = rows.filter((r) => areas.some((a) => r.includes(a[column])));
    check(rows.length > 0 && named.length === rows.length,
          `${path}: the example shows ${rows.length} rows, each a challenge area's ${column}`);
    // The answer speaks the language of the page the form was sent from.
    const said = await page.locator('#results + p').innerText();
    check((await page.locator('html').getAttribute('lang')) === language && count.test(said),
          `${path}: the answer is in ${language} ("${said}")`);
  }
  // On a static host the query page says how to query the downloads instead.
  await page.goto(pathToFileURL(join(work, 'site', 'query.html')).href);
  check((await page.locator('form').count()) === 0 && (await page.locator('pre code').count()) >= 3,
        'the static query page has no form and shows the queries');
} catch (e) {
  check(false, `the test ran to its end (${e.stack})`);
} finally {
  await browser.close();
  await server.stop();
}
finish();
