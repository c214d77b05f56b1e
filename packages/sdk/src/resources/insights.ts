import { MoveResource } from '../core/move-resource.js';
import type { RequestOptions } from '../core/request.js';
import type { Participation } from '../schemas/participation.js';
import type { MoveInput } from '../schemas/move.input.js';

/** The post's performance statistics and their verification. */
export class Insights extends MoveResource {
  /** KOL: submit metrics per deliverable plus screenshots (`posted`/`insight_revision_requested` → `insight_review`). */
  submit(participationId: string, input: MoveInput<'submitInsight'>, options?: RequestOptions): Promise<Participation> {
    return this._move('submitInsight', participationId, input, options);
  }

  /** Officer: verify the insight (`insight_review` → `completed`); creates a pending payout. */
  approve(participationId: string, input: MoveInput<'approveInsight'> = {}, options?: RequestOptions): Promise<Participation> {
    return this._move('approveInsight', participationId, input, options);
  }

  /** Officer: ask for a corrected insight (`insight_review` → `insight_revision_requested`). */
  requestFix(participationId: string, input: MoveInput<'requestInsightFix'>, options?: RequestOptions): Promise<Participation> {
    return this._move('requestInsightFix', participationId, input, options);
  }
}
