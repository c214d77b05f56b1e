import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request.js';
import type { CodeRequested, Session } from '../schemas/auth.js';

/** KOL sign-in by a one-time code sent to her email. Works with a publishable key. */
export class Auth extends APIResource {
  /** Send a 6-digit sign-in code to `email` (valid 10 minutes; at most 5 per hour). */
  requestCode(email: string, options?: RequestOptions): Promise<CodeRequested> {
    return this._send('POST', '/v1/auth/codes', { email }, 'CodeRequested', options);
  }

  /**
   * Exchange the code for a KOL session. Use its `token` with
   * `client.withSession(token)` or `client.setSessionToken(token)`.
   */
  verifyCode(email: string, code: string, options?: RequestOptions): Promise<Session> {
    return this._send('POST', '/v1/auth/sessions', { email, code }, 'Session', options);
  }
}
