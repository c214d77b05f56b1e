import type { Locale, Permission, StaffRole } from '@ibusibuk/sdk';
import type { Logger } from '../ops/logger.js';

/** A person working through a staff session: what she may do, and who she is (for history). */
export interface Staff {
  role: StaffRole;
  permissions: readonly Permission[];
  actor: { name: string; email: string };
}

/**
 * Who is calling, from the Authorization header. The officer side is a secret key or a staff
 * session (`staff`); either may be restricted to one brand (`brandId`), null meaning every brand.
 */
export type Caller =
  | { role: 'public'; credentialHash: string; allowedOrigins: string[] }
  | { role: 'officer'; credentialHash: string; label: string; brandId: string | null; staff: Staff | null }
  | { role: 'kol'; credentialHash: string; kolId: string };

export type AppEnv = {
  Variables: {
    requestId: string;
    locale: Locale;
    caller: Caller | null;
    /** Parse responses with their SDK schemas before sending. */
    checkResponses: boolean;
    /** The server's logger with this request's id. */
    log: Logger;
  };
};
