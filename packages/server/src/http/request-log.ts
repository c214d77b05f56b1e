import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../ops/logger.js';
import type { AppEnv } from './env.js';

/**
 * One log line per request once it is answered: method, path (never the query, which
 * carries media signatures), status, duration and the request id the caller sees in
 * `X-Request-Id`. Handlers log through `c.get('log')`, which carries the same id.
 */
export const requestLog =
  (logger: Logger): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const log = logger.child({ requestId: c.get('requestId') });
    c.set('log', log);
    const started = performance.now();
    await next();
    const status = c.res.status;
    const line = { method: c.req.method, path: c.req.path, status, ms: Math.round(performance.now() - started) };
    if (status >= 500) log.warn(line, 'request failed');
    else log.info(line, 'request');
  };
