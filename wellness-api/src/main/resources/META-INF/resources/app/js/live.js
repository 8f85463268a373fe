// The live notification stream (/api/v1/notifications/stream, server-sent events) read through
// fetch, because EventSource cannot send the Authorization header. Reconnects with Last-Event-ID
// and a growing pause; a fresh token is taken for every connection.
import * as auth from './auth.js';

const listeners = new Set();
let lastEventId = null;
let running = false;
let controller = null;

export function onEvent(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function start() {
  if (running) {
    return;
  }
  running = true;
  loop();
}

export function stop() {
  running = false;
  if (controller) {
    controller.abort();
  }
}

async function loop() {
  let pause = 1000;
  while (running) {
    try {
      await connect();
      pause = 1000;
    } catch (e) {
      if (!running) {
        return;
      }
    }
    document.documentElement.dataset.live = 'reconnecting';
    await new Promise(resolve => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, 30000);
  }
}

async function connect() {
  controller = new AbortController();
  const headers = { Accept: 'text/event-stream', Authorization: 'Bearer ' + await auth.accessToken() };
  if (lastEventId) {
    headers['Last-Event-ID'] = lastEventId;
  }
  const response = await fetch('/api/v1/notifications/stream', { headers, signal: controller.signal });
  if (!response.ok || !response.body) {
    throw new Error('stream ' + response.status);
  }
  document.documentElement.dataset.live = 'connected';
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      return;
    }
    buffer += value;
    let end;
    while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
      dispatch(buffer.slice(0, end));
      buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
    }
  }
}

function dispatch(block) {
  let type = 'message';
  const data = [];
  for (const line of block.split(/\r?\n/)) {
    if (line.startsWith('event:')) type = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    else if (line.startsWith('id:')) lastEventId = line.slice(3).trim();
  }
  if (data.length === 0) {
    return;
  }
  let payload = data.join('\n');
  try { payload = JSON.parse(payload); } catch (e) { /* plain text */ }
  listeners.forEach(listener => listener(type, payload));
}
