// My trends: streak, a month calendar, charts of weekly and monthly averages with the 7-day
// moving average, weekdays, factor correlations with their sample sizes, and every check-in in a
// paged list. Each chart has its numbers in a table too, for screen readers and for checking.
import * as api from '../api.js';
import { t, emotionLabel } from '../i18n.js';
import { h, show, errorText, button } from '../ui.js';
import { dateTime, date, monthName, weekdayNames, number, today } from '../format.js';

const UPLOT = '/webjars/uplot/1.6.30/dist/';

export async function render(context) {
  const [streak, trends] = await Promise.all([api.get('/moods/streak'), api.get('/moods/trends')]);
  const calendar = h('section', { id: 'calendar-section', 'aria-labelledby': 'calendar-title' });
  const list = h('section', { id: 'list-section', 'aria-labelledby': 'list-title' });
  const heading = show(t('history.title'),
    streakCard(streak), calendar, chartsSection(trends), weekdaySection(trends), factorSection(trends), list);
  const [year, month] = today().split('-').map(Number);
  await Promise.all([showMonth(calendar, year, month), showList(list, null)]);
  return heading;
}

function streakCard(streak) {
  return h('div', { class: 'card', id: 'streak' },
    h('div', { class: 'stat' }, t('streak.days', { days: streak.current })),
    h('div', { class: 'muted' }, t('streak.longest', { days: streak.longest })),
    streak.nextMilestone ? h('div', {}, t('streak.next', { days: streak.nextMilestone })) : null,
    (streak.milestones || []).length ? h('div', {}, t('streak.reached') + ' ' + streak.milestones.map(m => '🏅 ' + m.days).join('  ')) : null);
}

async function showMonth(section, year, month) {
  const key = year + '-' + String(month).padStart(2, '0');
  let days = [];
  try {
    days = (await api.get('/moods/calendar?month=' + key)).days || [];
  } catch (error) {
    section.replaceChildren(h('p', { class: 'error' }, errorText(error)));
    return;
  }
  const byDate = new Map(days.map(d => [d.date, d]));
  const first = new Date(Date.UTC(year, month - 1, 1));
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offset = (first.getUTCDay() + 6) % 7;
  const cells = weekdayNames().map(name => h('div', { class: 'head', 'aria-hidden': 'true' }, name));
  for (let i = 0; i < offset; i++) cells.push(h('div', { 'aria-hidden': 'true' }));
  for (let d = 1; d <= length; d++) {
    const iso = key + '-' + String(d).padStart(2, '0');
    const day = byDate.get(iso);
    const level = !day ? '' : day.average < 2.5 ? ' low' : day.average < 3.5 ? ' mid' : ' high';
    cells.push(h('div', { class: 'day' + level, 'data-date': iso, role: 'listitem',
      'aria-label': date(iso) + ': ' + (day ? t('calendar.day', { count: day.count, average: number(day.average) }) : t('calendar.none')) },
    String(d)));
  }
  const previous = month === 1 ? [year - 1, 12] : [year, month - 1];
  const next = month === 12 ? [year + 1, 1] : [year, month + 1];
  section.replaceChildren(
    h('h2', { id: 'calendar-title' }, t('calendar.title') + ': ' + monthName(year, month)),
    h('div', { class: 'row' },
      button('calendar.previous', () => showMonth(section, ...previous), { class: 'secondary', id: 'month-previous' }),
      button('calendar.next', () => showMonth(section, ...next), { class: 'secondary', id: 'month-next' })),
    h('div', { class: 'calendar', id: 'calendar', role: 'list' }, cells));
}

async function showList(section, cursor) {
  const page = await api.get('/moods?limit=10' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
  const items = page.items.map(entry => h('li', { 'data-id': entry.id },
    h('strong', {}, t('score.' + entry.score) + ' (' + entry.score + '/5)'), ' · ', dateTime(entry.recordedAt),
    entry.emotions.length ? h('div', {}, entry.emotions.map(emotionLabel).join(', ')) : null,
    entry.note ? h('div', { class: 'muted' }, entry.note) : null,
    entry.tags && entry.tags.length ? h('div', { class: 'muted' }, '#' + entry.tags.join(' #')) : null,
    button('history.delete', async event => {
      if (!confirm(t('history.confirmDelete'))) return;
      event.currentTarget.disabled = true;
      await api.del('/moods/' + entry.id);
      showList(section, cursor);
    }, { class: 'secondary', 'aria-label': t('history.deleteOne', { when: dateTime(entry.recordedAt) }) })));
  section.replaceChildren(h('h2', { id: 'list-title' }, t('history.list')),
    items.length ? h('ul', { class: 'list', id: 'entries' }, items) : h('p', { class: 'muted' }, t('history.empty')),
    h('div', { class: 'pager' },
      cursor ? button('history.newest', () => showList(section, null), { class: 'secondary' }) : h('span'),
      page.nextCursor ? button('history.older', () => showList(section, page.nextCursor), { class: 'secondary', id: 'older' }) : null));
}

function chartsSection(trends) {
  const weekly = h('div', { class: 'chart', id: 'weekly-chart', role: 'img', 'aria-label': t('trends.weeklyChart') });
  const monthly = h('div', { class: 'chart', id: 'monthly-chart', role: 'img', 'aria-label': t('trends.monthlyChart') });
  drawLater(weekly, trends.weekly.map(w => w.weekStart), trends.weekly.map(w => w.average), trends.movingAverage7);
  drawLater(monthly, trends.monthly.map(m => m.month + '-01'), trends.monthly.map(m => m.average), null);
  return h('section', { 'aria-labelledby': 'trends-title' },
    h('h2', { id: 'trends-title' }, t('trends.title')),
    trends.entries === 0 ? h('p', { class: 'muted' }, t('trends.empty')) : null,
    h('h3', {}, t('trends.weekly')), weekly,
    table('weekly-table', [t('trends.week'), t('trends.average'), t('trends.count')],
      trends.weekly.map(w => [date(w.weekStart), number(w.average), String(w.count)])),
    h('h3', {}, t('trends.monthly')), monthly,
    table('monthly-table', [t('trends.month'), t('trends.average'), t('trends.count')],
      trends.monthly.map(m => [m.month, number(m.average), String(m.count)])));
}

function weekdaySection(trends) {
  const names = weekdayNames();
  const order = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
  return h('section', { 'aria-labelledby': 'weekday-title' }, h('h2', { id: 'weekday-title' }, t('trends.weekdays')),
    table('weekday-table', [t('trends.weekday'), t('trends.average'), t('trends.count')],
      trends.dayOfWeek.map(d => [names[order.indexOf(d.day)] || d.day, number(d.average), String(d.count)])));
}

function factorSection(trends) {
  return h('section', { 'aria-labelledby': 'factors-title' }, h('h2', { id: 'factors-title' }, t('trends.factors')),
    h('p', { class: 'muted' }, t('trends.factorsHint')),
    table('factor-table', [t('trends.factor'), t('trends.correlation'), t('trends.sample')],
      trends.factors.map(f => [t('factor.' + f.factor, { fallback: f.factor }),
        f.correlation === null ? t('trends.tooFew') : number(f.correlation, 2), String(f.sampleSize)])));
}

function table(id, headings, rows) {
  return h('details', {}, h('summary', {}, t('trends.numbers')),
    h('table', { id }, h('thead', {}, h('tr', {}, headings.map(x => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, rows.map(r => h('tr', {}, r.map(c => h('td', {}, c)))))));
}

/** uPlot is loaded on the first chart only, so the check-in screen does not wait for it. */
function loadChartLibrary() {
  if (!loadChartLibrary.promise) {
    loadChartLibrary.promise = new Promise((resolve, reject) => {
      document.head.append(h('link', { rel: 'stylesheet', href: UPLOT + 'uPlot.min.css' }));
      document.head.append(h('script', { src: UPLOT + 'uPlot.iife.min.js', onload: () => resolve(window.uPlot), onerror: reject }));
    });
  }
  return loadChartLibrary.promise;
}

function drawLater(element, days, averages, moving) {
  if (days.length === 0) return;
  loadChartLibrary().then(UPlot => {
    const x = days.map(d => Date.parse(d + 'T12:00:00Z') / 1000);
    const series = [{}, { label: t('trends.average'), stroke: '#7c3aed', width: 2, points: { show: true } }];
    const data = [x, averages];
    if (moving && moving.length) {
      const byDay = new Map(moving.map(m => [m.date, m.average]));
      const mx = moving.map(m => Date.parse(m.date + 'T12:00:00Z') / 1000);
      const all = [...new Set([...x, ...mx])].sort((a, b) => a - b);
      const at = new Map(x.map((v, i) => [v, averages[i]]));
      data.splice(0, 2, all, all.map(v => at.has(v) ? at.get(v) : null));
      data.push(all.map(v => { const d = new Date(v * 1000).toISOString().slice(0, 10); return byDay.has(d) ? byDay.get(d) : null; }));
      series.push({ label: t('trends.moving'), stroke: '#059669', width: 1.5, spanGaps: true });
      series[1].spanGaps = true;
    }
    const width = Math.max(260, element.clientWidth || 320);
    new UPlot({ width, height: 200, series, scales: { y: { range: [1, 5] } }, axes: [{}, { values: (u, v) => v.map(n => n.toFixed(0)) }] }, data, element);
  }).catch(() => element.append(h('p', { class: 'muted' }, t('trends.chartUnavailable'))));
}
