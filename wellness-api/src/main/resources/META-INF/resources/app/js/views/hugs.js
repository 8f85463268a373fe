// Hugs: send one (a type, a message, now or later, to a colleague or a team), the inbox that
// fills live from the notification stream, hug requests both ways, counts, and for each
// received hug: report it, mute or block its sender.
import * as api from '../api.js';
import * as outbox from '../outbox.js';
import { t } from '../i18n.js';
import { h, show, say, status, errorText, button, toast } from '../ui.js';
import { dateTime } from '../format.js';

let liveListener = null;
/** Set by the send form: puts a person in its recipient list and selects them ("hug back"). */
let chooseRecipient = () => {};

export async function render(context) {
  const [types, teams, counts] = await Promise.all([api.get('/hugs/types'), api.get('/directory/teams'), api.get('/hugs/counts')]);
  const inbox = h('section', { id: 'inbox-section', 'aria-labelledby': 'inbox-title' });
  const sent = h('section', { id: 'sent-section', 'aria-labelledby': 'sent-title' });
  const requests = h('section', { id: 'requests-section', 'aria-labelledby': 'requests-title' });
  const heading = show(t('hugs.title'), countsCard(counts), sendForm(context, types, teams, () => showSent(sent)),
    inbox, requests, sent);
  await Promise.all([showInbox(inbox), showRequests(requests, context, types), showSent(sent)]);
  if (liveListener) document.removeEventListener('live', liveListener);
  liveListener = event => {
    if (event.detail.type === 'hug.received' && document.body.contains(inbox)) showInbox(inbox);
    if (event.detail.type === 'hug-request.received' && document.body.contains(requests)) showRequests(requests, context, types);
  };
  document.addEventListener('live', liveListener);
  return heading;
}

function countsCard(counts) {
  const total = box => Object.values(counts[box] || {}).reduce((a, b) => a + b, 0);
  return h('div', { class: 'card row', id: 'hug-counts' },
    h('span', {}, t('hugs.receivedCount', { count: total('received') })), ' · ',
    h('span', {}, t('hugs.sentCount', { count: total('sent') })));
}

function sendForm(context, types, teams, afterSend) {
  const result = status('send-result');
  const search = h('input', { id: 'to-search', type: 'search', autocomplete: 'off' });
  const person = h('select', { id: 'to-person' }, h('option', { value: '' }, t('hugs.pickPerson')));
  const team = h('select', { id: 'to-team' }, h('option', { value: '' }, t('hugs.noTeam')),
    teams.map(x => h('option', { value: x.id }, x.name + ' (' + x.memberCount + ')')));
  const type = h('select', { id: 'hug-type' }, types.map(x => h('option', { value: x.key }, t('hugType.' + x.key, { fallback: x.label }))));
  const message = h('textarea', { id: 'hug-message', rows: '2', maxlength: '500' });
  const later = h('input', { id: 'hug-when', type: 'datetime-local' });
  chooseRecipient = (id, name) => {
    team.value = '';
    person.replaceChildren(h('option', { value: '' }, t('hugs.pickPerson')), h('option', { value: id }, name || t('someone')));
    person.value = id;
    message.focus();
  };
  let timer = null;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = search.value.trim();
      if (q.length < 2) return;
      const people = await api.get('/directory/people?limit=20&q=' + encodeURIComponent(q)).catch(() => []);
      person.replaceChildren(h('option', { value: '' }, t('hugs.pickPerson')),
        people.filter(p => p.id !== context.me.userId).map(p => h('option', { value: p.id }, p.displayName)));
      if (people.length) person.selectedIndex = 1;
    }, 250);
  });
  return h('form', { id: 'send-hug', class: 'card', onsubmit: async event => {
    event.preventDefault();
    const body = { type: type.value };
    if (team.value) body.teamId = team.value; else body.recipientId = person.value;
    if (!body.teamId && !body.recipientId) return say(result, t('hugs.pickSomeone'), 'error');
    if (message.value.trim()) body.message = message.value;
    if (later.value) body.deliverAt = new Date(later.value).toISOString();
    try {
      const outcome = await outbox.submit(context.owner, '/hugs', body);
      if (outcome.refused) throw outcome.refused;
      if (outcome.queued) { context.lastQueued = true; say(result, t('hugs.queued'), 'ok'); }
      else say(result, body.deliverAt ? t('hugs.scheduled') : t('hugs.sent'), 'ok');
      message.value = ''; later.value = '';
      afterSend();
    } catch (error) {
      say(result, errorText(error), 'error');
    }
  } },
  h('h2', {}, t('hugs.send')),
  h('label', { for: 'to-search' }, t('hugs.searchPerson')), search,
  h('label', { for: 'to-person' }, t('hugs.toPerson')), person,
  h('label', { for: 'to-team' }, t('hugs.toTeam')), team,
  h('label', { for: 'hug-type' }, t('hugs.type')), type,
  h('label', { for: 'hug-message' }, t('hugs.message')), message,
  h('label', { for: 'hug-when' }, t('hugs.when')), later, h('p', { class: 'muted' }, t('hugs.whenHint')),
  h('p', {}, h('button', { type: 'submit', id: 'send' }, t('hugs.sendButton'))), result);
}

async function showInbox(section) {
  const page = await api.get('/hugs?box=received&limit=20');
  section.replaceChildren(h('h2', { id: 'inbox-title' }, t('hugs.inbox')),
    page.items.length === 0 ? h('p', { class: 'muted' }, t('hugs.inboxEmpty')) :
      h('ul', { class: 'list', id: 'inbox' }, page.items.map(hug => h('li', { 'data-id': hug.id },
        h('strong', {}, t('hugs.from', { name: hug.senderName || t('someone') })), ' · ',
        t('hugType.' + hug.type, { fallback: hug.type }), ' · ', h('span', { class: 'muted' }, dateTime(hug.deliveredAt || hug.createdAt)),
        hug.message ? h('p', {}, hug.message) : null,
        h('div', { class: 'row' },
          button('hugs.hugBack', () => chooseRecipient(hug.senderId, hug.senderName), { 'aria-label': t('hugs.hugBackWho', { name: hug.senderName || t('someone') }) }),
          button('hugs.mute', () => protect(hug.senderId, 'mute'), { class: 'secondary', 'aria-label': t('hugs.muteWho', { name: hug.senderName }) }),
          button('hugs.block', () => protect(hug.senderId, 'block'), { class: 'secondary', 'aria-label': t('hugs.blockWho', { name: hug.senderName }) }),
          button('hugs.report', () => report(hug, section), { class: 'secondary', 'aria-label': t('hugs.reportWhich', { name: hug.senderName }) }))))));
}

async function protect(personId, kind) {
  try {
    await api.put('/hugs/blocks/' + encodeURIComponent(personId), { kind });
    toast(t(kind === 'mute' ? 'hugs.muted' : 'hugs.blocked'));
  } catch (error) { toast(errorText(error)); }
}

/** An inline form under the hug: the reason, then send or cancel. */
function report(hug, section) {
  const item = section.querySelector('[data-id="' + hug.id + '"]');
  if (!item || item.querySelector('form')) return;
  const id = 'report-reason-' + hug.id;
  const reason = h('textarea', { id, rows: '2', maxlength: '1000' });
  const form = h('form', { class: 'card', onsubmit: async event => {
    event.preventDefault();
    try {
      await api.post('/hugs/' + hug.id + '/report', { reason: reason.value.trim() || t('hugs.reportDefault') });
      toast(t('hugs.reported'));
      showInbox(section);
    } catch (error) { toast(errorText(error)); }
  } }, h('label', { for: id }, t('hugs.reportReason')), reason,
  h('div', { class: 'row' }, h('button', { type: 'submit' }, t('hugs.reportSend')), button('hugs.cancel', () => form.remove(), { class: 'secondary' })));
  item.append(form);
  reason.focus();
}

async function showSent(section) {
  const page = await api.get('/hugs?box=sent&limit=10');
  section.replaceChildren(h('h2', { id: 'sent-title' }, t('hugs.sentList')),
    page.items.length === 0 ? h('p', { class: 'muted' }, t('hugs.sentEmpty')) :
      h('ul', { class: 'list', id: 'sent' }, page.items.map(hug => h('li', {},
        h('strong', {}, t('hugs.to', { name: hug.recipientName || t('someone') })), ' · ', t('hugType.' + hug.type, { fallback: hug.type }),
        ' · ', t('hugStatus.' + hug.status, { fallback: hug.status }),
        hug.status === 'scheduled' ? [' ', dateTime(hug.deliverAt), ' ', button('hugs.cancel', async () => {
          await api.del('/hugs/' + hug.id).catch(error => toast(errorText(error)));
          showSent(section);
        }, { class: 'secondary' })] : null))));
}

async function showRequests(section, context, types) {
  const [received, mine] = await Promise.all([api.get('/hug-requests?box=received'), api.get('/hug-requests?box=sent')]);
  const question = h('input', { id: 'request-message', type: 'text', maxlength: '500' });
  const result = status('request-result');
  section.replaceChildren(h('h2', { id: 'requests-title' }, t('requests.title')),
    received.length === 0 ? h('p', { class: 'muted' }, t('requests.none')) :
      h('ul', { class: 'list', id: 'requests-received' }, received.map(r => h('li', {},
        h('p', {}, t('requests.asks'), r.message ? ': “' + r.message + '”' : ''),
        r.status === 'open' ? button('requests.answer', async () => {
          try {
            const outcome = await outbox.submit(context.owner, '/hugs', { recipientId: r.requesterId, type: types[0].key, requestId: r.id });
            if (outcome.refused) throw outcome.refused;
            toast(t('hugs.sent'));
            showRequests(section, context, types);
          } catch (error) { toast(errorText(error)); }
        }) : h('span', { class: 'muted' }, t('requests.status.' + r.status, { fallback: r.status }))))),
    h('form', { id: 'ask', onsubmit: async event => {
      event.preventDefault();
      try {
        const connections = await api.get('/connections?status=accepted');
        const recipients = connections.map(c => c.personId).slice(0, 20);
        if (recipients.length === 0) return say(result, t('requests.noConnections'), 'error');
        await api.post('/hug-requests', { recipientIds: recipients, message: question.value || undefined });
        say(result, t('requests.sent'), 'ok');
        showRequests(section, context, types);
      } catch (error) { say(result, errorText(error), 'error'); }
    } }, h('label', { for: 'request-message' }, t('requests.ask')), question,
    h('p', {}, h('button', { type: 'submit' }, t('requests.askButton'))), result),
    mine.length ? h('ul', { class: 'list', id: 'requests-sent' }, mine.map(r => h('li', {},
      (r.message || t('requests.noMessage')) + ' · ' + t('requests.answered', { count: r.recipients.filter(x => x.answeredHugId).length, total: r.recipients.length }),
      r.status === 'open' ? [' ', button('requests.close', async () => { await api.del('/hug-requests/' + r.id); showRequests(section, context, types); }, { class: 'secondary' })] : null))) : null);
}
