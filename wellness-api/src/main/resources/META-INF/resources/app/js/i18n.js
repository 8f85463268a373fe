// English and German. The language is the person's choice (kept in this browser), else the
// browser's. t('key', {name: value}) fills {name}; a missing German text falls back to English.
import { en, de } from './messages.js';

const CHOSEN = 'hugmenow.language';
const BUNDLES = { en, de };

export function language() {
  const chosen = localStorage.getItem(CHOSEN);
  if (chosen && BUNDLES[chosen]) return chosen;
  return (navigator.language || 'en').toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function chooseLanguage(code) {
  localStorage.setItem(CHOSEN, code);
}

export function t(key, values = {}) {
  const bundle = BUNDLES[language()];
  let text = bundle[key] ?? en[key] ?? values.fallback ?? key;
  if (typeof text === 'function') text = text(values);
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
}

/** Built-in emotions have names in both languages; a tenant's own emotions keep their name. */
export function emotionLabel(name) {
  return t('emotion.' + name, { fallback: name });
}

export function translatePage() {
  document.documentElement.lang = language();
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  document.getElementById('nav').setAttribute('aria-label', t('nav.label'));
}
