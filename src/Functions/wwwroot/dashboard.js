// MigrationFeeds dashboard: reads the query API on the same origin and draws it with Chart.js.
// Under the Functions host the API needs a function key: open the page with ?code=<key> and every
// request carries it.
'use strict';

(() => {
  const REGION = 'WB6';
  const COUNTRY_COLOURS = {
    ALB: '#c0392b', BIH: '#1f5fa8', MKD: '#d68910', MNE: '#7d3c98', SRB: '#117a65', XKX: '#5d6d7e',
  };
  const TOTAL_COLOUR = '#222222';
  const INCOMPLETE_FILL = 'rgba(230, 126, 34, 0.14)';
  const numbers = new Intl.NumberFormat('en-GB');

  const page = new URLSearchParams(window.location.search);
  const functionKey = page.get('code');

  const el = {
    form: document.getElementById('controls'),
    indicator: document.getElementById('indicator'),
    source: document.getElementById('source'),
    countries: document.getElementById('countries'),
    from: document.getElementById('from'),
    to: document.getElementById('to'),
    csv: document.getElementById('csv'),
    definition: document.getElementById('definition'),
    status: document.getElementById('status'),
    charts: document.getElementById('charts'),
    details: document.getElementById('details'),
    rows: document.querySelector('#points tbody'),
    tooltip: document.getElementById('tooltip'),
    reconstruction: document.getElementById('reconstruction'),
    stale: document.getElementById('stale'),
  };

  const state = { catalog: null, charts: [], result: null, countryNames: {}, sourceNames: {}, definitions: {} };
  const ROUTE_COLOUR = '#8e44ad';

  /** A source as a reader names it: its publisher; the id is for the tooltip. */
  const sourceName = (id) => state.sourceNames[id] ?? id;

  /** A same-origin API address, with the function key when the page was given one. */
  function api(path, query) {
    const url = new URL('/api/' + path, window.location.origin);
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v !== null && v !== undefined && v !== '') url.searchParams.set(k, v);
    }
    if (functionKey) url.searchParams.set('code', functionKey);
    return url.pathname + url.search;
  }

  async function getJson(path, query) {
    // Revalidate every time (the ETag makes it a 304): a review decision or an ingest changes a series within its max-age.
    const response = await fetch(api(path, query), { headers: { accept: 'application/json' }, cache: 'no-cache' });
    if (response.ok) return response.json();
    if (response.status === 401 || response.status === 403) {
      throw new Error('The API needs a function key: open this page with ?code=<function key>.');
    }
    let message = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      const errors = Object.entries(problem.errors ?? {}).map(([k, v]) => `${k}: ${[].concat(v).join(' ')}`);
      message = [problem.title, problem.detail, ...errors].filter(Boolean).join(' ');
    } catch {
      // Not a problem document: keep the status line.
    }
    throw new Error(message);
  }

  // A link only to http(s): a document URL in stored provenance is data from a publisher, and a javascript: or data:
  // address there must not become a live link.
  const safeHref = (v) => {
    try {
      const url = new URL(String(v), document.baseURI);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  };

  const h = (tag, props, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props ?? {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else if (k === 'href') {
        const href = safeHref(v);
        if (href !== null) node.setAttribute('href', href);
      } else if (k.startsWith('data-') || k === 'title' || k === 'target' || k === 'rel' || k.startsWith('aria-')) node.setAttribute(k, v);
      else node[k] = v;
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined && child !== false) node.append(child);
    }
    return node;
  };

  const thisMonth = () => new Date().toISOString().slice(0, 7);

  function monthsBetween(from, to) {
    const months = [];
    let [y, m] = from.split('-').map(Number);
    const [ty, tm] = to.split('-').map(Number);
    while (y < ty || (y === ty && m <= tm)) {
      months.push(`${y}-${String(m).padStart(2, '0')}`);
      m += 1;
      if (m === 13) { m = 1; y += 1; }
    }
    return months;
  }

  function formatValue(point) {
    if (point.value === null || point.value === undefined) {
      return point.low !== null && point.high !== null ? `${numbers.format(point.low)}–${numbers.format(point.high)}` : '—';
    }
    const range = point.low !== null && point.high !== null && (point.low !== point.value || point.high !== point.value)
      ? ` (${numbers.format(point.low)}–${numbers.format(point.high)})` : '';
    return `${point.approximate ? '~' : ''}${numbers.format(point.value)}${range}`;
  }

  function documentName(url) {
    try {
      const u = new URL(url);
      const last = decodeURIComponent(u.pathname.split('/').filter(Boolean).pop() ?? '');
      return last || u.host;
    } catch {
      return url;
    }
  }

  const pageLink = (p) => (p.documentUrl ? `${p.documentUrl}${p.page ? `#page=${p.page}` : ''}` : null);
  const historyUrl = (indicator, point) => api(`points/${encodeURIComponent(indicator)}/${encodeURIComponent(point.country)}/${encodeURIComponent(point.period)}`);

  function notesOf(point) {
    const notes = [];
    if (point.conflict) {
      const others = (point.alternatives ?? []).map((a) => `${a.source}: ${formatValue(a)}`).join('; ');
      notes.push({ kind: 'conflict', text: `Conflict: ${others || 'other sources disagree'}` });
    }
    // Conflicts are told above; every other failed check is told in its own words (docs/series.md).
    for (const flag of (point.flags ?? []).filter((f) => f.code !== 'conflict')) {
      notes.push({ kind: 'flag', code: flag.code, text: `Check ${flag.code}: ${flag.message}` });
    }
    const review = point.provenance?.review;
    if (point.review === 'corrected') {
      notes.push({ kind: 'corrected', text: `Corrected${review ? ` by ${review.reviewer} on ${review.decidedAt.slice(0, 10)}: read as ${numbers.format(review.originalValue)}` : ''}` });
    } else if (point.review === 'confirmed') {
      notes.push({ kind: 'reviewed', text: `Reviewed${review ? ` by ${review.reviewer} on ${review.decidedAt.slice(0, 10)}` : ''}` });
    }
    if (point.complete === false) {
      notes.push({ kind: 'incomplete', text: `Incomplete month: covers ${(point.coverage ?? []).join(', ') || 'no country'} only` });
    }
    if (point.derived) {
      notes.push({ kind: 'derived', text: `Derived from ${(point.inputs ?? []).length} figure(s)` });
    }
    if (point.approximate) notes.push({ kind: 'approximate', text: 'Approximate' });
    if (point.mixedDefinitions?.length) {
      notes.push({ kind: 'mixed', text: `Adds figures of different definitions: ${point.mixedDefinitions.map((d) => state.definitions[d]?.name ?? d).join('; ')}` });
    }
    return notes;
  }

  /** The provenance block shown in the tooltip and in the details panel. */
  function describe(point, { links }) {
    const p = point.provenance ?? {};
    const name = state.countryNames[point.country] ?? point.country;
    const doc = p.documentUrl
      ? (links ? h('a', { href: pageLink(p), target: '_blank', rel: 'noopener', text: documentName(p.documentUrl) }) : documentName(p.documentUrl))
      : (point.derived ? 'derived from the figures below' : '—');
    return h('div', { class: 'provenance' },
      h('div', { class: 'headline' }, h('strong', { text: `${name}, ${point.period}` }), ' ', h('span', { class: 'value', text: formatValue(point) })),
      h('dl', {},
        h('dt', { text: 'Source' }), h('dd', { class: 'source', title: point.source ?? '' }, sourceName(point.source ?? '—'), ' ', h('span', { class: 'code', text: point.source ?? '' })),
        point.definition ? h('dt', { text: 'Counts' }) : null,
        point.definition ? h('dd', { class: 'definition-name', title: `${point.definition}: ${state.definitions[point.definition]?.sentence ?? ''}`, text: state.definitions[point.definition]?.name ?? point.definition }) : null,
        h('dt', { text: 'Document' }), h('dd', { class: 'document' }, doc),
        h('dt', { text: 'Page' }), h('dd', { class: 'page', text: p.page ? String(p.page) : '—' }),
        h('dt', { text: 'Published' }), h('dd', { text: p.published ?? '—' })),
      p.quote ? h('blockquote', { class: 'quote', text: p.quote }) : null,
      links && point.citation ? h('p', { class: 'citation' }, h('strong', { text: 'Cite: ' }), point.citation) : null,
      reconstructionNote(p, { links }),
      notesOf(point).map((n) => h('p', { class: `note note-${n.kind}`, text: n.text })));
  }

  /** A figure of a reconstructed snapshot document: the real publication that states it, or that it is a stand-in. */
  function reconstructionNote(p, { links }) {
    if (!p.reconstruction) return null;
    if (!p.realPublicationUrl) {
      return h('p', { class: 'note note-reconstruction', text: 'Stand-in: the document is a reconstruction and no real publication states this figure.' });
    }
    const when = p.realPublished ? ` (${p.realPublished})` : '';
    return h('p', { class: 'note note-reconstruction' }, 'Real figure in a reconstructed document, stated by ',
      links ? h('a', { href: p.realPublicationUrl, target: '_blank', rel: 'noopener', text: p.realPublicationUrl }) : p.realPublicationUrl, when);
  }

  /** On a snapshot run every page says how much of what it shows is real, and links to the manifests' summary. */
  function showReconstruction(sources) {
    const shares = (sources ?? []).map((s) => s.reconstruction).filter(Boolean);
    if (!shares.length) return;
    const figures = shares.reduce((n, s) => n + s.figures, 0);
    const real = shares.reduce((n, s) => n + s.real, 0);
    const percent = figures ? Math.round((1000 * real) / figures) / 10 : 0;
    el.reconstruction.replaceChildren(
      h('strong', { text: 'Recorded snapshot, not live data. ' }),
      `Every document behind these figures is a reconstruction of a publication. ${percent} % of the figures (${numbers.format(real)} of ${numbers.format(figures)}) are real, each traceable to the publication its manifest names; the others are stand-ins. `,
      h('a', { href: api('reconstruction'), text: 'Which figures are real, per source' }));
    el.reconstruction.dataset.share = String(percent);
    el.reconstruction.hidden = false;
  }

  /** Sources whose latest figures are older than their cadence allows: a successful run of old data is not news. */
  function showStale(sources) {
    const stale = (sources ?? []).filter((s) => s.stale);
    if (!stale.length) return;
    el.stale.replaceChildren(
      h('strong', { text: `Stale: ${stale.length} source(s) have no figures as recent as their ${stale.length > 1 ? 'cadences' : 'cadence'} promise. ` }),
      stale.map((s) => `${s.id} (${s.cadence}, latest ${s.latestPeriod ?? '-'}, stale since ${s.staleFrom})`).join('; ') + '.');
    el.stale.dataset.count = String(stale.length);
    el.stale.hidden = false;
  }

  // ---- tooltip -------------------------------------------------------------------------------------

  function externalTooltip({ chart, tooltip }) {
    if (tooltip.opacity === 0 || !tooltip.dataPoints?.length) {
      el.tooltip.hidden = true;
      return;
    }
    const item = tooltip.dataPoints[0];
    const point = item.dataset.points?.[item.dataIndex];
    if (!point) {
      el.tooltip.hidden = true;
      return;
    }
    el.tooltip.replaceChildren(describe(point, { links: false }), h('p', { class: 'hint', text: 'Click the point for links and revisions.' }));
    el.tooltip.hidden = false;
    const box = chart.canvas.getBoundingClientRect();
    const width = el.tooltip.offsetWidth;
    let left = window.scrollX + box.left + tooltip.caretX + 14;
    if (left + width > window.scrollX + document.documentElement.clientWidth - 8) {
      left = window.scrollX + box.left + tooltip.caretX - width - 14;
    }
    el.tooltip.style.left = `${Math.max(window.scrollX + 8, left)}px`;
    el.tooltip.style.top = `${window.scrollY + box.top + tooltip.caretY + 14}px`;
  }

  // ---- details and revisions -----------------------------------------------------------------------

  async function showDetails(indicator, point) {
    const history = h('div', { class: 'history' }, h('p', { text: 'Loading every value the documents gave…' }));
    const p = point.provenance ?? {};
    el.details.replaceChildren(
      h('button', { type: 'button', class: 'close', 'aria-label': 'Close', text: '×', onclick: () => { el.details.hidden = true; } }),
      describe(point, { links: true }),
      p.documentUrl ? h('p', {}, h('a', { href: pageLink(p), target: '_blank', rel: 'noopener', text: `Open the document at page ${p.page ?? 1}` })) : null,
      point.alternatives?.length ? h('div', { class: 'alternatives' }, h('h3', { text: 'Other sources for this month' }),
        h('ul', {}, point.alternatives.map((a) => h('li', {}, `${a.source}: ${formatValue(a)} `,
          ...(a.provenance ?? []).slice(0, 1).map((ap) => h('a', { href: pageLink(ap), target: '_blank', rel: 'noopener', text: documentName(ap.documentUrl) })))))) : null,
      history);
    el.details.hidden = false;
    if (point.country === REGION && point.derived) {
      history.replaceChildren(h('p', { text: `The region is the sum of ${(point.inputs ?? []).length} country figure(s); open a country for its history.` }));
      return;
    }
    try {
      const body = await getJson(`points/${encodeURIComponent(indicator)}/${encodeURIComponent(point.country)}/${encodeURIComponent(point.period)}`);
      const rows = body.history ?? [];
      const monthly = rows.filter((r) => r.period === point.period);
      const revised = new Set(monthly.map((r) => `${r.value}|${r.low}|${r.high}`)).size > 1;
      history.replaceChildren(
        h('h3', {}, 'Every value the documents gave ', h('a', { href: historyUrl(indicator, point), target: '_blank', rel: 'noopener', text: '(JSON)' })),
        revised ? h('p', { class: 'note note-revised', text: 'Revised or disputed: the documents gave different values for this month.' }) : null,
        h('table', { class: 'history-table' },
          h('thead', {}, h('tr', {}, ['Published', 'Source', 'Period', 'Value', 'Document', 'Quote'].map((t) => h('th', { text: t })))),
          h('tbody', {}, rows.map((r) => h('tr', {},
            h('td', { text: r.published ?? '' }), h('td', { text: r.sourceId ?? '' }), h('td', { text: `${r.period} (${r.measure})` }),
            h('td', { class: 'num', text: formatValue(r) }),
            h('td', {}, h('a', { href: pageLink(r), target: '_blank', rel: 'noopener', text: `${documentName(r.documentUrl)} p. ${r.page}` })),
            h('td', { class: 'quote', text: r.quote ?? '' }))))));
    } catch (e) {
      history.replaceChildren(h('p', { class: 'error', text: e.message }));
    }
  }

  // ---- charts --------------------------------------------------------------------------------------

  /** Shades the months in which the region's sum is incomplete. */
  const incompletePlugin = {
    id: 'incompleteMonths',
    beforeDatasetsDraw(chart, _args, options) {
      const months = options?.months;
      if (!months?.size) return;
      const { ctx, chartArea, scales: { x } } = chart;
      const step = x.getPixelForValue(1) - x.getPixelForValue(0) || chartArea.width;
      ctx.save();
      ctx.fillStyle = INCOMPLETE_FILL;
      chart.data.labels.forEach((label, i) => {
        if (!months.has(label)) return;
        const centre = x.getPixelForValue(i);
        ctx.fillRect(centre - step / 2, chartArea.top, step, chartArea.bottom - chartArea.top);
      });
      ctx.restore();
    },
  };

  function baseOptions(title, unit, extra) {
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'nearest', intersect: false, axis: 'x' },
      scales: {
        x: { ticks: { autoSkip: true, maxRotation: 0 }, grid: { display: false } },
        y: { beginAtZero: true, title: { display: true, text: unit }, ticks: { callback: (v) => numbers.format(v) } },
      },
      plugins: {
        title: { display: false, text: title },
        legend: { display: false },
        tooltip: { enabled: false, external: externalTooltip },
      },
      ...extra,
    };
  }

  function onPointClick(indicator) {
    return (_event, elements, chart) => {
      const hit = elements[0];
      if (!hit) return;
      const point = chart.data.datasets[hit.datasetIndex].points?.[hit.index];
      if (point) showDetails(indicator, point);
    };
  }

  function chartCard(title, subtitle, id) {
    const canvas = h('canvas', { 'data-country': id, 'aria-label': title, role: 'img' });
    const card = h('figure', { class: 'chart-card', 'data-country': id },
      h('figcaption', {}, h('strong', { text: title }), subtitle ? h('span', { class: 'subtitle', text: subtitle }) : null),
      h('div', { class: 'chart-box' }, canvas));
    el.charts.append(card);
    return { card, canvas };
  }

  function lineChart(result, country, points, months) {
    const name = state.countryNames[country] ?? country;
    const { card, canvas } = chartCard(name, `${result.indicator}, ${result.unit}`, country);
    if (!points.length) {
      card.append(h('p', { class: 'empty', text: 'No figures for this country in this period.' }));
      return;
    }
    const byMonth = new Map(points.map((p) => [p.period, p]));
    const ordered = months.map((m) => byMonth.get(m) ?? null);
    const colour = COUNTRY_COLOURS[country] ?? TOTAL_COLOUR;
    const chart = new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: months,
        datasets: [{
          label: name,
          data: ordered.map((p) => (p ? p.value : null)),
          points: ordered,
          borderColor: colour,
          backgroundColor: colour,
          spanGaps: false,
          tension: 0,
          pointRadius: ordered.map((p) => (p && (p.conflict || checked(p) || p.complete === false) ? 6 : 3.5)),
          pointHoverRadius: 7,
          pointStyle: ordered.map((p) => (p?.conflict ? 'triangle' : checked(p) ? 'rectRot' : 'circle')),
          pointBackgroundColor: ordered.map((p) => (p?.conflict ? '#e67e22' : checked(p) ? '#c0392b' : p?.approximate || p?.derived ? '#ffffff' : colour)),
          pointBorderColor: ordered.map((p) => (p?.conflict ? '#a04000' : checked(p) ? '#7b241c' : colour)),
        }],
      },
      options: baseOptions(name, result.unit, { onClick: onPointClick(result.indicator) }),
    });
    state.charts.push(chart);
    const conflicts = points.filter((p) => p.conflict).length;
    if (conflicts) card.append(h('p', { class: 'legend-note', text: `▲ ${conflicts} month(s) where sources disagree.` }));
    const flagged = points.filter(checked).length;
    if (flagged) card.append(h('p', { class: 'legend-note flag-note', text: `◆ ${flagged} month(s) that failed a check against other figures.` }));
  }

  /** A point that failed a check other than the conflict between sources, which has its own mark. */
  function checked(point) {
    return Boolean(point && (point.flags ?? []).some((f) => f.code !== 'conflict'));
  }

  function regionChart(result, byCountry, months) {
    const totals = new Map((byCountry.get(REGION) ?? []).map((p) => [p.period, p]));
    const { card, canvas } = chartCard(state.countryNames[REGION] ?? 'Western Balkans six', `${result.indicator}, stacked by country`, REGION);
    if (!totals.size && ![...byCountry.values()].some((l) => l.length) && !(result.regional ?? []).some((r) => r.points.length)) {
      card.append(h('p', { class: 'empty', text: 'No figures for the region in this period.' }));
      return;
    }
    const members = state.catalog.countries.map((c) => c.code).filter((c) => c !== REGION);
    const incomplete = new Set([...totals.values()].filter((p) => p.complete === false).map((p) => p.period));
    const datasets = members.map((code) => {
      const byMonth = new Map((byCountry.get(code) ?? []).map((p) => [p.period, p]));
      const ordered = months.map((m) => byMonth.get(m) ?? null);
      return {
        type: 'bar',
        label: state.countryNames[code] ?? code,
        data: ordered.map((p) => (p ? p.value : null)),
        points: ordered,
        stack: 'countries',
        backgroundColor: COUNTRY_COLOURS[code],
        borderWidth: 0,
      };
    }).filter((d) => d.data.some((v) => v !== null));
    const orderedTotals = months.map((m) => totals.get(m) ?? null);
    datasets.push({
      type: 'line',
      label: 'WB6 total',
      data: orderedTotals.map((p) => (p ? p.value : null)),
      points: orderedTotals,
      stack: 'total',
      borderColor: TOTAL_COLOUR,
      backgroundColor: orderedTotals.map((p) => (p?.complete === false ? '#ffffff' : TOTAL_COLOUR)),
      pointBorderColor: TOTAL_COLOUR,
      pointRadius: 3.5,
      pointHoverRadius: 7,
      borderWidth: 1.5,
      segment: { borderDash: (ctx) => (orderedTotals[ctx.p1DataIndex]?.complete === false ? [4, 4] : undefined) },
      spanGaps: false,
      order: -1,
    });
    // The region's own published series (Frontex's route), beside the sum, never in it.
    for (const series of result.regional ?? []) {
      const byMonth = new Map(series.points.map((p) => [p.period, p]));
      const ordered = months.map((m) => byMonth.get(m) ?? null);
      if (!ordered.some((p) => p)) continue;
      datasets.push({
        type: 'line',
        label: series.name,
        data: ordered.map((p) => (p ? p.value : null)),
        points: ordered,
        stack: `regional-${series.source}`,
        borderColor: ROUTE_COLOUR,
        backgroundColor: ROUTE_COLOUR,
        borderDash: [6, 3],
        pointRadius: 3,
        pointHoverRadius: 7,
        borderWidth: 1.5,
        spanGaps: false,
        order: -2,
      });
      card.append(h('p', { class: 'legend-note route-note', 'data-source': series.source, title: `${series.source}: ${state.definitions[series.definition]?.sentence ?? series.definition}`,
        text: `Dashed: ${series.name}, the region's own published series. It counts ${(state.definitions[series.definition]?.name ?? series.definition).toLowerCase()}, not the countries' figures, and is not part of the sum.` }));
    }
    const options = baseOptions('Region', result.unit, { onClick: onPointClick(result.indicator) });
    options.interaction = { mode: 'nearest', intersect: true };
    options.scales.x.stacked = true;
    options.scales.y.stacked = true;
    options.scales.x.ticks.color = (ctx) => (incomplete.has(months[ctx.index]) ? '#b9770e' : '#555555');
    options.plugins.legend = { display: true, position: 'bottom', labels: { boxWidth: 12 } };
    options.plugins.incompleteMonths = { months: incomplete };
    const chart = new window.Chart(canvas, { type: 'bar', data: { labels: months, datasets }, options, plugins: [incompletePlugin] });
    state.charts.push(chart);
    card.classList.add('wide');
    if (incomplete.size) {
      card.append(h('p', { class: 'legend-note incomplete-note', text: `Shaded: ${incomplete.size} incomplete month(s), where not every country has a figure; the dashed total covers only the countries shown.` }));
    }
  }

  // ---- table ---------------------------------------------------------------------------------------

  function tableRows(indicator, points) {
    el.rows.replaceChildren(...points.map((point) => {
      const p = point.provenance ?? {};
      const notes = notesOf(point);
      const row = h('tr', { 'data-country': point.country, 'data-period': point.period, class: notes.map((n) => `row-${n.kind}`).join(' ') },
        h('td', { class: 'country', title: point.country, text: state.countryNames[point.country] ?? point.country }),
        h('td', { class: 'period', text: point.period }),
        h('td', { class: 'num value', 'data-value': point.value ?? '', text: formatValue(point) }),
        h('td', { class: 'source', title: point.source ?? '' }, sourceName(point.source ?? '')),
        h('td', {}, p.documentUrl ? h('a', { href: pageLink(p), target: '_blank', rel: 'noopener', text: `${documentName(p.documentUrl)}${p.page ? `, p. ${p.page}` : ''}` }) : '—'),
        h('td', { class: 'quote', text: p.quote ?? '' }),
        h('td', { class: 'notes' }, notes.map((n) => h('span', { class: `note note-${n.kind}`, text: n.text }))),
        h('td', {}, h('a', { href: historyUrl(indicator, point), target: '_blank', rel: 'noopener', text: 'history' })));
      row.addEventListener('click', (e) => {
        if (e.target.closest('a')) return;
        showDetails(indicator, point);
      });
      return row;
    }));
  }

  // ---- controls ------------------------------------------------------------------------------------

  function selection() {
    const countries = [...el.countries.querySelectorAll('input[type=checkbox]:checked')].map((c) => c.value);
    return { indicator: el.indicator.value, countries, source: el.source.value, from: el.from.value, to: el.to.value };
  }

  function fillControls(catalog) {
    el.indicator.replaceChildren(...catalog.indicators.map((i) => h('option', { value: i.code, text: i.name || i.code.replaceAll('_', ' '), title: `${i.code}: ${i.definition}` })));
    for (const c of catalog.countries) state.countryNames[c.code] = c.name.replace(/ \(derived\)$/, '');
    el.countries.replaceChildren(el.countries.querySelector('legend'), ...catalog.countries.map((c) => h('label', { class: c.code === REGION ? 'check region' : 'check', title: c.code },
      h('input', { type: 'checkbox', name: 'country', value: c.code }),
      c.code === REGION ? 'Western Balkans (sum of six)' : state.countryNames[c.code].replace(/ \(S\/RES.*$/, ''))));
    for (const s of catalog.sources) {
      state.sourceNames[s.id] = s.publisher;
      for (const d of s.definitions ?? []) state.definitions[d.id] = d;
    }
    // The region's own series first: Frontex's route is a source of its own, not a country's.
    const regional = catalog.sources.filter((s) => s.countries.includes(REGION));
    const national = catalog.sources.filter((s) => !s.countries.includes(REGION));
    const label = (s) => `${s.publisher} — ${s.countries.map((c) => (state.countryNames[c] ?? c).replace(/ \(S\/RES.*$/, '')).join(', ') || 'several countries'}`;
    el.source.replaceChildren(
      h('option', { value: '', text: 'All sources (one value chosen per month)' }),
      regional.length ? h('optgroup', { label: "The region's own series" }, regional.map((s) => h('option', { value: s.id, title: `${s.id}: ${s.description}`, text: `${s.publisher} — ${(s.definitions ?? [])[0]?.name ?? s.description}` }))) : null,
      h('optgroup', { label: 'One publisher' }, national.map((s) => h('option', { value: s.id, title: `${s.id}: ${s.description}`, text: label(s) }))));
    el.source.value = page.get('source') ?? '';

    const wanted = new Set((page.get('country') ?? 'BIH').split(',').map((s) => s.trim().toUpperCase()));
    for (const box of el.countries.querySelectorAll('input')) box.checked = wanted.has(box.value);
    el.indicator.value = page.get('indicator') ?? 'arrivals';
    el.from.value = page.get('from') ?? '2015-01';
    el.to.value = page.get('to') ?? thisMonth();
  }

  /** Without a range in the address, the page starts on the months where the chosen figures exist (/api/coverage). */
  async function startOnCoverage() {
    if (page.get('from') || page.get('to')) return;
    const sel = selection();
    const members = state.catalog.countries.map((c) => c.code).filter((c) => c !== REGION);
    const countries = sel.countries.includes(REGION) ? [...new Set([...sel.countries, ...members])] : sel.countries;
    if (!countries.length) return;
    try {
      const body = await getJson('coverage', { indicator: sel.indicator, country: countries.join(','), source: sel.source });
      const entries = body.coverage ?? [];
      if (!entries.length) return;
      const first = entries.map((e) => e.firstPeriod).sort()[0];
      const last = entries.map((e) => e.lastPeriod).sort().pop();
      el.from.value = first.length === 4 ? `${first}-01` : first.slice(0, 7);
      el.to.value = last.length === 4 ? `${last}-12` : last.slice(0, 7);
    } catch {
      // Without coverage the page keeps its wide default range.
    }
  }

  function updateCsvLink(sel) {
    el.csv.href = api('series', { indicator: sel.indicator, country: sel.countries.join(','), source: sel.source, from: sel.from, to: sel.to, format: 'csv', bom: 'true' });
    el.csv.setAttribute('download', `migrationfeeds-${sel.indicator}-${sel.countries.join('-')}-${sel.from}-${sel.to}.csv`);
  }

  async function show() {
    const sel = selection();
    if (!sel.countries.length) {
      el.status.textContent = 'Choose at least one country or the region.';
      return;
    }
    document.body.dataset.state = 'loading';
    el.status.textContent = 'Loading…';
    el.status.classList.remove('error');
    updateCsvLink(sel);
    const query = new URLSearchParams({ indicator: sel.indicator, country: sel.countries.join(','), from: sel.from, to: sel.to });
    if (sel.source) query.set('source', sel.source);
    window.history.replaceState(null, '', `${window.location.pathname}?${query}${functionKey ? `&code=${encodeURIComponent(functionKey)}` : ''}`);

    const region = sel.countries.includes(REGION);
    const singles = sel.countries.filter((c) => c !== REGION);
    const members = state.catalog.countries.map((c) => c.code).filter((c) => c !== REGION);
    const asked = region ? [REGION, ...new Set([...singles, ...members])] : singles;
    try {
      const result = await getJson('series', { indicator: sel.indicator, country: asked.join(','), source: sel.source, from: sel.from, to: sel.to });
      state.result = result;
      render(result, sel, region, singles);
      el.status.textContent = result.points.length
        ? `${result.points.length} figures from ${result.sources.length} source(s). Hover a point for its source; click it for links and revisions.`
        : 'No figures for this selection.';
      document.body.dataset.state = 'ready';
    } catch (e) {
      el.status.textContent = e.message;
      el.status.classList.add('error');
      document.body.dataset.state = 'error';
    }
  }

  function render(result, sel, region, singles) {
    for (const chart of state.charts) chart.destroy();
    state.charts = [];
    el.charts.replaceChildren();
    el.details.hidden = true;
    el.tooltip.hidden = true;
    const named = (result.indicators ?? []).find((i) => i.code === result.indicator)?.name;
    el.definition.textContent = result.definition ? `${named ?? result.indicator}: ${result.definition} (${result.unit}, ${result.measure})` : '';
    el.definition.title = result.indicator;

    const byCountry = new Map();
    for (const p of result.points) {
      if (!byCountry.has(p.country)) byCountry.set(p.country, []);
      byCountry.get(p.country).push(p);
    }
    const periods = [...result.points, ...(result.regional ?? []).flatMap((r) => r.points)].map((p) => p.period).sort();
    const months = periods.length ? monthsBetween(periods[0], periods[periods.length - 1]) : [];

    if (region) regionChart(result, byCountry, months);
    for (const country of singles) lineChart(result, country, byCountry.get(country) ?? [], months);

    // The region first, as in the charts, then the countries in the order they were chosen.
    const shown = new Set(sel.countries);
    const rank = (country) => (country === REGION ? -1 : sel.countries.indexOf(country));
    const rows = result.points.filter((p) => shown.has(p.country))
      .sort((a, b) => (a.country === b.country ? a.period.localeCompare(b.period) : rank(a.country) - rank(b.country)));
    tableRows(result.indicator, rows);
  }

  async function start() {
    for (const link of document.querySelectorAll('footer a')) link.href = api(link.getAttribute('href').replace(/^\/api\//, ''));
    el.tooltip.addEventListener('mouseleave', () => { el.tooltip.hidden = true; });
    try {
      state.catalog = await getJson('catalog');
    } catch (e) {
      el.status.textContent = e.message;
      el.status.classList.add('error');
      document.body.dataset.state = 'error';
      return;
    }
    showReconstruction(state.catalog.sources);
    showStale(state.catalog.sources);
    fillControls(state.catalog);
    await startOnCoverage();
    el.form.addEventListener('submit', (e) => { e.preventDefault(); show(); });
    el.indicator.addEventListener('change', show);
    await show();
  }

  start();
})();
