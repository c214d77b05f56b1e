import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request.js';
import type { KolProfile } from '../schemas/kol.js';

/** The signed-in KOL. */
export class Me extends APIResource {
  /** The profile of the KOL whose session token the client holds. */
  get(options?: RequestOptions): Promise<KolProfile> {
    return this._get('/v1/me', 'KolProfile', options);
  }
}
