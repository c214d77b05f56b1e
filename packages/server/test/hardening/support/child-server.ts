/**
 * The reference server in a process of its own, for tests that measure its memory or kill it.
 * Started by `startChild()` with IPC: it sends `{ url }` once listening, answers `{ type: 'memory' }`
 * with its RSS now and at peak since the last `{ type: 'reset' }` (after a GC), and `{ type: 'close' }`.
 * Options come as JSON in argv[2].
 */
import { startServer, type ServerOptions } from '@ibusibuk/server';

const options = JSON.parse(process.argv[2] ?? '{}') as ServerOptions;
// Logs off: a line per request would be measured with the server (logs are on by default outside tests).
const server = await startServer({ port: 0, seed: false, demoKeys: true, webhookPollMs: 0, clockIntervalMs: 0, uploadSweepIntervalMs: 0, logLevel: 'silent', ...options });

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
let peak = process.memoryUsage().rss;
setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 10).unref();

process.on('message', (message: { type: string }) => {
  if (message.type === 'reset') {
    gc();
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
