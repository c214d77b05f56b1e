import { CodeRequested, KolProfile, RequestCodeInput, Session, SessionCreated, SessionCreateInput, VerifyCodeInput } from '@ibusibuk/sdk';
import {
  CODE_TTL_MS,
  MAX_CODES_PER_HOUR,
  MAX_WRONG_ATTEMPTS,
  codeHash,
  newCode,
  openSession,
} from '../domain/sign-in.js';
import { openStaffSession } from '../domain/staff-session.js';
import { notFound, permissionError, rateLimited, validationError } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import { type Route, route } from '../http/route.js';
import { composeSignInCode } from '../notifications/compose.js';
import type { Services } from '../services.js';

/** Sign-in by emailed one-time code, server-minted sessions, and the signed-in KOL. */
export function authRoutes(services: Services): Route[] {
  const { store, clock } = services;

  const requestCode = route({
    method: 'post',
    path: '/v1/auth/codes',
    tag: 'Sign-in',
    summary: 'Email a one-time sign-in code to a KOL (dev mode keeps it in the dev outbox).',
    description: 'A 6-digit code, valid 10 minutes; at most 5 per email an hour (then 429 with `Retry-After`). A new code replaces the last one.',
    access: 'caller',
    body: RequestCodeInput,
    response: CodeRequested,
    status: 201,
    errors: ['rate_limited'],
    handle: async (c, { body: { email } }) => {
      const now = clock.now();
      const code = newCode();
      const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
      const issued = await store.issueCode({
        email,
        codeHash: codeHash(email, code),
        now,
        expiresAt,
        maxPerHour: MAX_CODES_PER_HOUR,
      });
      if (!issued.ok) throw rateLimited(issued.retryAfterSeconds, m.tooManyCodes);
      // By email only (never WhatsApp), in the language of the page she signs in on.
      await services.mail.send(composeSignInCode(email, code, c.get('locale')));
      return { object: 'code_request' as const, email, expiresAt: expiresAt.toISOString() };
    },
  });

  const verifyCode = route({
    method: 'post',
    path: '/v1/auth/sessions',
    tag: 'Sign-in',
    summary: 'Exchange an emailed code for a KOL session.',
    description: 'A wrong code is 400 on `code`; an expired one the same, saying so; 5 wrong attempts burn the code (429).',
    access: 'caller',
    body: VerifyCodeInput,
    response: Session,
    status: 201,
    secret: true,
    errors: ['rate_limited'],
    handle: async (_c, { body: { email, code } }) => {
      const now = clock.now();
      const result = await store.checkCode({ email, codeHash: codeHash(email, code), now, maxAttempts: MAX_WRONG_ATTEMPTS });
      switch (result) {
        case 'burned':
          throw rateLimited(CODE_TTL_MS / 1000, m.codeBurned);
        case 'expired':
          throw validationError({ code: m.codeExpired }, m.codeExpired);
        case 'wrong':
        case 'missing':
          throw validationError({ code: m.codeWrong }, m.codeWrong);
        case 'ok':
          return await openSession(store, await store.ensureKol(email, null, now), now);
      }
    },
  });

  const createSession = route({
    method: 'post',
    path: '/v1/sessions',
    tag: 'Sign-in',
    summary: 'Mint a session server-side: a KOL’s for partner sites whose users are signed in, or a staff session for a person in a browser.',
    description:
      'A KOL session by `kolId`, or by `email` (the KOL is created if new); Orami keys only, since a KOL works across brands. ' +
      'A staff session (`sst_…`) when the body names a `role`: `brand` (for `brandId`, or the restricted key’s own brand) or ' +
      '`officer` (Orami keys only), with `permissions`, `expiresIn` seconds (default 3600, at most 43200) and the `actor` ' +
      'whose name history records. A restricted key asking for another brand gets 404.',
    access: 'officer',
    body: SessionCreateInput,
    response: SessionCreated,
    status: 201,
    secret: true,
    handle: async (_c, { caller, body: input }) => {
      const now = clock.now();
      if ('role' in input) {
        const opened = await openStaffSession(store, caller, input, now);
        if (opened.ok) return opened.session;
        switch (opened.reason) {
          case 'officer_needs_orami_key':
            throw permissionError(m.officerSessionNeedsOramiKey);
          case 'brand_required':
            throw validationError({ brandId: m.brandRequired }, m.brandRequired);
          case 'brand_not_found':
            throw notFound(m.brandNotFound);
        }
      }
      if (caller.brandId !== null) throw permissionError(m.kolSessionNeedsOramiKey);
      let kol;
      if ('kolId' in input) {
        kol = await store.getKol(input.kolId);
        if (!kol) throw notFound(m.kolNotFound);
      } else {
        kol = await store.ensureKol(input.email, input.name ?? null, now);
      }
      return await openSession(store, kol, now);
    },
  });

  const me = route({
    method: 'get',
    path: '/v1/me',
    tag: 'Sign-in',
    summary: 'The signed-in KOL’s profile.',
    access: 'kol',
    response: KolProfile,
    handle: async (_c, { caller }) => {
      const kol = await store.getKol(caller.kolId);
      if (!kol) throw notFound(m.kolNotFound);
      return kol;
    },
  });

  return [requestCode, verifyCode, createSession, me];
}
