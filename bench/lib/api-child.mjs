// Starts bench/lib/api-server.mjs as a child process and drives autocannon against it.
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { BENCH, ROOT, log, percentile } from './util.mjs';

/** Resolves with the child's "ready" message ({ url, writers, … }) and a stop(). */
export async function startApiServer(options) {
  const child = fork(`${BENCH}lib/api-server.mjs`, [JSON.stringify(options)], {
    cwd: ROOT,
    execArgv: ['--conditions=source', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const info = await new Promise((resolve, reject) => {
    child.once('message', (msg) => (msg?.type === 'ready' ? resolve(msg) : reject(new Error(`unexpected ${JSON.stringify(msg)}`))));
    child.once('exit', (code) => reject(new Error(`the benchmark API server exited (code ${code}) before it was ready`)));
  });
  child.removeAllListeners('exit');
  const counts = () =>
    new Promise((resolve) => {
      child.once('message', (msg) => resolve(msg.counts));
      child.send({ type: 'counts' });
    });
  /** Server-side GC time, event-loop utilisation and CPU since the previous mark. */
  const mark = () =>
    new Promise((resolve) => {
      child.once('message', (msg) => resolve(msg.mark));
      child.send({ type: 'mark' });
    });
  const ask = (type) =>
    new Promise((resolve) => {
      child.once('message', (msg) => resolve(msg));
      child.send({ type });
    });
  /** Runs fn with the server's CPU profiler on; returns the self time by file/package. */
  const cpuProfile = async (fn) => {
    await ask('cpu-start');
    await fn();
    return (await ask('cpu-stop')).profile;
  };
  const profile = (cursor = null) =>
    new Promise((resolve) => {
      child.once('message', (msg) => resolve(msg.profile));
      child.send({ type: 'profile', cursor });
    });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.send({ type: 'close' });
    });
  return { ...info, initialCounts: info.counts, pid: child.pid, counts, mark, profile, cpuProfile, stop };
}

let autocannonModule;
async function loadAutocannon() {
  if (!autocannonModule) {
    const require = createRequire(`${ROOT}package.json`);
    autocannonModule = (await import(pathToFileURL(require.resolve('autocannon')).href)).default;
  }
  return autocannonModule;
}

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
export const DURATION = Number(process.env.BENCH_DURATION ?? 5);
/** Seconds at the start of each run that are not counted (new connections, cold JIT). */
export const WARMUP = 1;

/**
 * One autocannon run: 50 connections (keep-alive, no pipelining) for WARMUP + DURATION
 * seconds. The figures count only what happens after the warm-up second: requests/s from the
 * responses completed after it, latency percentiles (ms) of the requests sent after it. (When
 * 50 new connections open at once on a busy server, the first requests of some wait seconds to
 * be read; counted, they would make p99 a measure of connection start-up.)
 */
export async function cannon(name, opts, server) {
  await server?.mark();
  const autocannon = await loadAutocannon();
  const samples = [];
  let t0 = 0;
  const instance = autocannon({ connections: CONNECTIONS, duration: WARMUP + DURATION, pipelining: 1, ...opts });
  t0 = performance.now();
  instance.on('response', (_client, status, _bytes, latency) => {
    const end = performance.now() - t0;
    samples.push({ start: end - latency, end, latency, status });
  });
  const result = await instance;
  const elapsed = performance.now() - t0;
  const from = WARMUP * 1000;
  const sent = samples.filter((x) => x.start >= from);
  const done = samples.filter((x) => x.end >= from);
  const lat = sent.map((x) => x.latency);
  const out = {
    name,
    rps: done.length / ((elapsed - from) / 1000),
    p50: percentile(lat, 50),
    p90: percentile(lat, 90),
    p99: percentile(lat, 99),
    max: lat.length ? Math.max(...lat) : NaN,
    mean: lat.reduce((a, b) => a + b, 0) / lat.length,
    total: done.length,
    non2xx: done.filter((x) => x.status < 200 || x.status > 299).length,
    errors: result.errors + result.timeouts,
    p99WithWarmup: result.latency.p99,
  };
  if (server) out.server = await server.mark();
  out.p50 = Math.round(out.p50 * 10) / 10;
  out.p90 = Math.round(out.p90 * 10) / 10;
  out.p99 = Math.round(out.p99 * 10) / 10;
  log(
    `${name}: ${out.rps.toFixed(0)} req/s, p50 ${out.p50} ms, p99 ${out.p99} ms, non-2xx ${out.non2xx}, errors ${out.errors}` +
      (out.server ? `; server: event loop ${(out.server.elu * 100).toFixed(0)} % busy, GC ${out.server.gcMs.toFixed(0)} ms in ${out.server.gcCount}` : ''),
  );
  return out;
}

/** autocannon options for the write path: each request a new (writer, campaign) application, as the SDK sends it. */
export function applicationRequests(info, { startAt = 0 } = {}) {
  const body = JSON.stringify(info.applicationBody);
  const W = info.writers.length;
  const T = info.writeTargets.length;
  let i = startAt;
  return {
    next: () => i,
    opts: {
      url: info.url,
      requests: [
        {
          method: 'POST',
          setupRequest: (req) => {
            const n = i++;
            const writer = info.writers[n % W];
            const campaign = info.writeTargets[Math.floor(n / W) % T];
            return {
              ...req,
              path: `/v1/campaigns/${campaign}/applications`,
              headers: {
                authorization: `Bearer ${writer}`,
                origin: info.origin,
                'content-type': 'application/json',
                'accept-language': 'id',
                'idempotency-key': `bench-${process.pid}-${n}`,
              },
              body,
            };
          },
        },
      ],
    },
    capacity: W * T,
  };
}

export function listRequest(info, path = info.listPath) {
  return {
    url: `${info.url}${path}`,
    headers: { authorization: `Bearer ${info.publishableKey}`, origin: info.origin, 'accept-language': 'id' },
  };
}
