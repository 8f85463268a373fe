// Small DOM helpers. Text always goes in as text (never as HTML), so nothing a colleague writes
// in a hug message can run as script.
import { t } from './i18n.js';

/** h('button', {type: 'button', onclick: f}, 'Text', child) */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the main region with a view: its heading is focused so screen readers announce it. */
export function show(title, ...children) {
  const main = document.getElementById('main');
  const heading = h('h1', { tabindex: '-1' }, title);
  main.replaceChildren(heading, ...children.flat(Infinity).filter(Boolean));
  document.title = title + ' · HugMeNow';
  return heading;
}

export function toast(text) {
  const box = document.getElementById('toast');
  box.textContent = text;
  box.classList.add('shown');
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => box.classList.remove('shown'), 4000);
}

/** A labelled form field; returns [label, input]. */
export function field(id, labelKey, input) {
  input.id = id;
  return [h('label', { for: id }, t(labelKey)), input];
}

export function errorText(error) {
  if (error && error.key) return t(error.key);
  if (error && error.offline) return t('offline.short');
  return (error && error.message) || t('error.generic');
}

/** A region that shows a failure or a result in words, announced politely. */
export function status(id) {
  return h('p', { id, role: 'status', 'aria-live': 'polite' });
}

export function say(element, text, kind) {
  element.textContent = text || '';
  element.className = kind || '';
}

export function button(labelKey, onclick, attributes = {}) {
  return h('button', { type: 'button', onclick, ...attributes }, t(labelKey));
}
