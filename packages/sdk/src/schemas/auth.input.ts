import * as z from 'zod/mini';
import { KolId } from './common.js';
import { Email } from './kol.input.js';

// Request bodies of sign-in and sessions.

export const RequestCodeInput = z.object({ email: Email });
export type RequestCodeInput = z.input<typeof RequestCodeInput>;

export const VerifyCodeInput = z.object({
  email: Email,
  code: z.string().check(z.trim(), z.regex(/^[0-9]{6}$/, { error: 'code' })),
});
export type VerifyCodeInput = z.input<typeof VerifyCodeInput>;

/** Body of `POST /v1/sessions` (secret key): mint a session for a partner's signed-in user. */
export const SessionCreateInput = z.union([
  z.object({ kolId: KolId }),
  z.object({ email: Email, name: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(120))) }),
]);
export type SessionCreateInput = z.input<typeof SessionCreateInput>;
