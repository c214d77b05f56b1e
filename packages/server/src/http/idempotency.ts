import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { DAY } from '../clock.js';
import { idempotencyError } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import type { Services } from '../services.js';
import type { AppEnv } from './env.js';
import { jsonTextOf } from './respond.js';

/**
 * `Idempotency-Key` on POST: the key is reserved per credential before the
 * handler runs (a primary key makes a concurrent duplicate see the reservation),
 * a successful response is stored for 24 h and replayed for the same request;
 * another request under the same key is refused.
 */
export const idempotency =
  (services: Services): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (c.req.method !== 'POST' || !key) return next();
    const scope = c.get('caller')?.credentialHash ?? 'anonymous';
    const body = new Uint8Array(await c.req.arrayBuffer());
    const requestHash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n`).update(body).digest('hex');
    const now = services.clock.now();
    const outcome = services.store.reserveIdempotencyKey({
      scope,
      key,
      requestHash,
      now,
      expiresAt: new Date(now.getTime() + DAY),
    });
    if (outcome.state === 'mismatch') throw idempotencyError(m.idempotencyMismatch);
    if (outcome.state === 'in_flight') throw idempotencyError(m.idempotencyInFlight);
    if (outcome.state === 'replay') {
      return new Response(outcome.response.body, {
        status: outcome.response.status,
        headers: { 'Content-Type': outcome.response.contentType, 'Idempotent-Replayed': 'true' },
      });
    }
    await next();
    if (c.res.status >= 200 && c.res.status < 300) {
      services.store.completeIdempotencyKey(scope, key, {
        status: c.res.status,
        body: jsonTextOf(c.res) ?? (await c.res.clone().text()),
        contentType: c.res.headers.get('content-type') ?? 'application/json',
      });
    } else {
      // Failures are not kept: the client may fix the request and retry under the same key.
      services.store.releaseIdempotencyKey(scope, key);
    }
  };
