// The analyst's screen: one page over the REST API. The timeline and the event list come first (the first
// meaningful paint); the map and the graph load their libraries afterwards. Routes are hash routes of this page:
// #/event/ID and #/doc/DOC[/BEGIN-END].

import {el, clear, snippet} from './dom.js';
import {get, query, eventFilterParams, ITEMS, MODALITIES, TYPES} from './api.js';
import {Timeline, renderLegend, MAX_MARKS} from './timeline.js';
import {renderEvent, renderDocument} from './panel.js';

const $ = id => document.getElementById(id);

const state = {
  filter: {q: '', type: '', actor: '', item: '', from: '', to: '', modalities: [...MODALITIES]},
  events: [],
  selected: null,
};
let loadToken = 0;
let routeMap = null;
let graph = null;

const timeline = new Timeline($('timeline'), $('timeline-crumbs'), $('timeline-status'), {
  onZoom: () => refreshTimeline(),
  onPick: id => { location.hash = '#/event/' + id; },
});

function setUpFilters() {
  for (const t of TYPES) $('f-type').append(el('option', {value: t}, t));
  for (const i of ITEMS) $('f-item').append(el('option', {value: i}, i.replaceAll('_', ' ')));
  for (const t of TYPES) $('graph-type').append(el('option', {value: t}, t));
  for (const m of MODALITIES) {
    $('f-modality').append(el('label', {class: 'modality modality-' + m},
      el('input', {type: 'checkbox', name: 'modality', value: m}), m));
  }
  $('f-modality').querySelectorAll('input').forEach(i => { i.checked = true; });
  $('filters').addEventListener('submit', e => { e.preventDefault(); readFilters(); refreshAll(); });
  $('filters').addEventListener('change', e => { if (e.target.tagName === 'SELECT' || e.target.type === 'checkbox') { readFilters(); refreshAll(); } });
  $('filters').addEventListener('reset', () => setTimeout(() => { readFilters(); refreshAll(); }, 0));
  let typing;
  $('f-actor').addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(async () => {
      const q = $('f-actor').value.trim();
      if (q.length < 2) return;
      const page = await get('/api/entities', {q, limit: 15});
      clear($('actor-list')).append(page.entities.map(en => el('option', {value: en.name}, en.label || en.name)));
    }, 200);
  });
  $('graph-type').addEventListener('change', () => refreshGraph());
  $('graph-min').addEventListener('change', () => refreshGraph());
  $('export-csv').addEventListener('click', exportCsv);
  renderLegend($('legend'));
}

function readFilters() {
  const f = state.filter;
  f.q = $('f-q').value.trim();
  f.type = $('f-type').value;
  f.actor = $('f-actor').value.trim();
  f.item = $('f-item').value;
  f.from = $('f-from').value.trim();
  f.to = $('f-to').value.trim();
  f.modalities = [...$('f-modality').querySelectorAll('input:checked')].map(i => i.value);
}

function showError(where, error) {
  clear(where).append(el('p', {class: 'error'}, error.message || String(error)));
}

/** The filters narrowed to a range of the timeline (the later start, the earlier end). */
function rangeParams(r = timeline.range()) {
  const f = eventFilterParams(state.filter);
  if (r.from) {
    f.from = !f.from || f.from < r.from ? r.from : f.from;
    f.to = !f.to || f.to > r.to ? r.to : f.to;
  }
  return f;
}

async function refreshTimeline() {
  const token = ++loadToken;
  const r = timeline.range();
  const params = rangeParams();
  const marks = rangeParams(timeline.markRange());
  $('export-json').setAttribute('href', '/api/events' + query({...marks, limit: 500}));
  try {
    const [buckets, page] = await Promise.all([
      get('/api/timeline', {...params, bucket: r.bucket}),
      get('/api/events', {...marks, limit: MAX_MARKS, claims: 0}), // marks need no claims: a click fetches the event
    ]);
    if (token !== loadToken) return;
    state.events = page.events;
    timeline.render(buckets, page);
    timeline.select(state.selected);
    renderList(page);
    routeMap?.showRoutes(page.events);
    performance.mark('tally-timeline-drawn', {detail: {bucket: r.bucket, marks: page.events.length}});
    if (!document.body.dataset.ready) {
      document.body.dataset.ready = 'true';
      performance.mark('tally-first-meaningful-paint');
      requestAnimationFrame(() => setTimeout(startSecondary, 0));
    }
  } catch (e) {
    showError($('event-list'), e);
  }
}

function renderList(page) {
  const list = clear($('event-list'));
  list.append(el('h3', {}, `Events in view (${page.events.length}${page.next_offset ? '+' : ''})`));
  const ul = el('ul', {});
  for (const e of page.events.slice(0, 100)) {
    const who = [e.actor_label || e.actor, e.target_label || e.target].filter(Boolean).join(' → ');
    const li = el('li', {class: 'event-row' + (e.id === state.selected ? ' selected' : ''), dataset: {event: e.id}},
      el('a', {href: '#/event/' + e.id},
        el('span', {class: 'swatch type-' + e.type}), `${e.when && e.when.start ? e.when.start : 'undated'} `,
        el('strong', {}, e.type), ` ${who}`, e.item ? ` · ${e.item.replaceAll('_', ' ')}` : '',
        el('span', {class: 'modality modality-' + e.modality}, e.modality),
        el('span', {class: 'count', title: 'independent sources'}, String(e.independent_sources))));
    ul.append(li);
  }
  list.append(ul);
}

async function refreshSearch() {
  const box = $('search-results');
  if (!state.filter.q) { box.hidden = true; return; }
  try {
    const r = await get('/api/search', {q: state.filter.q, limit: 10});
    clear(box).append(el('h3', {}, `${r.total} reports match “${r.q}”`));
    const ul = el('ul', {});
    for (const h of r.results) {
      ul.append(el('li', {}, el('a', {href: '#/doc/' + h.doc}, h.title || h.file || h.doc),
        ` (${[h.published, h.language].filter(Boolean).join(', ')})`, el('p', {class: 'snippet'}, snippet(h.snippet))));
    }
    box.append(ul);
    box.hidden = false;
  } catch (e) {
    showError(box, e);
    box.hidden = false;
  }
}

async function refreshGraph() {
  if (!graph) return;
  try {
    const data = await get('/api/graph', {...eventFilterParams(state.filter), min_events: $('graph-min').value || 1});
    await graph.show(data, $('graph-type').value);
  } catch (e) {
    showError($('graph'), e);
  }
}

function refreshAll() {
  refreshTimeline();
  refreshSearch();
  refreshGraph();
}

/** The map and the graph, after the first paint: their libraries are large and not needed to read the timeline. */
async function startSecondary() {
  const [{RouteMap}, {EntityGraph}] = await Promise.all([import('./map.js'), import('./graph.js')]);
  routeMap = new RouteMap($('map'), $('map-status'), id => { location.hash = '#/event/' + id; });
  graph = new EntityGraph($('graph'), entity => {
    $('f-actor').value = entity;
    readFilters();
    refreshAll();
  });
  routeMap.showRoutes(state.events);
  get('/api/places').then(p => routeMap.showPlaces(p)).catch(e => { $('map-status').textContent = e.message; });
  refreshGraph();
}

async function selectEvent(id) {
  state.selected = id;
  timeline.select(id);
  for (const row of document.querySelectorAll('.event-row')) row.classList.toggle('selected', row.dataset.event === id);
  const panel = $('event-panel');
  try {
    renderEvent(panel, await get('/api/events/' + encodeURIComponent(id)));
  } catch (e) {
    showError(panel, e);
  }
}

async function openDocument(doc, range) {
  const view = $('doc-view');
  view.hidden = false;
  document.body.classList.add('reading');
  $('doc-back').setAttribute('href', state.selected ? '#/event/' + state.selected : '#');
  try {
    const d = await get('/api/documents/' + encodeURIComponent(doc));
    const current = renderDocument({title: $('doc-title'), meta: $('doc-meta'), body: $('doc-body')}, d, range);
    renderDocLegend();
    if (current) current.scrollIntoView({block: 'center'});
    else window.scrollTo(0, 0);
  } catch (e) {
    showError($('doc-body'), e);
  }
}

function renderDocLegend() {
  clear($('doc-legend')).append(
    el('span', {class: 'key'}, el('mark', {class: 'evidence current'}, 'the claim’s sentence')),
    el('span', {class: 'key'}, el('mark', {class: 'evidence'}, 'other claims')),
    el('span', {class: 'key'}, el('span', {class: 'mention'}, 'entity mention')));
}

function route() {
  const hash = location.hash;
  const doc = hash.match(/^#\/doc\/([0-9a-f]{64})(?:\/(\d+)-(\d+))?$/);
  if (doc) {
    openDocument(doc[1], doc[2] ? {begin: Number(doc[2]), end: Number(doc[3])} : null);
    return;
  }
  $('doc-view').hidden = true;
  document.body.classList.remove('reading');
  const event = hash.match(/^#\/event\/(ev[0-9a-f]{16})$/);
  if (event) selectEvent(event[1]);
}

function exportCsv() {
  const columns = ['id', 'type', 'actor', 'target', 'item', 'when_start', 'when_end', 'origin', 'destination',
    'modality', 'claims', 'documents', 'independent_sources', 'conflicting'];
  const cell = v => {
    let s = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s; // a spreadsheet would run it as a formula
    return /[",\n\r]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
  };
  const rows = state.events.map(e => [e.id, e.type, e.actor, e.target, e.item, e.when?.start, e.when?.end, e.origin,
    e.destination, e.modality, e.counts.claims, e.counts.documents, e.independent_sources, e.conflicting]);
  const csv = [columns, ...rows].map(r => r.map(cell).join(',')).join('\r\n') + '\r\n';
  const url = URL.createObjectURL(new Blob([csv], {type: 'text/csv'}));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'tally-events.csv';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

setUpFilters();
window.addEventListener('hashchange', route);
refreshTimeline().then(route);
let resizing;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => { refreshTimeline(); routeMap?.invalidate(); }, 200);
});
