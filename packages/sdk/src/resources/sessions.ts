import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request.js';
import type { Session } from '../schemas/auth.js';
import type { KolSessionCreateInput, SessionCreateInput, StaffSessionCreateInput } from '../schemas/session.input.js';
import type { StaffSession } from '../schemas/staff.js';

/** Sessions minted server-side with a secret key: for KOLs of partner sites, and for staff in a browser. */
export class Sessions extends APIResource {
  /**
   * Secret key: mint a session, and hand only its `token` to the browser.
   * - `{ role, brandId?, permissions, expiresIn?, actor }`: a staff session (`sst_…`) for a brand's person
   *   or an officer, with those permissions, 1 hour by default (12 at most);
   * - a KOL by id (`'kol_…'` or `{ kolId }`) or by `{ email, name? }` (created if new): a KOL session (`kst_…`).
   */
  create(input: StaffSessionCreateInput, options?: RequestOptions): Promise<StaffSession>;
  create(input: KolSessionCreateInput | string, options?: RequestOptions): Promise<Session>;
  create(input: SessionCreateInput | string, options?: RequestOptions): Promise<Session | StaffSession>;
  create(input: SessionCreateInput | string, options?: RequestOptions): Promise<Session | StaffSession> {
    const body = typeof input === 'string' ? { kolId: input } : input;
    return 'role' in body
      ? this._send('POST', '/v1/sessions', body, 'StaffSession', options)
      : this._send('POST', '/v1/sessions', body, 'Session', options);
  }
}
