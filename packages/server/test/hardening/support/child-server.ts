/**
 * The reference server in a process of its own, for tests that measure its memory or kill it.
 * Started by `startChild()` with IPC: it sends `{ url }` once listening, answers `{ type: 'memory' }`
 * with its RSS now and at peak since the last `{ type: 'reset' }` (after a GC), `{ type: 'trace' }` with
 * the garbage-collector pauses and event-loop stalls since the last `reset` (bench/tails.mjs), and
 * `{ type: 'close' }`.
 * Options come as JSON in argv[2].
 */
import { subscribe } from 'node:diagnostics_channel';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { startServer, type ServerOptions } from '@ibusibuk/server';

const options = JSON.parse(process.argv[2] ?? '{}') as ServerOptions;
// Logs off: a line per request would be measured with the server (logs are on by default outside tests).
const server = await startServer({ port: 0, seed: false, demoKeys: true, webhookPollMs: 0, clockIntervalMs: 0, uploadSweepIntervalMs: 0, logLevel: 'silent', ...options });

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
let peak = process.memoryUsage().rss;
setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 10).unref();

/** Pauses of the process's one thread, in ms since `performance.timeOrigin`: GC, and ticks that ran late. */
const pauses: { kind: 'gc' | 'stall'; at: number; ms: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.duration >= 5) pauses.push({ kind: 'gc', at: entry.startTime, ms: entry.duration });
}).observe({ entryTypes: ['gc'] });
// A 10 ms timer that fires late by more than 20 ms means the thread was busy that long without a break.
let lastTick = performance.now();
setInterval(() => {
  const now = performance.now();
  const late = now - lastTick - 10;
  if (late > 20) pauses.push({ kind: 'stall', at: lastTick + 10, ms: late });
  lastTick = now;
}, 10).unref();

// How long each request spent inside the server, from its parsed head to its response's end: if the
// client waited much longer, the wait was before the server read the request (socket or client side).
const started = new WeakMap<object, number>();
let inServerMax = 0;
subscribe('http.server.request.start', (event) => started.set((event as { response: object }).response, performance.now()));
subscribe('http.server.response.finish', (event) => {
  const at = started.get((event as { response: object }).response);
  if (at !== undefined) inServerMax = Math.max(inServerMax, performance.now() - at);
});

process.on('message', (message: { type: string }) => {
  if (message.type === 'trace') {
    process.send!({ type: 'trace', timeOrigin: performance.timeOrigin, pauses, inServerMax });
  } else if (message.type === 'reset') {
    gc();
    pauses.length = 0;
    inServerMax = 0;
    peak = process.memoryUsage().rss;
    process.send!({ type: 'reset', rss: peak });
  } else if (message.type === 'memory') {
    gc();
    process.send!({ type: 'memory', rss: process.memoryUsage().rss, peak });
  } else if (message.type === 'close') {
    void server.close().then(() => process.exit(0));
  }
});
process.send!({ type: 'ready', url: server.url });
