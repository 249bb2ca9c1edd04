// The REST API (described at /openapi.json), and the vocabulary of its filters.

export const TYPES = ['transfer', 'request', 'visit', 'meeting', 'agreement', 'accuse', 'deny', 'use'];
export const MODALITIES = ['asserted', 'reported', 'alleged', 'possible', 'denied', 'planned'];
export const ITEMS = ['artillery_shells', 'munitions', 'missiles', 'rockets', 'anti_tank_weapons', 'weapons',
  'military_equipment', 'armored_vehicles', 'fuel', 'food', 'aid', 'technology', 'troops', 'other'];

export const TYPE_COLOURS = {
  transfer: '#c0392b', request: '#e67e22', visit: '#2980b9', meeting: '#8e44ad', agreement: '#16a085',
  accuse: '#d35400', deny: '#7f8c8d', use: '#2c3e50',
};

export class ApiError extends Error {
  constructor(problem, status) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.problem = problem;
    this.status = status;
  }
}

/** A query string from an object, leaving out empty values; arrays become comma-separated lists. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) q.set(key, value.join(','));
    } else {
      q.set(key, String(value));
    }
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

/** GET a JSON resource of the API; an abort signal cancels it; problems become ApiErrors. */
export async function get(path, params = {}, signal) {
  const url = path + query(params);
  const response = await fetch(url, {headers: {Accept: 'application/json'}, signal});
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(body, response.status);
  return body;
}

export function eventFilterParams(filter) {
  return {
    q: filter.q, type: filter.type, actor: filter.actor, item: filter.item, from: filter.from, to: filter.to,
    modality: filter.modalities.length === MODALITIES.length ? null : filter.modalities,
  };
}
