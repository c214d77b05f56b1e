import { Hono } from 'hono';
import { CodeRequested, KolProfile, RequestCodeInput, Session, SessionCreateInput, VerifyCodeInput } from '@ibusibuk/sdk';
import {
  CODE_TTL_MS,
  MAX_CODES_PER_HOUR,
  MAX_WRONG_ATTEMPTS,
  codeHash,
  newCode,
  openSession,
} from '../domain/sign-in.js';
import { notFound, rateLimited, validationError } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import { callerOf, requireKol, requireOfficer } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { readJson } from '../http/request.js';
import { respond } from '../http/respond.js';
import type { Services } from '../services.js';

/** Sign-in by emailed one-time code, server-minted sessions, and the signed-in KOL. */
export function authRoutes(services: Services, log: boolean): Hono<AppEnv> {
  const { store, clock } = services;
  const app = new Hono<AppEnv>();

  app.post('/auth/codes', async (c) => {
    callerOf(c);
    const { email } = await readJson(c, RequestCodeInput);
    const now = clock.now();
    const code = newCode();
    const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
    const issued = store.issueCode({
      email,
      codeHash: codeHash(email, code),
      now,
      expiresAt,
      maxPerHour: MAX_CODES_PER_HOUR,
    });
    if (!issued.ok) throw rateLimited(issued.retryAfterSeconds, m.tooManyCodes);
    const message = { to: email, subject: m.otpSubject.id, text: m.otpText(code), code, sentAt: now };
    // No mail transport yet: dev mode keeps the message in the outbox; otherwise it is only logged.
    if (services.dev) store.addOutboxMessage(message);
    else if (log) console.log(`[mail] ${email}: ${message.subject}`);
    return respond(c, CodeRequested, { object: 'code_request', email, expiresAt: expiresAt.toISOString() }, 201);
  });

  app.post('/auth/sessions', async (c) => {
    callerOf(c);
    const { email, code } = await readJson(c, VerifyCodeInput);
    const now = clock.now();
    const result = store.checkCode({ email, codeHash: codeHash(email, code), now, maxAttempts: MAX_WRONG_ATTEMPTS });
    switch (result) {
      case 'burned':
        throw rateLimited(CODE_TTL_MS / 1000, m.codeBurned);
      case 'expired':
        throw validationError({ code: m.codeExpired }, m.codeExpired);
      case 'wrong':
      case 'missing':
        throw validationError({ code: m.codeWrong }, m.codeWrong);
      case 'ok':
        return respond(c, Session, openSession(store, store.ensureKol(email, null, now), now), 201);
    }
  });

  app.post('/sessions', async (c) => {
    requireOfficer(c);
    const input = await readJson(c, SessionCreateInput);
    const now = clock.now();
    let kol;
    if ('kolId' in input) {
      kol = store.getKol(input.kolId);
      if (!kol) throw notFound(m.kolNotFound);
    } else {
      kol = store.ensureKol(input.email, input.name ?? null, now);
    }
    return respond(c, Session, openSession(store, kol, now), 201);
  });

  app.get('/me', (c) => {
    const caller = requireKol(c);
    const kol = store.getKol(caller.kolId);
    if (!kol) throw notFound(m.kolNotFound);
    return respond(c, KolProfile, kol);
  });

  return app;
}
