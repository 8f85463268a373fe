// Sign-in: OpenID Connect authorization code with PKCE (S256) against the person's identity home,
// found through /api/v1/sign-in/discovery (ADR 0017). Tokens live in this module's memory only;
// a reload signs in again through the provider's session, which is a redirect and no typing.
// Only the organization's short name (not a secret) and the one-time PKCE values survive a reload.

const ORGANIZATION = 'hugmenow.organization';
const PENDING = 'hugmenow.pending-sign-in';
const REFRESH_AHEAD_SECONDS = 30;

let session = null;
let refreshTimer = null;
let refreshing = null;

export class SignInError extends Error {
  constructor(key, detail) { super(detail || key); this.key = key; }
}

export function redirectUri() {
  return location.origin + '/app/';
}

export function rememberedOrganization() {
  return localStorage.getItem(ORGANIZATION);
}

export function forgetOrganization() {
  localStorage.removeItem(ORGANIZATION);
}

export function current() {
  return session;
}

/** The provider's endpoints for a work e-mail or an organization's short name. */
export async function discover(who) {
  let response;
  try {
    response = await fetch('/api/v1/sign-in/discovery?who=' + encodeURIComponent(who), { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new SignInError('signin.offline');
  }
  if (response.status === 404 || response.status === 400) {
    throw new SignInError('signin.notFound');
  }
  if (!response.ok) {
    throw new SignInError('signin.unavailable');
  }
  return response.json();
}

/** Sends the browser to the provider's sign-in page. */
export async function signIn(who, route) {
  const provider = await discover(who);
  const verifier = randomText(48);
  const pending = { verifier, state: randomText(24), nonce: randomText(24), route: route || '', provider };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  localStorage.setItem(ORGANIZATION, provider.organization);
  const query = new URLSearchParams({
    response_type: 'code', client_id: provider.clientId, redirect_uri: redirectUri(), scope: 'openid',
    state: pending.state, nonce: pending.nonce, code_challenge: await challenge(verifier), code_challenge_method: 'S256',
    ui_locales: document.documentElement.lang || 'en'
  });
  if (provider.idpHint) {
    // The e-mail's domain signs in through the company's own provider: go straight there.
    query.set('kc_idp_hint', provider.idpHint);
    query.set('login_hint', who);
  }
  location.assign(provider.authorizationEndpoint + '?' + query);
  return new Promise(() => {});
}

/**
 * Finishes a sign-in when the provider sent the browser back with a code. Returns the route the
 * person was on, or null when this page load is not a sign-in callback.
 */
export async function completeSignIn() {
  const query = new URLSearchParams(location.search);
  if (!query.has('code') && !query.has('error')) {
    return null;
  }
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', '/app/' + (pending && pending.route ? pending.route : ''));
  if (query.has('error') || !pending || query.get('state') !== pending.state) {
    throw new SignInError('signin.failed');
  }
  const tokens = await tokenRequest(pending.provider, {
    grant_type: 'authorization_code', client_id: pending.provider.clientId, code: query.get('code'),
    redirect_uri: redirectUri(), code_verifier: pending.verifier
  });
  const idClaims = claims(tokens.id_token);
  if (idClaims.nonce !== pending.nonce || idClaims.iss !== pending.provider.issuer) {
    throw new SignInError('signin.failed');
  }
  start(pending.provider, tokens);
  return pending.route || '';
}

/** A valid access token, refreshed first when it is about to expire. */
export async function accessToken() {
  if (!session) {
    throw new SignInError('signin.required');
  }
  if (Date.now() > session.expiresAt - REFRESH_AHEAD_SECONDS * 1000) {
    await refresh();
  }
  return session.accessToken;
}

/** Refreshes now; several callers share one request. */
export function refresh() {
  if (!refreshing) {
    refreshing = tokenRequest(session.provider, {
      grant_type: 'refresh_token', client_id: session.provider.clientId, refresh_token: session.refreshToken
    }).then(tokens => start(session.provider, tokens)).finally(() => { refreshing = null; });
  }
  return refreshing;
}

/** Ends the provider's session too (RP-initiated logout), then comes back to the app. */
export function signOut() {
  const ending = session;
  clear();
  if (ending && ending.provider.endSessionEndpoint) {
    const query = new URLSearchParams({ client_id: ending.provider.clientId, post_logout_redirect_uri: redirectUri() });
    if (ending.idToken) {
      query.set('id_token_hint', ending.idToken);
    }
    location.assign(ending.provider.endSessionEndpoint + '?' + query);
  } else {
    location.assign(redirectUri());
  }
}

export function clear() {
  clearTimeout(refreshTimer);
  session = null;
}

function start(provider, tokens) {
  const access = claims(tokens.access_token);
  session = {
    provider, accessToken: tokens.access_token, refreshToken: tokens.refresh_token || (session && session.refreshToken),
    idToken: tokens.id_token || (session && session.idToken), expiresAt: Date.now() + tokens.expires_in * 1000,
    person: access.sub, owner: provider.issuer + '|' + access.sub, username: access.preferred_username
  };
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => refresh().catch(() => {}), Math.max(5, tokens.expires_in - REFRESH_AHEAD_SECONDS) * 1000);
}

async function tokenRequest(provider, form) {
  let response;
  try {
    response = await fetch(provider.tokenEndpoint, {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form)
    });
  } catch (e) {
    throw new SignInError('signin.offline');
  }
  if (!response.ok) {
    throw new SignInError(form.grant_type === 'refresh_token' ? 'signin.expired' : 'signin.failed');
  }
  return response.json();
}

function claims(jwt) {
  const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const text = atob(part + '='.repeat((4 - part.length % 4) % 4));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(text, c => c.charCodeAt(0))));
}

function randomText(bytes) {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

async function challenge(verifier) {
  return base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
