import * as z from 'zod/mini';
import { Timestamp } from './common.js';
import { KolProfile } from './kol.js';

// Response entities of sign-in and sessions. Request bodies are in auth.input.ts.

export const CodeRequested = z.object({
  object: z.literal('code_request'),
  email: z.string(),
  expiresAt: Timestamp,
});
export type CodeRequested = z.infer<typeof CodeRequested>;

/** A KOL session: the token acts as that KOL only. */
export const Session = z.object({
  object: z.literal('session'),
  token: z.string(),
  expiresAt: Timestamp,
  kol: KolProfile,
});
export type Session = z.infer<typeof Session>;

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
