// MigrationFeeds review page: lists GET /api/review and posts decisions to POST /api/review/{id}.
// The reviewer is whoever the server trusts (App Service sign-in in Azure, the configured name locally), never a
// name this page sends. Under the Functions host open it with ?code=<key>, as the dashboard.
'use strict';

(() => {
  const functionKey = new URLSearchParams(window.location.search).get('code');
  const numbers = new Intl.NumberFormat('en-GB');
  const el = {
    status: document.getElementById('status'),
    items: document.getElementById('items'),
    total: document.getElementById('total'),
    orphaned: document.getElementById('orphaned'),
    back: document.getElementById('back'),
  };

  function api(path, query) {
    const url = new URL('/api/' + path, window.location.origin);
    for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v);
    if (functionKey) url.searchParams.set('code', functionKey);
    return url.pathname + url.search;
  }

  function h(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attributes ?? {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  /** Only http(s) documents become links; anything else stays text. */
  function safeLink(url, text) {
    try {
      const u = new URL(url);
      if (u.protocol === 'https:' || u.protocol === 'http:') return h('a', { href: u.href, target: '_blank', rel: 'noopener', class: 'document', text });
    } catch {
      // Not a URL: shown as text.
    }
    return h('span', { class: 'document', text });
  }

  const value = (v) => (v === null || v === undefined ? '—' : numbers.format(v));
  const figureValue = (f) => (f.value !== null && f.value !== undefined ? value(f.value) : `${value(f.low)}–${value(f.high)}`);

  function setStatus(text, state) {
    el.status.textContent = text;
    if (state) document.body.dataset.state = state;
  }

  async function problemText(response) {
    try {
      const problem = await response.json();
      const errors = Object.entries(problem.errors ?? {}).map(([k, v]) => `${k}: ${[].concat(v).join(' ')}`);
      return [problem.title, problem.detail, ...errors].filter(Boolean).join(' ');
    } catch {
      return `${response.status} ${response.statusText}`;
    }
  }

  async function decide(item, decision, card) {
    const body = { decision };
    const note = card.querySelector('input.note').value.trim();
    if (note) body.note = note;
    if (decision === 'correct') {
      const corrected = Number.parseInt(card.querySelector('input.correction').value, 10);
      if (!Number.isFinite(corrected) || corrected < 0) {
        setStatus('A correction needs a whole number, 0 or more.');
        return;
      }
      body.value = corrected;
    }
    const response = await fetch(api('review/' + encodeURIComponent(item.id)), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      setStatus(`Not recorded: ${await problemText(response)}`, 'error');
      return;
    }
    const recorded = await response.json();
    card.remove();
    setStatus(`Recorded: ${recorded.decision} of ${item.country} ${item.indicator} ${item.month}${recorded.value !== null && recorded.value !== undefined ? ` as ${value(recorded.value)}` : ''}, by ${recorded.reviewer}.`, 'decided');
  }

  function card(item) {
    const f = item.figure;
    const node = h('li', { class: 'review-item', 'data-id': item.id },
      h('div', { class: 'headline' },
        h('strong', { text: `${item.country}${item.site ? ' / ' + item.site : ''}, ${item.indicator}, ${item.month}` }), ' ',
        h('span', { class: 'value', text: figureValue(f) }), ' ',
        h('span', { class: 'reasons', text: item.reasons.join(', ') })),
      h('div', { class: 'review-source' },
        h('blockquote', { class: 'quote', text: f.quote }),
        h('p', {}, safeLink(item.link, `${f.documentUrl.split('/').pop() || f.documentUrl}, p. ${f.page}`),
          ` · ${f.sourceId} · published ${f.published ?? '—'} · period ${f.period} · confidence ${f.confidence}`)),
      (item.flags ?? []).map((flag) => h('p', { class: 'note note-flag', text: `${flag.code}: ${flag.message}` })),
      (item.alternatives ?? []).length
        ? h('p', { class: 'alternatives', text: 'Other values: ' + item.alternatives.map((a) => `${a.source} ${figureValue(a)}`).join('; ') })
        : null);
    const correction = h('input', { class: 'correction', type: 'number', min: '0', step: '1', 'aria-label': 'Corrected value', placeholder: 'value' });
    const note = h('input', { class: 'note', type: 'text', maxlength: '1000', 'aria-label': 'Note', placeholder: 'note (optional)' });
    const button = (decision, label) => {
      const b = h('button', { type: 'button', class: `decide decide-${decision}`, text: label });
      b.addEventListener('click', () => decide(item, decision, node).catch((e) => setStatus(`Not recorded: ${e.message}`, 'error')));
      return b;
    };
    node.append(h('div', { class: 'actions' }, button('confirm', 'Confirm'), button('reject', 'Reject'), correction, button('correct', 'Correct'), note));
    return node;
  }

  async function load() {
    if (functionKey) el.back.href = `/api/dashboard?code=${encodeURIComponent(functionKey)}`;
    const response = await fetch(api('review'), { headers: { accept: 'application/json' } });
    if (!response.ok) {
      setStatus(await problemText(response), 'error');
      return;
    }
    const list = await response.json();
    el.total.textContent = `(${list.total})`;
    el.items.replaceChildren(...list.items.map(card));
    el.orphaned.replaceChildren(...list.orphaned.map((d) => h('li', { text: `${d.country} ${d.indicator} ${d.period}: ${d.decision}${d.value !== null && d.value !== undefined ? ' ' + value(d.value) : ''} by ${d.reviewer} at ${d.decidedAt}` })));
    setStatus(list.items.length ? `${list.items.length} of ${list.total} open item(s).` : 'Nothing to review.', 'ready');
  }

  load().catch((e) => setStatus(e.message, 'error'));
})();
