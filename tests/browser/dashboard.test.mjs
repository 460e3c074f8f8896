// The dashboard in a real browser: headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core.
//
//   node tests/browser/dashboard.test.mjs <base url of the app (the local runner) with the snapshot ingested> [screenshot folder]
//
// Chooses BiH arrivals, checks that the chart and the table show the figures a reader finds in the snapshot's
// documents (seeds/snapshot/expected/unhcr-bih-operational-update.json), hovers a point and checks the tooltip
// gives its source, page and quote, checks the CSV link and the region chart, checks that a javascript: document URL
// in an answer stays text, and saves screenshots. A Content-Security-Policy violation is a console error, so a check.
// Exits 0 when every check holds; prints what failed otherwise.
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const base = process.argv[2];
const shots = resolve(process.argv[3] ?? join(root, 'TestResults'));
if (!base) {
  console.error('usage: node tests/browser/dashboard.test.mjs <base url> [screenshot folder]');
  process.exit(64);
}

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let checks = 0;
function check(condition, message) {
  if (!condition) throw new Error(message);
  checks += 1;
  console.log(`ok - ${message}`);
}

/** The BiH monthly arrivals a reader would cite: per month, the figure of the latest document that states it. */
function expectedSeries() {
  const expected = JSON.parse(readFileSync(join(root, 'seeds', 'snapshot', 'expected', 'unhcr-bih-operational-update.json'), 'utf8'));
  const best = new Map();
  for (const doc of expected.documents) {
    for (const f of doc.figures) {
      if (f.site !== null || f.indicator !== 'arrivals' || f.measure !== 'month' || f.country !== 'BIH') continue;
      const period = f.period.slice(0, 7);
      const known = best.get(period);
      if (!known || doc.published > known.published) best.set(period, { value: f.value, url: doc.url, page: f.page, published: doc.published });
    }
  }
  return new Map([...best.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

const expected = expectedSeries();
const months = [...expected.keys()];
const from = months[0];
const to = months[months.length - 1];
check(expected.size >= 12, `the snapshot's expected figures hold ${expected.size} months of BiH arrivals (${from} to ${to})`);

const profile = mkdtempSync(join(tmpdir(), 'migrationfeeds-chromium-'));
mkdirSync(shots, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ARGS,
  viewport: { width: 1280, height: 900 },
  timeout: 60_000,
});
const problems = [];
let status = 0;
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.request().method()} ${r.url()}`); });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  const ready = () => page.waitForSelector('body[data-state=ready]');

  const response = await page.goto(new URL('/api/dashboard', base).href);
  check(response.status() === 200, `GET /api/dashboard answers 200 (${response.status()}) with the dashboard`);
  await ready();
  check(await page.evaluate(() => typeof window.Chart === 'function'), 'the chart library is served by the app and loaded');

  // A snapshot run: the banner says the documents are reconstructions, gives the share of real figures the
  // manifests count, and links their summary.
  const summary = JSON.parse(readFileSync(join(root, 'seeds', 'snapshot', 'manifest', 'summary.json'), 'utf8'));
  const banner = await page.$eval('#reconstruction', (b) => ({ hidden: b.hidden, text: b.textContent, share: Number(b.dataset.share), link: b.querySelector('a')?.href ?? '' }));
  check(!banner.hidden && banner.text.includes('reconstruction'), `the banner says the documents are reconstructions: "${banner.text}"`);
  check(Math.abs(banner.share - 100 * summary.share) < 0.06, `the banner gives the manifests' share of real figures (${banner.share} %, summary ${summary.share})`);
  const linked = await fetch(banner.link);
  check(banner.link.includes('/api/reconstruction') && linked.status === 200 && (await linked.json()).real === summary.real,
    `the banner links the manifests' summary (${banner.link})`);

  // Staleness: the banner names exactly the sources the catalog calls stale (the snapshot's figures are years old).
  const catalog = await (await fetch(new URL('/api/catalog', base).href)).json();
  const staleIds = catalog.sources.filter((s) => s.stale).map((s) => s.id);
  const stale = await page.$eval('#stale', (b) => ({ hidden: b.hidden, text: b.textContent, count: Number(b.dataset.count ?? 0) }));
  check(staleIds.length === 0 ? stale.hidden : !stale.hidden && stale.count === staleIds.length && staleIds.every((id) => stale.text.includes(id)),
    `the stale banner names the ${staleIds.length} stale source(s): "${stale.text}"`);

  // Choose BiH arrivals for the months the documents cover.
  await page.selectOption('#indicator', 'arrivals');
  for (const box of await page.$$('#countries input[type=checkbox]')) {
    const value = await box.getAttribute('value');
    if ((value === 'BIH') !== (await box.isChecked())) await box.click();
  }
  await page.fill('#from', from);
  await page.fill('#to', to);
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/series?') && r.url().includes('country=BIH') && r.status() === 200),
    page.click('#show'),
  ]);
  await ready();

  // The table.
  const rows = await page.$$eval('#points tbody tr', (trs) => trs.map((tr) => ({
    country: tr.dataset.country,
    period: tr.dataset.period,
    value: Number(tr.querySelector('td.value').dataset.value),
    text: tr.querySelector('td.value').textContent,
    link: tr.querySelector('td a')?.href ?? '',
  })));
  check(rows.length === expected.size, `the table has one row per month (${rows.length} of ${expected.size})`);
  for (const row of rows) {
    const want = expected.get(row.period);
    check(row.country === 'BIH' && want && row.value === want.value,
      `table ${row.period}: ${row.value} (${row.text}) as the document says${want ? ` (${want.value})` : ''}`);
    check(row.link.startsWith(want.url), `table ${row.period} links the document ${want.url}`);
  }

  // The chart.
  const chart = await page.evaluate(() => {
    const c = window.Chart.getChart(document.querySelector('canvas[data-country=BIH]'));
    return c ? { labels: c.data.labels, data: c.data.datasets[0].data } : null;
  });
  check(chart !== null, 'a line chart is drawn for BIH');
  for (const [period, want] of expected) {
    const i = chart.labels.indexOf(period);
    check(i >= 0 && chart.data[i] === want.value, `chart ${period}: ${chart.data[i]} (expected ${want.value})`);
  }

  // Hover the highest month: the tooltip names the source and page and quotes the sentence.
  const [peak] = [...expected.entries()].sort(([, a], [, b]) => b.value - a.value);
  const api = await (await fetch(new URL(`/api/series?indicator=arrivals&country=BIH&from=${peak[0]}&to=${peak[0]}`, base))).json();
  const point = api.points[0];
  const spot = await page.evaluate((period) => {
    const canvas = document.querySelector('canvas[data-country=BIH]');
    const c = window.Chart.getChart(canvas);
    const el = c.getDatasetMeta(0).data[c.data.labels.indexOf(period)];
    const box = canvas.getBoundingClientRect();
    return { x: box.left + el.x, y: box.top + el.y };
  }, peak[0]);
  await page.mouse.move(spot.x - 30, spot.y + 30);
  await page.mouse.move(spot.x, spot.y, { steps: 5 });
  await page.waitForSelector('#tooltip:not([hidden])');
  const tooltip = await page.textContent('#tooltip');
  check(tooltip.includes(point.provenance.quote), `the tooltip of ${peak[0]} quotes the document: "${point.provenance.quote}"`);
  check(tooltip.includes('unhcr-bih-operational-update'), 'the tooltip names the source');
  check(point.provenance.reconstruction === true && (point.provenance.realPublicationUrl
    ? tooltip.includes(point.provenance.realPublicationUrl) : tooltip.includes('Stand-in')),
  `the tooltip says the figure is ${point.provenance.realPublicationUrl ? 'real, stated by ' + point.provenance.realPublicationUrl : 'a stand-in'}`);
  check(tooltip.includes(decodeURIComponent(point.provenance.documentUrl.split('/').pop())), 'the tooltip names the document');
  check(/Page\s*1/.test(tooltip) || tooltip.includes(`Page${point.provenance.page}`), `the tooltip gives the page (${point.provenance.page})`);
  await page.screenshot({ path: join(shots, 'dashboard.png'), fullPage: true });
  console.log(`screenshot: ${join(shots, 'dashboard.png')}`);

  // Clicking the point opens its details with the history of every value the documents gave.
  await page.mouse.click(spot.x, spot.y);
  await page.waitForSelector('#details:not([hidden]) .history table');
  const historyRows = await page.$$eval('#details .history tbody tr', (trs) => trs.length);
  check(historyRows >= 1, `the details of ${peak[0]} list its history (${historyRows} value(s))`);

  // The CSV download link asks the csv endpoint for the same selection.
  const csvHref = await page.getAttribute('#csv', 'href');
  check(csvHref.includes('format=csv') && csvHref.includes('country=BIH'), `the CSV link asks for CSV (${csvHref})`);
  const csv = await (await fetch(new URL(csvHref, base))).text();
  check(csv.trim().split(/\r?\n/).length === expected.size + 1, 'the CSV has a header and one line per month');

  // The region: a stacked chart whose months are all incomplete (the snapshot has one country's figures).
  await page.mouse.move(5, 5);
  await page.check('#countries input[value=WB6]');
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/series?') && r.url().includes('WB6') && r.status() === 200),
    page.click('#show'),
  ]);
  await ready();
  const region = await page.evaluate(() => {
    const c = window.Chart.getChart(document.querySelector('canvas[data-country=WB6]'));
    return c ? { stacked: c.options.scales.y.stacked, datasets: c.data.datasets.map((d) => d.label), note: document.querySelector('.incomplete-note')?.textContent ?? '' } : null;
  });
  check(region !== null && region.stacked === true, 'a stacked chart is drawn for the region');
  check(region.datasets.includes('WB6 total'), 'the region chart shows the total');
  check(/incomplete month/.test(region.note), `incomplete months are marked (${region.note})`);
  const regionRows = await page.$$eval('#points tbody tr[data-country=WB6] .note-incomplete', (n) => n.length);
  check(regionRows === expected.size, `every region row is marked incomplete in the table (${regionRows})`);
  await page.screenshot({ path: join(shots, 'dashboard-region.png'), fullPage: true });

  // Hostile provenance: a stored document URL with the javascript: scheme must stay text, never a live link.
  const series = '**/api/series?**';
  await page.route(series, async (route) => {
    const answer = await route.fetch();
    const body = (await answer.text()).replace(/"documentUrl":"[^"]*"/g, '"documentUrl":"javascript:alert(document.domain)//x.pdf"');
    await route.fulfill({ response: answer, body });
  });
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/series?') && r.status() === 200),
    page.click('#show'),
  ]);
  await ready();
  const hostile = await page.$$eval('#points tbody tr td a', (as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
  const references = hostile.filter((a) => a.text.includes('x.pdf'));
  check(references.length > 0, `the table shows the rewritten document references (${references.length})`);
  check(references.every((a) => a.href === null), `no javascript: document URL became a link (${references.filter((a) => a.href !== null).length} did)`);
  await page.unroute(series);

  // Readable names, codes on hover: the indicator, the countries, the sources.
  const names = await page.evaluate(() => ({
    indicator: document.querySelector('#indicator option[value=arrivals]').textContent,
    indicatorTitle: document.querySelector('#indicator option[value=arrivals]').title,
    country: document.querySelector('#countries input[value=BIH]').parentElement.textContent.trim(),
    countryTitle: document.querySelector('#countries input[value=BIH]').parentElement.title,
    regional: [...document.querySelectorAll('#source optgroup:first-of-type option')].map((o) => ({ value: o.value, text: o.textContent })),
  }));
  check(names.indicator === 'Arrivals' && names.indicatorTitle.startsWith('arrivals:'), `the indicator reads "${names.indicator}", its code on hover`);
  check(names.country === 'Bosnia and Herzegovina' && names.countryTitle === 'BIH', `the country reads "${names.country}", its code on hover`);
  check(names.regional.some((o) => o.value === 'frontex-wb-route' && /Western Balkan route/.test(o.text)),
    `the source selector offers the region's own series (${names.regional.map((o) => o.text).join('; ')})`);

  // The region's own series (Frontex's route) is drawn beside the sum, under its name.
  await page.mouse.move(5, 5);
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/series?') && r.url().includes('WB6') && r.status() === 200),
    page.click('#show'),
  ]);
  await ready();
  const route = await page.evaluate(() => {
    const c = window.Chart.getChart(document.querySelector('canvas[data-country=WB6]'));
    const d = c?.data.datasets.find((s) => /Western Balkan route/.test(s.label));
    return d ? { label: d.label, values: d.data.filter((v) => v !== null).length, note: document.querySelector('.route-note')?.textContent ?? '' } : null;
  });
  check(route !== null && route.values > 0, `the region chart draws ${route?.label} beside the sum (${route?.values} months)`);
  check(/not part of the sum/.test(route.note), `the chart says the route series is not part of the sum (${route.note})`);

  // The API reference and the terms of reuse are linked from every page.
  const links = await page.$$eval('footer a', (as) => as.map((a) => a.href));
  const docsLink = links.find((l) => l.includes('/api/docs'));
  const termsLink = links.find((l) => l.includes('data-terms.md'));
  check(docsLink && termsLink, `the footer links the API reference and the terms of reuse (${docsLink}, ${termsLink})`);
  const terms = await fetch(termsLink);
  check(terms.status === 200 && (await terms.text()).includes('Eurostat'), 'the terms of reuse are served');

  // At 390 px wide, opened without a range: the page starts where the figures are, and nothing but the table scrolls.
  await page.setViewportSize({ width: 390, height: 844 });
  const coverage = await (await fetch(new URL('/api/coverage?indicator=arrivals&country=BIH', base))).json();
  const starts = coverage.coverage.map((c) => c.firstPeriod).sort().map((p) => (p.length === 4 ? `${p}-01` : p.slice(0, 7)));
  const ends = coverage.coverage.map((c) => c.lastPeriod).sort().map((p) => (p.length === 4 ? `${p}-12` : p.slice(0, 7)));
  await page.goto(new URL('/api/dashboard?indicator=arrivals&country=BIH', base).href);
  await ready();
  const narrow = await page.evaluate(() => ({
    from: document.getElementById('from').value,
    to: document.getElementById('to').value,
    pageWidth: document.documentElement.scrollWidth,
    chartWidth: document.querySelector('canvas[data-country=BIH]')?.getBoundingClientRect().width ?? 0,
    controlsRight: document.getElementById('controls').getBoundingClientRect().right,
  }));
  check(narrow.from === starts[0] && narrow.to === ends[ends.length - 1], `without a range the page starts on the coverage: ${narrow.from} to ${narrow.to} (${starts[0]} to ${ends[ends.length - 1]})`);
  check(narrow.pageWidth <= 390, `at 390 px nothing overflows the page (${narrow.pageWidth} px wide)`);
  check(narrow.chartWidth > 300 && narrow.chartWidth <= 390 && narrow.controlsRight <= 390, `at 390 px the chart (${Math.round(narrow.chartWidth)} px) and the controls fit`);
  await page.screenshot({ path: join(shots, 'dashboard-390.png'), fullPage: true });

  check(problems.length === 0, `no page errors${problems.length ? `: ${problems.join('; ')}` : ''}`);

  // The API reference: Scalar draws the OpenAPI description, served by the app itself.
  const docs = await context.newPage();
  const docsResponse = await docs.goto(new URL('/api/docs', base).href);
  await docs.waitForFunction(() => document.body.innerText.includes('MigrationFeeds query API'), null, { timeout: 60_000 });
  const docsText = await docs.evaluate(() => document.body.innerText);
  check(docsResponse.status() === 200 && docsText.includes('1.1.0'), 'the API reference shows the description and its version');
  check(/What is available/.test(docsText), 'the API reference lists /api/coverage');
  await docs.screenshot({ path: join(shots, 'api-docs.png') });
  console.log(`dashboard: ${checks} checks held`);
} catch (e) {
  status = 1;
  console.error(`not ok - ${e.message}`);
  if (problems.length) console.error(problems.join('\n'));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(status);
