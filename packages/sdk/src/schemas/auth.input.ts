import * as z from 'zod/mini';
import { Email } from './kol.input.js';

// Request bodies of sign-in and sessions.

export const RequestCodeInput = z.object({ email: Email });
export type RequestCodeInput = z.input<typeof RequestCodeInput>;

export const VerifyCodeInput = z.object({
  email: Email,
  code: z.string().check(z.trim(), z.regex(/^[0-9]{6}$/, { error: 'code' })),
});
export type VerifyCodeInput = z.input<typeof VerifyCodeInput>;
