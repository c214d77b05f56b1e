import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { DAY } from '../clock.js';
import { idempotencyError } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import type { Services } from '../services.js';
import type { AppEnv } from './env.js';
import { jsonTextOf } from './respond.js';

/** What a stored answer holds in place of a response that carried a secret. */
const SECRET_MARKER = 'application/vnd.ibusibuk.secret-withheld';

/**
 * `Idempotency-Key` on a JSON POST route, after its guard (so nothing is read before the caller is
 * known): the key is reserved per credential before the handler runs (a primary key makes a
 * concurrent duplicate see the reservation), a successful response is stored for 24 h and replayed
 * for the same request; another request under the same key is refused.
 *
 * A response that carries a secret (a session token, a signing secret: `secret: true`) is never
 * stored: only a marker is, and a replay is refused with 409, so no secret rests in the database
 * and a used sign-in code cannot be replayed.
 */
export const idempotency =
  (services: Services, options: { secret?: boolean } = {}): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (c.req.method !== 'POST' || !key) return next();
    const scope = c.get('caller')?.credentialHash ?? 'anonymous';
    const body = new Uint8Array(await c.req.arrayBuffer());
    const requestHash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n`).update(body).digest('hex');
    const now = services.clock.now();
    const outcome = await services.store.reserveIdempotencyKey({
      scope,
      key,
      requestHash,
      now,
      expiresAt: new Date(now.getTime() + DAY),
    });
    if (outcome.state === 'mismatch') throw idempotencyError(m.idempotencyMismatch);
    if (outcome.state === 'in_flight') throw idempotencyError(m.idempotencyInFlight);
    if (outcome.state === 'replay') {
      if (outcome.response.contentType === SECRET_MARKER) throw idempotencyError(m.idempotencySecretReplay);
      return new Response(outcome.response.body, {
        status: outcome.response.status,
        headers: { 'Content-Type': outcome.response.contentType, 'Idempotent-Replayed': 'true' },
      });
    }
    await next();
    if (c.res.status >= 200 && c.res.status < 300) {
      await services.store.completeIdempotencyKey(
        scope,
        key,
        options.secret
          ? { status: c.res.status, body: '', contentType: SECRET_MARKER }
          : {
              status: c.res.status,
              body: jsonTextOf(c.res) ?? (await c.res.clone().text()),
              contentType: c.res.headers.get('content-type') ?? 'application/json',
            },
      );
    } else {
      // Failures are not kept: the client may fix the request and retry under the same key.
      await services.store.releaseIdempotencyKey(scope, key);
    }
  };
