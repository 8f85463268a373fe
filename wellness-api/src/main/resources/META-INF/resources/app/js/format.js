// Dates and numbers in the person's language and time zone (from /me, else the browser's).
import { language } from './i18n.js';

let zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function useTimeZone(timeZone) {
  if (timeZone) zone = timeZone;
}

export function timeZone() {
  return zone;
}

export function dateTime(iso) {
  return new Intl.DateTimeFormat(language(), { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(new Date(iso));
}

export function date(isoDate) {
  // A calendar date (YYYY-MM-DD) is a day, not an instant: formatted at noon UTC so no zone moves it.
  return new Intl.DateTimeFormat(language(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(isoDate + 'T12:00:00Z'));
}

export function monthName(year, month) {
  return new Intl.DateTimeFormat(language(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 15));
}

export function weekdayNames() {
  const format = new Intl.DateTimeFormat(language(), { weekday: 'short', timeZone: 'UTC' });
  return [1, 2, 3, 4, 5, 6, 7].map(d => format.format(Date.UTC(2024, 0, d))); // 2024-01-01 was a Monday
}

export function number(value, digits = 1) {
  return value === null || value === undefined ? '–'
    : new Intl.NumberFormat(language(), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** Today in the person's time zone, as YYYY-MM-DD. */
export function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
