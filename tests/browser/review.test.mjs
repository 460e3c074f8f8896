// The review page in a real browser: headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core.
//
//   node tests/browser/review.test.mjs <base url of the app (the local runner) with the review state> [screenshot folder]
//
// The state (tests/Functions.Tests/Api/DashboardTests.cs): two sources disagree on BiH's October 2022 arrivals,
// and Serbia's October UASC among arrivals exceed its arrivals; a local reviewer is configured. Checks that the
// dashboard marks the failed check, that the review page lists both with quote and a link to the document at its page,
// that Correct and Reject record decisions and take the items off the list, that the series change, and that the
// dashboard then marks the corrected month. Exits 0 when every check holds; prints what failed otherwise.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const base = process.argv[2];
const shots = resolve(process.argv[3] ?? join(root, 'TestResults'));
if (!base) {
  console.error('usage: node tests/browser/review.test.mjs <base url> [screenshot folder]');
  process.exit(64);
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let checks = 0;
function check(condition, message) {
  if (!condition) throw new Error(message);
  checks += 1;
  console.log(`ok - ${message}`);
}

const series = async (indicator, country) =>
  (await (await fetch(new URL(`/api/series?indicator=${indicator}&country=${country}&from=2022-10&to=2022-10`, base))).json()).points;

const profile = mkdtempSync(join(tmpdir(), 'migrationfeeds-chromium-'));
mkdirSync(shots, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, args: ARGS, viewport: { width: 1280, height: 900 }, timeout: 60_000,
});
const problems = [];
let status = 0;
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.request().method()} ${r.url()}`); });

  /** The dashboard's table for one indicator and country in October 2022. */
  async function dashboardRow(indicator, country) {
    await page.goto(new URL('/api/dashboard', base).href);
    await page.waitForSelector('body[data-state=ready]');
    await page.selectOption('#indicator', indicator);
    for (const box of await page.$$('#countries input[type=checkbox]')) {
      if (((await box.getAttribute('value')) === country) !== (await box.isChecked())) await box.click();
    }
    await page.fill('#from', '2022-10');
    await page.fill('#to', '2022-10');
    await Promise.all([page.waitForResponse((r) => r.url().includes('/api/series?') && r.url().includes(`indicator=${indicator}`)), page.click('#show')]);
    await page.waitForSelector('body[data-state=ready]');
    return page.$eval('#points tbody tr', (tr) => ({ classes: tr.className, notes: tr.querySelector('td.notes').textContent }));
  }

  const flagged = await dashboardRow('uasc_arrivals', 'SRB');
  check(flagged.classes.includes('row-flag') && flagged.notes.includes('uasc_above_arrivals'),
    `the dashboard marks the month that failed a check and says which (${flagged.notes})`);
  const legend = await page.$eval('.chart-card[data-country=SRB] .flag-note', (p) => p.textContent).catch(() => '');
  check(legend.includes('failed a check'), `the chart's legend counts the flagged month ("${legend}")`);

  await page.goto(new URL('/api/dashboard/review.html', base).href);
  await page.waitForSelector('body[data-state=ready]');
  const items = await page.$$eval('#items li.review-item', (lis) => lis.map((li) => ({
    id: li.dataset.id,
    headline: li.querySelector('.headline').textContent,
    quote: li.querySelector('blockquote.quote').textContent,
    link: li.querySelector('a.document')?.href ?? '',
  })));
  const conflict = items.find((i) => i.headline.startsWith('BIH, arrivals, 2022-10'));
  const bound = items.find((i) => i.headline.startsWith('SRB, uasc_arrivals, 2022-10'));
  check(conflict && bound, `the review page lists the conflict and the failed bound (${items.map((i) => i.headline).join(' | ')})`);
  check(items.indexOf(bound) < items.indexOf(conflict), 'the failed bound comes before the conflict, by weight');
  check(conflict.quote === 'national-test says 2401 for 2022-10', `the item quotes the figure ("${conflict.quote}")`);
  check(conflict.link === 'https://example.org/national-test/2022-12-20.pdf#page=1', `the document link opens the PDF at the page (${conflict.link})`);
  await page.screenshot({ path: join(shots, 'review.png'), fullPage: true });

  const card = (id) => page.locator(`li.review-item[data-id="${id}"]`);
  await card(conflict.id).locator('input.correction').fill('2450');
  await card(conflict.id).locator('input.note').fill('Table on page 2 gives 2,450.');
  await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), card(conflict.id).locator('button.decide-correct').click()]);
  await page.waitForSelector('body[data-state=decided]');
  const said = await page.$eval('#status', (s) => s.textContent);
  check(said.includes('Recorded: correct') && said.includes('Browser Reviewer'), `the page says what was recorded and by whom ("${said}")`);
  check(await card(conflict.id).count() === 0, 'the corrected item leaves the list');

  await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), card(bound.id).locator('button.decide-reject').click()]);
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('Recorded: reject'));
  check(await card(bound.id).count() === 0, 'the rejected item leaves the list');

  const [bih] = await series('arrivals', 'BIH');
  check(bih.value === 2450 && bih.review === 'corrected' && bih.provenance.review.originalValue === 2401,
    `the series serves the correction with the value as read beside it (${bih.value}, read as ${bih.provenance.review.originalValue})`);
  check((await series('uasc_arrivals', 'SRB')).length === 0, 'the rejected figure is no longer in the series');

  const corrected = await dashboardRow('arrivals', 'BIH');
  check(corrected.classes.includes('row-corrected') && corrected.notes.includes('Corrected by Browser Reviewer') && corrected.notes.includes('2,401'),
    `the dashboard marks the corrected month ("${corrected.notes}")`);
  await page.screenshot({ path: join(shots, 'review-corrected.png'), fullPage: true });

  check(problems.length === 0, `no page errors${problems.length ? `: ${problems.join('; ')}` : ''}`);
  console.log(`review: ${checks} checks held`);
} catch (e) {
  status = 1;
  console.error(`not ok - ${e.message}`);
  if (problems.length) console.error(problems.join('\n'));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(status);
