// Connections: requests in and out, suggestions, and per connection the sharing level I give
// (none, summary, full) and what they share with me, shown exactly as far as they allow.
import * as api from '../api.js';
import { t, emotionLabel } from '../i18n.js';
import { h, show, errorText, button, toast, status, say } from '../ui.js';
import { date } from '../format.js';

const LEVELS = ['none', 'summary', 'full'];

export async function render(context) {
  const [connections, suggestions] = await Promise.all([api.get('/connections'), api.get('/connections/suggestions').catch(() => [])]);
  const incoming = connections.filter(c => c.status === 'pending' && c.direction === 'incoming');
  const outgoing = connections.filter(c => c.status === 'pending' && c.direction === 'outgoing');
  const accepted = connections.filter(c => c.status === 'accepted');
  const rerender = () => render(context).then(heading => heading && heading.focus());
  return show(t('connections.title'),
    h('section', { 'aria-labelledby': 'incoming-title' }, h('h2', { id: 'incoming-title' }, t('connections.incoming')),
      incoming.length === 0 ? h('p', { class: 'muted' }, t('connections.noIncoming')) :
        h('ul', { class: 'list', id: 'incoming' }, incoming.map(c => h('li', {}, h('strong', {}, c.displayName), ' ',
          button('connections.accept', () => act(() => api.post('/connections/' + c.id + '/accept'), rerender), { 'aria-label': t('connections.acceptWho', { name: c.displayName }) }), ' ',
          button('connections.decline', () => act(() => api.post('/connections/' + c.id + '/decline'), rerender), { class: 'secondary', 'aria-label': t('connections.declineWho', { name: c.displayName }) }))))),
    h('section', { 'aria-labelledby': 'accepted-title' }, h('h2', { id: 'accepted-title' }, t('connections.mine')),
      accepted.length === 0 ? h('p', { class: 'muted' }, t('connections.none')) :
        h('ul', { class: 'list', id: 'accepted' }, accepted.map(c => connectionItem(c, rerender)))),
    outgoing.length ? h('section', { 'aria-labelledby': 'outgoing-title' }, h('h2', { id: 'outgoing-title' }, t('connections.outgoing')),
      h('ul', { class: 'list' }, outgoing.map(c => h('li', {}, c.displayName, ' ',
        button('connections.withdraw', () => act(() => api.del('/connections/' + c.id), rerender), { class: 'secondary' }))))) : null,
    h('section', { 'aria-labelledby': 'suggest-title' }, h('h2', { id: 'suggest-title' }, t('connections.suggestions')),
      suggestions.length === 0 ? h('p', { class: 'muted' }, t('connections.noSuggestions')) :
        h('ul', { class: 'list', id: 'suggestions' }, suggestions.map(s => h('li', {}, h('strong', {}, s.displayName),
          h('span', { class: 'muted' }, ' · ' + t('suggestion.' + s.reason, { fallback: s.reason, count: s.mutualCount })), ' ',
          button('connections.request', () => act(() => api.post('/connections', { personId: s.personId }), rerender), { 'aria-label': t('connections.requestWho', { name: s.displayName }) }))))),
    findPeople(context, rerender));
}

function connectionItem(c, rerender) {
  const id = 'sharing-' + c.id;
  const select = h('select', { id, onchange: () => act(() => api.put('/connections/' + c.id + '/sharing', { level: select.value }), null, t('connections.sharingSaved')) },
    LEVELS.map(level => h('option', { value: level, selected: level === c.sharingGiven }, t('sharing.' + level))));
  const theirs = h('div', { class: 'shared', id: 'shared-' + c.id });
  return h('li', { 'data-person': c.personId }, h('strong', {}, c.displayName),
    h('label', { for: id }, t('connections.iShare')), select,
    h('p', { class: 'muted' }, t('connections.theyShare', { level: t('theirSharing.' + c.sharingReceived) })),
    c.sharingReceived !== 'none' ? button('connections.seeMood', () => showMood(c, theirs), { class: 'secondary', 'aria-label': t('connections.seeMoodOf', { name: c.displayName }) }) : null,
    theirs, ' ',
    button('connections.remove', () => confirm(t('connections.confirmRemove', { name: c.displayName })) && act(() => api.del('/connections/' + c.id), rerender), { class: 'secondary' }));
}

async function showMood(c, element) {
  try {
    const mood = await api.get('/connections/' + c.id + '/mood');
    element.replaceChildren(
      mood.summary ? h('p', {}, t('connections.summary', { band: t('band.' + mood.summary.todayBand, { fallback: t('band.none') }), streak: mood.summary.currentStreak })) : null,
      (mood.entries || []).length ? h('ul', { class: 'list' }, mood.entries.map(e => h('li', {},
        date(e.localDate) + ': ' + e.score + '/5' + (e.emotions.length ? ' · ' + e.emotions.map(emotionLabel).join(', ') : '')))) : null,
      mood.level === 'none' ? h('p', { class: 'muted' }, t('connections.nothingShared')) : null);
  } catch (error) { element.replaceChildren(h('p', { class: 'error' }, errorText(error))); }
}

function findPeople(context, rerender) {
  const query = h('input', { id: 'find-person', type: 'search' });
  const results = h('ul', { class: 'list', id: 'find-results' });
  const result = status('find-status');
  return h('form', { id: 'find', onsubmit: async event => {
    event.preventDefault();
    if (query.value.trim().length < 2) return say(result, t('connections.typeMore'), 'error');
    const people = await api.get('/directory/people?limit=10&q=' + encodeURIComponent(query.value.trim())).catch(error => { say(result, errorText(error), 'error'); return []; });
    results.replaceChildren(...people.filter(p => p.id !== context.me.userId).map(p => h('li', {}, p.displayName, ' ',
      button('connections.request', () => act(() => api.post('/connections', { personId: p.id }), rerender), { 'aria-label': t('connections.requestWho', { name: p.displayName }) }))));
    say(result, people.length ? '' : t('connections.noneFound'));
  } }, h('h2', {}, t('connections.find')), h('label', { for: 'find-person' }, t('connections.name')), query,
  h('p', {}, h('button', { type: 'submit' }, t('connections.search'))), result, results);
}

async function act(call, then, message) {
  try {
    await call();
    if (message) toast(message);
    if (then) then();
  } catch (error) { toast(errorText(error)); }
}
