import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request.js';
import { path } from '../internal/path.js';
import { Participation } from '../schemas/participation.js';
import type { InsightInput, OptionalNoteInput, ReviewNoteInput } from '../schemas/participation.input.js';

/** The post's performance statistics and their verification. */
export class Insights extends APIResource {
  /** KOL: submit metrics per deliverable plus screenshots (`posted`/`insight_revision_requested` → `insight_review`). */
  submit(participationId: string, input: InsightInput, options?: RequestOptions): Promise<Participation> {
    return this._send('POST', path`/v1/participations/${participationId}/insights`, input, Participation, options);
  }

  /** Officer: verify the insight (`insight_review` → `completed`); creates a pending payout. */
  approve(participationId: string, input: OptionalNoteInput = {}, options?: RequestOptions): Promise<Participation> {
    return this._send('POST', path`/v1/participations/${participationId}/insights/approve`, input, Participation, options);
  }

  /** Officer: ask for a corrected insight (`insight_review` → `insight_revision_requested`). */
  requestFix(participationId: string, input: ReviewNoteInput, options?: RequestOptions): Promise<Participation> {
    return this._send('POST', path`/v1/participations/${participationId}/insights/request-fix`, input, Participation, options);
  }
}
