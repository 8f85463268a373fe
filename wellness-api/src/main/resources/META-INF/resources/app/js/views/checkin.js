// Check in: a score, emotions from the energy × pleasantness grid, then save: three taps. The
// note, factors and tags are one more tap away. Saved through the outbox, so it works offline.
import * as api from '../api.js';
import * as outbox from '../outbox.js';
import { t, emotionLabel } from '../i18n.js';
import { timeZone } from '../format.js';
import { h, show, say, status, errorText } from '../ui.js';

const FACES = ['😞', '😟', '😐', '😊', '😄'];
const QUADRANTS = ['high-energy-pleasant', 'high-energy-unpleasant', 'low-energy-pleasant', 'low-energy-unpleasant', 'neutral'];
let cache = null;
let waitingListener = null;

async function vocabulary() {
  if (!cache) {
    const [emotions, factors] = await Promise.all([api.get('/emotions'), api.get('/moods/factors')]);
    cache = { emotions: list(emotions), factors: list(factors) };
  }
  return cache;
}

function list(answer) {
  return Array.isArray(answer) ? answer : (answer.items || answer.emotions || answer.factors || []);
}

export async function render(context) {
  let words = { emotions: [], factors: [] };
  let unavailable = null;
  try {
    words = await vocabulary();
  } catch (error) {
    unavailable = error; // offline: the score alone can still be kept
  }
  const chosen = { score: null, emotions: new Set() };
  const result = status('checkin-result');
  const save = h('button', { type: 'submit', id: 'save', disabled: true }, t('checkin.save'));

  const scores = h('div', { class: 'scores', role: 'group', 'aria-labelledby': 'score-label' },
    [1, 2, 3, 4, 5].map(score => h('button', { type: 'button', id: 'score-' + score, 'aria-pressed': 'false',
      'aria-label': t('checkin.scoreLabel', { score }) + ' – ' + t('score.' + score), onclick: event => {
        chosen.score = score;
        for (const b of scores.children) b.setAttribute('aria-pressed', String(b === event.currentTarget));
        save.disabled = false;
      } }, h('span', { class: 'face', 'aria-hidden': 'true' }, FACES[score - 1]), t('score.' + score))));

  const grid = h('div', { class: 'emotions' }, QUADRANTS.map(quadrant => {
    const inQuadrant = words.emotions.filter(e => e.quadrant === quadrant);
    if (inQuadrant.length === 0) return null;
    return h('div', { class: 'quadrant', role: 'group', 'aria-label': t('quadrant.' + quadrant) },
      h('h3', {}, t('quadrant.' + quadrant)),
      h('div', { class: 'chips' }, inQuadrant.map(emotion => h('button', {
        type: 'button', 'aria-pressed': 'false', 'data-emotion': emotion.name, onclick: event => {
          const on = !chosen.emotions.has(emotion.name);
          if (on && chosen.emotions.size >= 5) return say(result, t('checkin.maxEmotions'), 'error');
          if (on) chosen.emotions.add(emotion.name); else chosen.emotions.delete(emotion.name);
          event.currentTarget.setAttribute('aria-pressed', String(on));
        } }, emotionLabel(emotion.name)))));
  }));

  const note = h('textarea', { id: 'note', maxlength: '2000', rows: '3' });
  const tags = h('input', { id: 'tags', type: 'text', placeholder: t('checkin.tagsHint') });
  const factorInputs = words.factors.map(factor => factorInput(factor));

  const form = h('form', { id: 'checkin', onsubmit: async event => {
    event.preventDefault();
    if (!chosen.score) return;
    save.disabled = true;
    const body = {
      score: chosen.score, emotions: [...chosen.emotions], timeZone: timeZone(), recordedAt: new Date().toISOString()
    };
    if (note.value.trim()) body.note = note.value;
    const tagList = tags.value.split(',').map(s => s.trim()).filter(Boolean);
    if (tagList.length) body.tags = tagList;
    const factors = {};
    for (const input of factorInputs) {
      const value = input.read();
      if (value !== null) factors[input.key] = value;
    }
    if (Object.keys(factors).length) body.factors = factors;
    try {
      const outcome = await outbox.submit(context.owner, '/moods', body);
      if (outcome.refused) throw outcome.refused;
      if (outcome.queued) {
        context.lastQueued = true;
        say(result, t('checkin.queued'), 'ok');
      } else {
        say(result, t('checkin.saved'), 'ok');
        showCrisis(outcome.saved && outcome.saved.crisisResources);
        await celebrate(context);
      }
      reset();
    } catch (error) {
      say(result, errorText(error), 'error');
    } finally {
      save.disabled = !chosen.score;
    }
  } },
  h('p', { id: 'score-label', class: 'muted' }, t('checkin.question')), scores,
  h('h2', {}, t('checkin.emotions')),
  unavailable ? h('p', { class: 'muted' }, t('checkin.emotionsOffline')) : grid,
  h('details', {}, h('summary', {}, t('checkin.more')),
    h('label', { for: 'note' }, t('checkin.note')), note, h('p', { class: 'muted' }, t('checkin.notePrivate')),
    factorInputs.map(input => input.nodes),
    h('label', { for: 'tags' }, t('checkin.tags')), tags),
  h('p', {}, save), result);

  const crisis = h('section', { id: 'crisis', class: 'card crisis', hidden: true, 'aria-labelledby': 'crisis-title', tabindex: '-1' });
  const waiting = h('p', { id: 'waiting', class: 'muted' });
  const celebration = h('p', { id: 'celebration', class: 'celebrate', role: 'status', hidden: true });

  function reset() {
    chosen.score = null;
    chosen.emotions.clear();
    for (const b of form.querySelectorAll('[aria-pressed]')) b.setAttribute('aria-pressed', 'false');
    note.value = '';
    tags.value = '';
    factorInputs.forEach(input => input.clear());
  }

  function showCrisis(resources) {
    if (!resources || resources.length === 0) return;
    crisis.replaceChildren(h('h2', { id: 'crisis-title' }, t('crisis.title')), h('p', {}, t('crisis.intro')),
      h('ul', {}, resources.map(r => h('li', {}, h('strong', {}, r.name), r.phone ? ' · ' + r.phone : '',
        r.url ? [' · ', h('a', { href: r.url, rel: 'noopener noreferrer', target: '_blank' }, r.url)] : '', r.text ? h('div', {}, r.text) : ''))));
    crisis.hidden = false;
    crisis.focus();
  }

  async function celebrate() {
    try {
      const streak = await api.get('/moods/streak');
      const reached = (streak.milestones || []).find(m => m.days === streak.current);
      celebration.textContent = reached ? '🎉 ' + t('streak.milestone', { days: reached.days })
        : t('streak.current', { days: streak.current });
      celebration.hidden = false;
    } catch (e) { /* the streak shows again on the next check-in */ }
  }

  async function showWaiting() {
    const count = (await outbox.pending(context.owner)).filter(e => e.path === '/moods').length;
    waiting.textContent = count ? t('checkin.waiting', { count }) : '';
  }
  if (waitingListener) document.removeEventListener('outbox-changed', waitingListener);
  waitingListener = showWaiting;
  document.addEventListener('outbox-changed', showWaiting);
  showWaiting();

  return show(t('checkin.title'), crisis, form, celebration, waiting);
}

function factorInput(factor) {
  const id = 'factor-' + factor.key;
  const label = t('factor.' + factor.key, { fallback: factor.label });
  let input;
  if (factor.kind === 'yesno') {
    input = h('select', { id }, h('option', { value: '' }, '–'), h('option', { value: '1' }, t('yes')), h('option', { value: '0' }, t('no')));
  } else if (factor.kind === 'scale') {
    input = h('select', { id }, h('option', { value: '' }, '–'), [1, 2, 3, 4, 5].map(n => h('option', { value: String(n) }, String(n))));
  } else {
    input = h('input', { id, type: 'number', inputmode: 'decimal', step: 'any', min: '0' });
  }
  return {
    key: factor.key,
    nodes: [h('label', { for: id }, label), input],
    read: () => input.value === '' ? null : Number(input.value),
    clear: () => { input.value = ''; }
  };
}
