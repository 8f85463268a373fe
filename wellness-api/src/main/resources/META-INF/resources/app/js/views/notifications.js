// Notifications: the inbox (live), mark read, and which kinds I want, plus quiet hours (kept
// with my privacy settings, as the API has them).
import * as api from '../api.js';
import { t } from '../i18n.js';
import { h, show, button, errorText, toast } from '../ui.js';
import { dateTime } from '../format.js';

let liveListener = null;

export async function render(context) {
  const inbox = h('section', { id: 'notification-inbox', 'aria-labelledby': 'ninbox-title' });
  const [preferences] = await Promise.all([api.get('/notifications/preferences'), showInbox(inbox, context)]);
  if (liveListener) document.removeEventListener('live', liveListener);
  liveListener = () => { if (document.body.contains(inbox)) showInbox(inbox, context); };
  document.addEventListener('live', liveListener);
  return show(t('notifications.title'), inbox,
    h('section', { 'aria-labelledby': 'prefs-title' }, h('h2', { id: 'prefs-title' }, t('notifications.preferences')),
      h('ul', { class: 'list', id: 'preferences' }, preferences.map(p => {
        const id = 'pref-' + p.type.replace(/\W/g, '-');
        const box = h('input', { id, type: 'checkbox', checked: p.enabled, onchange: async () => {
          try { await api.put('/notifications/preferences/' + encodeURIComponent(p.type), { enabled: box.checked }); toast(t('saved')); }
          catch (error) { box.checked = !box.checked; toast(errorText(error)); }
        } });
        return h('li', {}, box, ' ', h('label', { for: id, class: 'inline' }, t('notification.' + p.type, { fallback: p.type })));
      })),
      h('p', { class: 'muted' }, t('notifications.quietHint'), ' ', h('a', { href: '#/me' }, t('nav.me')))));
}

async function showInbox(section, context) {
  const page = await api.get('/notifications?limit=30');
  section.replaceChildren(h('h2', { id: 'ninbox-title' }, t('notifications.inbox')),
    h('div', { class: 'row' }, button('notifications.readAll', async () => {
      await api.post('/notifications/read-all').catch(error => toast(errorText(error)));
      await context.refreshUnread();
      showInbox(section, context);
    }, { class: 'secondary', id: 'read-all' })),
    page.items.length === 0 ? h('p', { class: 'muted' }, t('notifications.empty')) :
      h('ul', { class: 'list', id: 'notifications' }, page.items.map(n => h('li', { class: n.readAt ? '' : 'unread' },
        h('strong', {}, describe(n)), ' · ', h('span', { class: 'muted' }, dateTime(n.createdAt)),
        n.readAt ? null : [' ', button('notifications.markRead', async () => {
          await api.post('/notifications/' + n.id + '/read').catch(error => toast(errorText(error)));
          await context.refreshUnread();
          showInbox(section, context);
        }, { class: 'secondary' })]))));
}

function describe(n) {
  const p = n.payload || {};
  return t('notification.text.' + n.type, { fallback: n.type, name: p.senderName || p.displayName || p.requesterName || t('someone'), days: p.days || '' });
}
