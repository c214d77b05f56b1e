import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request.js';
import { path } from '../internal/path.js';
import { Participation } from '../schemas/participation.js';
import type { DraftInput, OptionalNoteInput, ReviewNoteInput } from '../schemas/participation.input.js';

/** Content drafts and their review rounds. */
export class Drafts extends APIResource {
  /** KOL: submit the next draft version (`drafting`/`revision_requested` → `in_review`); media are her own uploads. */
  submit(participationId: string, input: DraftInput, options?: RequestOptions): Promise<Participation> {
    return this._send('POST', path`/v1/participations/${participationId}/drafts`, input, Participation, options);
  }

  /** Officer: send the draft back with feedback (`in_review` → `revision_requested`). */
  requestRevision(participationId: string, input: ReviewNoteInput, options?: RequestOptions): Promise<Participation> {
    return this._send('POST', path`/v1/participations/${participationId}/drafts/request-revision`, input, Participation, options);
  }

  /** Officer: approve the draft (`in_review` → `approved`). */
  approve(participationId: string, input: OptionalNoteInput = {}, options?: RequestOptions): Promise<Participation> {
    return this._send('POST', path`/v1/participations/${participationId}/drafts/approve`, input, Participation, options);
  }
}
