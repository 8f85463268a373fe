// Me: shown name or pseudonym, default sharing for new connections, time zone, country, quiet
// hours, language; download everything held about me; erase it after a typed confirmation.
import * as api from '../api.js';
import { t, language, chooseLanguage } from '../i18n.js';
import { h, show, say, status, errorText, button } from '../ui.js';
import { useTimeZone } from '../format.js';

export async function render(context) {
  const privacy = await api.get('/me/privacy');
  const result = status('me-result');
  const shownName = h('input', { id: 'display-name', type: 'text', maxlength: '80', autocomplete: 'name', value: privacy.displayName || '' });
  const pseudonym = h('input', { id: 'pseudonym', type: 'text', maxlength: '60', value: privacy.pseudonym || '' });
  const usePseudonym = h('input', { id: 'use-pseudonym', type: 'checkbox', checked: privacy.usePseudonym });
  const sharing = h('select', { id: 'default-sharing' }, ['none', 'summary', 'full'].map(level =>
    h('option', { value: level, selected: level === privacy.defaultSharing }, t('sharing.' + level))));
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [privacy.timeZone || 'UTC'];
  const zone = h('select', { id: 'time-zone' }, h('option', { value: '' }, t('me.zoneUnset')),
    zones.map(z => h('option', { value: z, selected: z === privacy.timeZone }, z)));
  const country = h('input', { id: 'country', type: 'text', maxlength: '2', autocomplete: 'country', value: privacy.country || '' });
  const quietStart = h('input', { id: 'quiet-start', type: 'time', value: privacy.quietHours ? privacy.quietHours.start : '' });
  const quietEnd = h('input', { id: 'quiet-end', type: 'time', value: privacy.quietHours ? privacy.quietHours.end : '' });
  const lang = h('select', { id: 'language' }, h('option', { value: 'en', selected: language() === 'en' }, 'English'),
    h('option', { value: 'de', selected: language() === 'de' }, 'Deutsch'));

  const form = h('form', { id: 'privacy', onsubmit: async event => {
    event.preventDefault();
    const body = {
      displayName: shownName.value.trim() || null, pseudonym: pseudonym.value.trim() || null, usePseudonym: usePseudonym.checked,
      defaultSharing: sharing.value, timeZone: zone.value || null, country: country.value.trim().toUpperCase() || null,
      quietHours: quietStart.value && quietEnd.value ? { start: quietStart.value, end: quietEnd.value } : null
    };
    try {
      const saved = await api.put('/me/privacy', body);
      useTimeZone(saved.timeZone);
      const languageChanged = lang.value !== language();
      chooseLanguage(lang.value);
      if (languageChanged) return location.reload();
      say(result, t('saved'), 'ok');
    } catch (error) {
      say(result, errorText(error), 'error');
    }
  } },
  h('p', {}, t('me.signedInAs', { name: privacy.displayName || context.me.username, organization: context.me.tenant ? context.me.tenant.name : '' })),
  h('label', { for: 'display-name' }, t('me.displayName')), shownName,
  h('label', { for: 'pseudonym' }, t('me.pseudonym')), pseudonym,
  h('p', {}, usePseudonym, ' ', h('label', { for: 'use-pseudonym', class: 'inline' }, t('me.usePseudonym'))),
  h('label', { for: 'default-sharing' }, t('me.defaultSharing')), sharing,
  h('label', { for: 'time-zone' }, t('me.timeZone')), zone,
  h('label', { for: 'country' }, t('me.country')), country,
  h('fieldset', {}, h('legend', {}, t('me.quietHours')),
    h('label', { for: 'quiet-start' }, t('me.quietStart')), quietStart,
    h('label', { for: 'quiet-end' }, t('me.quietEnd')), quietEnd),
  h('label', { for: 'language' }, t('me.language')), lang,
  h('p', {}, h('button', { type: 'submit', id: 'save-privacy' }, t('save'))), result);

  return show(t('me.title'), form, exportSection(), eraseSection(context),
    h('p', {}, button('me.signOut', () => context.signOut(), { class: 'secondary', id: 'sign-out' })));
}

function exportSection() {
  const result = status('export-result');
  return h('section', { 'aria-labelledby': 'export-title' }, h('h2', { id: 'export-title' }, t('me.export')),
    h('p', { class: 'muted' }, t('me.exportHint')),
    button('me.exportButton', async () => {
      try {
        const response = await api.request('/me/export', { raw: true, headers: { Accept: 'application/zip' } });
        const url = URL.createObjectURL(await response.blob());
        const link = h('a', { href: url, download: 'hugmenow-my-data.zip' });
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
        say(result, t('me.exported'), 'ok');
      } catch (error) { say(result, errorText(error), 'error'); }
    }, { id: 'export' }), result);
}

function eraseSection(context) {
  const word = t('me.eraseWord');
  const typed = h('input', { id: 'erase-confirm', type: 'text', autocomplete: 'off' });
  const result = status('erase-result');
  return h('section', { class: 'card crisis', 'aria-labelledby': 'erase-title' }, h('h2', { id: 'erase-title' }, t('me.erase')),
    h('p', {}, t('me.eraseHint')),
    h('label', { for: 'erase-confirm' }, t('me.eraseType', { word })), typed,
    h('p', {}, button('me.eraseButton', async () => {
      if (typed.value.trim() !== word) return say(result, t('me.eraseMismatch', { word }), 'error');
      try {
        await api.del('/me');
        context.signOut();
      } catch (error) { say(result, errorText(error), 'error'); }
    }, { class: 'danger', id: 'erase' })), result);
}
