import { MoveResource } from '../core/move-resource.js';
import type { RequestOptions } from '../core/request.js';
import type { Participation } from '../schemas/participation.js';
import type { MoveInput } from '../schemas/move.input.js';

/** Paying the KOL. */
export class Payouts extends MoveResource {
  /** Officer: record the payment (`completed` → `paid`). */
  record(participationId: string, input: MoveInput<'recordPayout'>, options?: RequestOptions): Promise<Participation> {
    return this._move('recordPayout', participationId, input, options);
  }
}
