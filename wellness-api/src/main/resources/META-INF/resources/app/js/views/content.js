// Exercises and resources, with the recommendations for me first and the reason for each.
import * as api from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../ui.js';

export async function render() {
  const [recommendations, catalogue] = await Promise.all([api.get('/content/recommendations').catch(() => []), api.get('/content')]);
  return show(t('content.title'),
    h('section', { 'aria-labelledby': 'rec-title' }, h('h2', { id: 'rec-title' }, t('content.forYou')),
      recommendations.length === 0 ? h('p', { class: 'muted' }, t('content.noRecommendations')) :
        h('ul', { class: 'list', id: 'recommendations' }, recommendations.map(r => item(r.item, t('reason.' + r.reason, { fallback: r.reason }))))),
    h('section', { 'aria-labelledby': 'all-title' }, h('h2', { id: 'all-title' }, t('content.all')),
      h('ul', { class: 'list', id: 'catalogue' }, catalogue.map(x => item(x, null)))));
}

function item(x, reason) {
  return h('li', {}, h('details', {}, h('summary', {}, h('strong', {}, x.title), ' · ', t('kind.' + x.kind, { fallback: x.kind }),
    x.minutes ? ' · ' + t('content.minutes', { minutes: x.minutes }) : ''),
  reason ? h('p', { class: 'muted' }, t('content.because', { reason })) : null,
  x.summary ? h('p', {}, x.summary) : null, x.body ? h('p', {}, x.body) : null));
}
