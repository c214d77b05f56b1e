import type { Logger } from './logger.js';
import { type Route, rawRoute } from '../http/route.js';

/** One thing the server needs to answer requests; it throws (or rejects) when that thing does not answer. */
export interface ReadinessCheck {
  name: string;
  check(): unknown;
}

export interface HealthOptions {
  checks: readonly ReadinessCheck[];
  /** True once shutdown began: the load balancer should stop sending requests here. */
  draining(): boolean;
  logger: Logger;
  /** A check slower than this counts as failed. Default 2 s. */
  timeoutMs?: number;
}

const NO_STORE = { 'Cache-Control': 'no-store' };

/** Runs `check` with a time limit; resolves to whether it passed, logging why not. */
async function passes(check: ReadinessCheck, timeoutMs: number, logger: Logger): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([Promise.resolve().then(() => check.check()), late]);
    return true;
  } catch (err) {
    logger.warn({ err, check: check.name }, 'readiness check failed');
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /healthz`: the process is alive and its event loop turns (restart it when this fails).
 * `GET /readyz`: it can serve requests now: the database answers, upload storage takes writes,
 * and it is not shutting down (send it traffic only while this is 200).
 */
export function healthRoutes(options: HealthOptions): Route[] {
  const timeoutMs = options.timeoutMs ?? 2_000;
  return [
    rawRoute({
      method: 'get',
      path: '/healthz',
      tag: 'Operations',
      summary: 'Liveness: the process is up.',
      description: 'Checks nothing outside the process, so a slow database never gets a live process restarted.',
      access: 'anyone',
      produces: { 200: { contentType: 'application/json', description: '`{ "status": "ok" }`' } },
      handle: (c) => c.json({ status: 'ok' }, 200, NO_STORE),
    }),
    rawRoute({
      method: 'get',
      path: '/readyz',
      tag: 'Operations',
      summary: 'Readiness: the database answers and upload storage is writable.',
      description:
        'Each check has 2 seconds. 503 while one fails or once shutdown has begun; `checks` says which ' +
        '(`ok` or `failed`; the reason goes to the log, not to the caller).',
      access: 'anyone',
      produces: {
        200: { contentType: 'application/json', description: '`{ "status": "ready", "checks": { "database": "ok", "uploads": "ok" } }`' },
        503: { contentType: 'application/json', description: '`{ "status": "unavailable", "checks": … }` (`"draining": true` when shutting down).' },
      },
      handle: async (c) => {
        const results = await Promise.all(options.checks.map(async (check) => [check.name, await passes(check, timeoutMs, options.logger)] as const));
        const checks = Object.fromEntries(results.map(([name, ok]) => [name, ok ? 'ok' : 'failed']));
        const draining = options.draining();
        const ready = !draining && results.every(([, ok]) => ok);
        return c.json({ status: ready ? 'ready' : 'unavailable', checks, ...(draining ? { draining } : {}) }, ready ? 200 : 503, NO_STORE);
      },
    }),
  ];
}
