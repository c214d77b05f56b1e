import * as z from 'zod/mini';
import { KolId, Timestamp } from './common.js';
import { Email, KolProfile } from './kol.js';

export const RequestCodeInput = z.object({ email: Email });
export type RequestCodeInput = z.input<typeof RequestCodeInput>;

export const CodeRequested = z.object({
  object: z.literal('code_request'),
  email: z.string(),
  expiresAt: Timestamp,
});
export type CodeRequested = z.infer<typeof CodeRequested>;

export const VerifyCodeInput = z.object({
  email: Email,
  code: z.string().check(z.trim(), z.regex(/^[0-9]{6}$/, { error: 'code' })),
});
export type VerifyCodeInput = z.input<typeof VerifyCodeInput>;

/** A KOL session: the token acts as that KOL only. */
export const Session = z.object({
  object: z.literal('session'),
  token: z.string(),
  expiresAt: Timestamp,
  kol: KolProfile,
});
export type Session = z.infer<typeof Session>;

/** Body of `POST /v1/sessions` (secret key): mint a session for a partner's signed-in user. */
export const SessionCreateInput = z.union([
  z.object({ kolId: KolId }),
  z.object({ email: Email, name: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(120))) }),
]);
export type SessionCreateInput = z.input<typeof SessionCreateInput>;

/** A message kept by the dev-mode outbox instead of being sent. */
export const OutboxMessage = z.object({
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  code: z.nullable(z.string()),
  sentAt: Timestamp,
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;

export const Outbox = z.object({ object: z.literal('list'), data: z.array(OutboxMessage) });
