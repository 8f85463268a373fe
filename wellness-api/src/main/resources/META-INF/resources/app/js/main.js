// The app's start: finish or start the sign-in, load the person, then show the view the address
// names. Views are loaded when first opened, so the first screen needs only this and check-in.
import * as auth from './auth.js';
import * as api from './api.js';
import * as outbox from './outbox.js';
import * as live from './live.js';
import { t, translatePage, language } from './i18n.js';
import { useTimeZone } from './format.js';
import { h, show, toast, errorText } from './ui.js';

const VIEWS = {
  checkin: () => import('./views/checkin.js'),
  history: () => import('./views/history.js'),
  hugs: () => import('./views/hugs.js'),
  connections: () => import('./views/connections.js'),
  notifications: () => import('./views/notifications.js'),
  content: () => import('./views/content.js'),
  me: () => import('./views/me.js')
};
const SIGNED_OUT = 'hugmenow.signed-out';
const context = { me: null, unread: 0 };

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js', { scope: './' }).catch(() => {});
}

translatePage();
showConnectivity();
window.addEventListener('online', () => { showConnectivity(); sendWaiting(); });
window.addEventListener('offline', showConnectivity);
window.addEventListener('hashchange', route);
boot();

async function boot() {
  try {
    if (await auth.completeSignIn() === null && !auth.current()) {
      return frontDoor();
    }
  } catch (error) {
    return frontDoor(errorText(error));
  }
  sessionStorage.removeItem(SIGNED_OUT);
  try {
    const [me, privacy] = await Promise.all([api.get('/me'), api.get('/me/privacy')]);
    context.me = me;
    useTimeZone(privacy.timeZone);
  } catch (error) {
    return frontDoor(errorText(error));
  }
  context.owner = auth.current().owner;
  document.getElementById('nav').hidden = false;
  const bell = document.getElementById('bell');
  bell.hidden = false;
  bell.addEventListener('click', () => { location.hash = '#/notifications'; });
  live.onEvent(onLiveEvent);
  live.start();
  refreshUnread();
  outbox.onChange(results => announceSent(results));
  setInterval(sendWaiting, 15000);
  sendWaiting();
  route();
}

/** Without a session: the remembered organization signs in at once; otherwise ask who they are. */
function frontDoor(problem) {
  const remembered = auth.rememberedOrganization();
  if (!problem && remembered && navigator.onLine && !sessionStorage.getItem(SIGNED_OUT)) {
    auth.signIn(remembered, location.hash).catch(error => frontDoor(errorText(error)));
    return;
  }
  const who = h('input', { id: 'who', type: 'text', autocomplete: 'email', required: true, value: remembered || '' });
  const message = h('p', { id: 'signin-message', role: 'alert', class: problem ? 'error' : '' }, problem || '');
  const form = h('form', { id: 'signin', onsubmit: async event => {
    event.preventDefault();
    message.textContent = '';
    try {
      await auth.signIn(who.value.trim(), location.hash);
    } catch (error) {
      message.className = 'error';
      message.textContent = errorText(error);
    }
  } },
  h('label', { for: 'who' }, t('signin.who')), who,
  h('p', { class: 'muted' }, t('signin.hint')),
  h('button', { type: 'submit', id: 'continue' }, t('signin.continue')));
  show(t('signin.title'),
    sessionStorage.getItem(SIGNED_OUT) ? h('p', { class: 'ok', role: 'status' }, t('signin.signedOut')) : null,
    navigator.onLine ? null : h('p', { class: 'error' }, t('offline.signin')),
    message, form,
    h('p', {}, h('a', { href: '/console/' }, t('signin.console'))));
}

async function route() {
  if (!context.me) return;
  const name = (location.hash.match(/^#\/([a-z]+)/) || [])[1] || 'checkin';
  const load = VIEWS[name] || VIEWS.checkin;
  for (const link of document.querySelectorAll('#nav a')) {
    if (link.getAttribute('href') === '#/' + name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  try {
    const view = await load();
    const heading = await view.render(context, location.hash);
    if (heading) heading.focus();
  } catch (error) {
    if (error instanceof auth.SignInError) return frontDoor(errorText(error));
    show(t('error.title'), h('p', { class: 'error', role: 'alert' }, errorText(error)));
  }
}

export function signOut() {
  live.stop();
  sessionStorage.setItem(SIGNED_OUT, '1');
  auth.signOut();
}
context.signOut = signOut;

async function sendWaiting() {
  if (context.owner && navigator.onLine) {
    await outbox.flush(context.owner).catch(() => {});
  }
}

function announceSent(results) {
  const saved = [...results.values()].filter(r => r.saved).length;
  const refused = [...results.values()].filter(r => r.refused);
  if (saved > 0 && context.lastQueued) {
    toast(t('offline.sent', { count: saved }));
    context.lastQueued = false;
  }
  if (refused.length > 0) toast(errorText(refused[0].refused));
  document.dispatchEvent(new CustomEvent('outbox-changed'));
}

function onLiveEvent(type, payload) {
  if (type !== 'stream-ended') refreshUnread();
  document.dispatchEvent(new CustomEvent('live', { detail: { type, payload } }));
}

export async function refreshUnread() {
  try {
    context.unread = (await api.get('/notifications/unread-count')).unread;
  } catch (e) { /* the badge waits for the next event */ }
  showUnread();
}
context.refreshUnread = refreshUnread;

function showUnread() {
  const badge = document.getElementById('unread');
  badge.hidden = context.unread <= 0;
  badge.textContent = context.unread > 99 ? '99+' : String(context.unread);
  badge.setAttribute('aria-label', t('notifications.unread', { count: context.unread }));
}

function showConnectivity() {
  const pill = document.getElementById('connectivity');
  pill.textContent = navigator.onLine ? '' : t('offline.pill');
  pill.className = navigator.onLine ? 'pill' : 'pill offline';
  document.documentElement.lang = language();
}
