// Writes that must reach the server exactly once (check-ins, hugs) wait here, in IndexedDB, with
// the Idempotency-Key they keep for every attempt. A write is stored first and sent second, so a
// lost connection, a closed tab or a reload never loses it and a retry never stores it twice.
// Entries belong to one person (issuer and subject) and are sent only with that person's token.
import * as api from './api.js';

const DB = 'hugmenow';
const STORE = 'outbox';
let flushing = null;
const listeners = new Set();

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const result = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export function onChange(listener) {
  listeners.add(listener);
}

export async function pending(owner) {
  const all = await run('readonly', store => store.getAll());
  return all.filter(entry => entry.owner === owner).sort((a, b) => a.createdAt - b.createdAt);
}

/** Keeps the write, then tries to send everything this person has waiting. */
export async function submit(owner, path, body) {
  const entry = { key: crypto.randomUUID(), owner, path, body, createdAt: Date.now() };
  await run('readwrite', store => store.put(entry));
  const results = await flush(owner);
  return results.get(entry.key) || { queued: true };
}

/**
 * Sends what waits, oldest first. A network failure stops the round (all later ones wait too);
 * an answer, success or refusal, settles the entry. Returns the outcome per key.
 */
export function flush(owner) {
  if (!flushing) {
    flushing = sendAll(owner).finally(() => { flushing = null; });
    return flushing;
  }
  return flushing.then(() => flush(owner));
}

async function sendAll(owner) {
  const results = new Map();
  for (const entry of await pending(owner)) {
    try {
      const saved = await api.post(entry.path, entry.body, { 'Idempotency-Key': entry.key });
      results.set(entry.key, { saved });
    } catch (e) {
      if (e instanceof api.ApiError && (e.offline || e.status >= 500 || e.status === 429 || e.status === 408)) {
        results.set(entry.key, { queued: true });
        break;
      }
      if (!(e instanceof api.ApiError)) {
        break;
      }
      results.set(entry.key, { refused: e });
    }
    await run('readwrite', store => store.delete(entry.key));
  }
  listeners.forEach(listener => listener(results));
  return results;
}
