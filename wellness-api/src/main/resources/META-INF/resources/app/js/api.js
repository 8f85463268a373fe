// Calls to the HugMeNow API with the signed-in person's token. Errors arrive as RFC 9457 problems
// and are thrown as ApiError with the problem's detail, which the views show as it is.
import * as auth from './auth.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status;
    this.problem = problem || {};
  }
  /** A network failure rather than an answer. */
  get offline() { return this.status === 0; }
}

export async function request(path, { method = 'GET', body, headers = {}, raw = false } = {}) {
  let response = await send(path, method, body, headers);
  if (response.status === 401) {
    await auth.refresh().catch(() => { throw new auth.SignInError('signin.expired'); });
    response = await send(path, method, body, headers);
  }
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch (e) { /* not a problem document */ }
    throw new ApiError(response.status, problem);
  }
  if (raw) {
    return response;
  }
  return response.status === 204 || response.headers.get('Content-Length') === '0' ? null : response.json();
}

async function send(path, method, body, headers) {
  const token = await auth.accessToken();
  const all = { Accept: 'application/json', Authorization: 'Bearer ' + token, ...headers };
  if (body !== undefined) {
    all['Content-Type'] = 'application/json';
  }
  try {
    return await fetch('/api/v1' + path, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, { detail: 'offline' });
  }
}

export const get = (path) => request(path);
export const post = (path, body, headers) => request(path, { method: 'POST', body, headers });
export const put = (path, body) => request(path, { method: 'PUT', body });
export const patch = (path, body) => request(path, { method: 'PATCH', body });
export const del = (path) => request(path, { method: 'DELETE' });
