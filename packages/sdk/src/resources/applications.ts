import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request.js';
import { path } from '../internal/path.js';
import type { Participation } from '../schemas/participation.js';
import type { ApplicationInput } from '../schemas/participation.input.js';

/** A KOL applying to a campaign. */
export class Applications extends APIResource {
  /**
   * KOL: apply to an open campaign. Returns her new participation, stage `applied`.
   * Unmet requirements are a `ValidationError`; applying twice an `InvalidTransitionError`.
   */
  create(campaignId: string, input: ApplicationInput, options?: RequestOptions): Promise<Participation> {
    return this._send('POST', path`/v1/campaigns/${campaignId}/applications`, input, 'Participation', options);
  }
}
