import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request.js';
import { path } from '../internal/path.js';
import { Participation } from '../schemas/participation.js';
import type { PayoutInput } from '../schemas/participation.input.js';

/** Paying the KOL. */
export class Payouts extends APIResource {
  /** Officer: record the payment (`completed` → `paid`). */
  record(participationId: string, input: PayoutInput, options?: RequestOptions): Promise<Participation> {
    return this._send('POST', path`/v1/participations/${participationId}/payout`, input, Participation, options);
  }
}
