// The service's REST API. Every error the service sends has the body {error, message, code, details}; it is
// turned into an ApiError so that pages can show the message and point at details.field.

const BASE = '/api/v2';

export class ApiError extends Error {
  constructor(status, body = {}, retryAfter = null) {
    super(body.message || `The service answered HTTP ${status}`);
    this.status = status;
    this.error = body.error || null;
    this.code = body.code ?? null;
    this.details = body.details || {};
    this.retryAfter = retryAfter == null ? null : Number(retryAfter);
  }

  /** The request field at fault, e.g. "numberOfTickets" or "preferences.maxGenerationTime", or null. */
  get field() {
    return typeof this.details.field === 'string' ? this.details.field : null;
  }

  /**
   * The message, with how long to wait when the service said (429, 503) and the message does not say it already
   * (a 429's message ends "retry after N s").
   */
  describe() {
    const saysWhen = /retry after \d+ s/i.test(this.message);
    return this.retryAfter && !saysWhen ? `${this.message} (retry in ${this.retryAfter} s)` : this.message;
  }
}

/**
 * One request. `json` is an object or an already written JSON string; `text` is sent with `contentType`.
 * `apiKey`, when given, is sent as X-API-Key. Resolves to {data, text}: the parsed body and its text.
 */
async function call(path, { method = 'GET', json, text, contentType, apiKey } = {}) {
  const headers = { Accept: 'application/json' };
  if (apiKey) headers['X-API-Key'] = apiKey;
  let body;
  if (json !== undefined) {
    body = typeof json === 'string' ? json : JSON.stringify(json);
    headers['Content-Type'] = 'application/json';
  } else if (text !== undefined) {
    body = text;
    headers['Content-Type'] = contentType;
  }
  let response;
  try {
    response = await fetch(BASE + path, { method, headers, body });
  } catch (failure) {
    throw new ApiError(0, { error: 'NETWORK_ERROR', message: `The service could not be reached (${failure.message})` });
  }
  const answer = await response.text();
  let data = null;
  if (answer) {
    try {
      data = JSON.parse(answer);
    } catch {
      data = null; // Not JSON (a proxy's error page, say): the status alone is reported below.
    }
  }
  if (!response.ok) {
    throw new ApiError(response.status, data && typeof data === 'object' ? data : {}, response.headers.get('Retry-After'));
  }
  return { data, text: answer };
}

const id = (value) => encodeURIComponent(value);

export const getLotteries = async () => (await call('/lotteries')).data;

/** Starts a generation that answers at once (202) with {sessionId, statusUrl, sessionUrl}. */
export const startGeneration = async (requestJson) =>
  (await call('/generate-tickets?async=true', { method: 'POST', json: requestJson })).data;

/** The session and its stored set; `text` is kept because a 64-bit seed does not survive JSON.parse. */
export const getSession = (sessionId) => call(`/sessions/${id(sessionId)}`);

export const cancelSession = async (sessionId) =>
  (await call(`/sessions/${id(sessionId)}/cancel`, { method: 'POST' })).data;

export const extendSession = async (sessionId, additionalTime) =>
  (await call(`/sessions/${id(sessionId)}/extend`, { method: 'POST', json: { additionalTime } })).data;

/** Exact evaluation of tickets over every draw: the payout distribution comes from here. */
export const evaluate = async (lotteryType, tickets) =>
  (await call('/evaluate', { method: 'POST', json: { lotteryType, tickets } })).data;

/** A backtest on the stored draws: {sessionId} or {lotteryType, tickets}, with optional from and to dates. */
export const backtest = async (request) => (await call('/backtest', { method: 'POST', json: request })).data;

/**
 * Saves what a POST answers in another format (text/csv, application/pdf) as a file: the endpoints that compute a
 * download from a body cannot be plain links.
 */
export async function downloadPost(path, json, accept, filename) {
  let response;
  try {
    response = await fetch(BASE + path, { method: 'POST', headers: { Accept: accept, 'Content-Type': 'application/json' },
      body: JSON.stringify(json) });
  } catch (failure) {
    throw new ApiError(0, { error: 'NETWORK_ERROR', message: `The service could not be reached (${failure.message})` });
  }
  if (!response.ok) {
    let body = {};
    try {
      body = await response.json();
    } catch {
      body = {};
    }
    throw new ApiError(response.status, body, response.headers.get('Retry-After'));
  }
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A wheel on the player's numbers: {lotteryType, pool?, guarantee: {matches, ifDrawnInPool}, tickets?}. */
export const makeWheel = async (request) => (await call('/wheels', { method: 'POST', json: request })).data;

export const getPatternAnalysis = async (lotteryId) => (await call(`/pattern-analysis/${id(lotteryId)}`)).data;

/** Imports a CSV draw history with a key holding write-draws; bad rows are listed, not fatal (no strict mode). */
export const importDraws = async (lotteryId, csv, apiKey) =>
  (await call(`/draws/${id(lotteryId)}`, { method: 'POST', text: csv, contentType: 'text/csv', apiKey })).data;

export const statusStreamUrl = (sessionId) => `${BASE}/generation-status/${id(sessionId)}`;

export const exportUrl = (sessionId, format) => `${BASE}/sessions/${id(sessionId)}/export?format=${format}`;

/** Waits `seconds`, for calls the service asked to retry later. */
export const pause = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));
