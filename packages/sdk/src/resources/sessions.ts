import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request.js';
import { Session } from '../schemas/auth.js';
import type { SessionCreateInput } from '../schemas/auth.input.js';

/** KOL sessions minted server-side, for partner sites whose users are already signed in. */
export class Sessions extends APIResource {
  /**
   * Secret key: mint a session for a KOL, by id (`'kol_…'` or `{ kolId }`) or by
   * `{ email, name? }` (created if new). Hand only the `token` to the browser.
   */
  create(input: SessionCreateInput | string, options?: RequestOptions): Promise<Session> {
    const body = typeof input === 'string' ? { kolId: input } : input;
    return this._send('POST', '/v1/sessions', body, Session, options);
  }
}
