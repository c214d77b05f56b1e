import * as z from 'zod/mini';
import { BrandId, KolId } from './common.js';
import { Email } from './kol.input.js';
import { Permission, StaffRole } from './staff.js';

// Bodies of `POST /v1/sessions` (secret key): sessions for people a server has already signed in.
// Apart from auth.input.ts, which the sign-in form imports.

/** Default and longest lifetime of a staff session, in seconds. */
export const STAFF_SESSION_DEFAULT_SECONDS = 3600;
export const STAFF_SESSION_MAX_SECONDS = 12 * 3600;

/** A KOL session for a partner's signed-in user: by id, or by email (created if new). */
const KolById = z.object({ kolId: KolId });
const KolByEmail = z.object({ email: Email, name: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(120))) });
export const KolSessionCreateInput = z.union([KolById, KolByEmail]);
export type KolSessionCreateInput = z.input<typeof KolSessionCreateInput>;

/**
 * A staff session. `brandId` is required for `role: 'brand'` with an unrestricted key, and is the
 * key's own brand with a restricted one; `role: 'officer'` needs an unrestricted key.
 */
export const StaffSessionCreateInput = z.object({
  role: StaffRole,
  brandId: z.optional(BrandId),
  permissions: z.array(Permission).check(z.maxLength(Permission.options.length)),
  /** Seconds; default 1 hour, at most 12. */
  expiresIn: z.optional(z.number().check(z.int(), z.minimum(60), z.maximum(STAFF_SESSION_MAX_SECONDS))),
  actor: z.object({ name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)), email: Email }),
});
export type StaffSessionCreateInput = z.input<typeof StaffSessionCreateInput>;

/** Body of `POST /v1/sessions`: a staff session when it names a `role`, else a KOL session. */
export const SessionCreateInput = z.union([StaffSessionCreateInput, KolById, KolByEmail]);
export type SessionCreateInput = z.input<typeof SessionCreateInput>;
