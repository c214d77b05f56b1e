import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request.js';
import { path } from '../internal/path.js';
import type { PayoutProfile } from '../schemas/payout-details.js';
import type { PayoutProfileInput } from '../schemas/payout-details.input.js';

/** Where a KOL's fees go (a bank account or an e-wallet) and her tax id: once, for every campaign. */
export class PayoutProfiles extends APIResource {
  /** KOL: her payout details and tax id (in full: they are hers). */
  get(options?: RequestOptions): Promise<PayoutProfile> {
    return this._get('/v1/me/payout-profile', 'PayoutProfile', options);
  }

  /** KOL: give or change them; a tax id (NPWP, or NIK as NPWP) lowers the tax withheld from her fees. */
  update(input: PayoutProfileInput, options?: RequestOptions): Promise<PayoutProfile> {
    return this._send('PUT', '/v1/me/payout-profile', input, 'PayoutProfile', options);
  }

  /** Officer: where to transfer a participation's fee. */
  forParticipation(participationId: string, options?: RequestOptions): Promise<PayoutProfile> {
    return this._get(path`/v1/participations/${participationId}/payout-profile`, 'PayoutProfile', options);
  }
}
