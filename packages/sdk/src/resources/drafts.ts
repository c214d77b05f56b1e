import { MoveResource } from '../core/move-resource.js';
import type { RequestOptions } from '../core/request.js';
import type { Participation } from '../schemas/participation.js';
import type { MoveInput } from '../schemas/move.input.js';

/** Content drafts and their review rounds. */
export class Drafts extends MoveResource {
  /** KOL: submit the next draft version (`drafting`/`revision_requested` → `in_review`); media are her own uploads. */
  submit(participationId: string, input: MoveInput<'submitDraft'>, options?: RequestOptions): Promise<Participation> {
    return this._move('submitDraft', participationId, input, options);
  }

  /** Officer: send the draft back with feedback (`in_review` → `revision_requested`). */
  requestRevision(participationId: string, input: MoveInput<'requestRevision'>, options?: RequestOptions): Promise<Participation> {
    return this._move('requestRevision', participationId, input, options);
  }

  /** Officer: approve the draft (`in_review` → `approved`). */
  approve(participationId: string, input: MoveInput<'approveDraft'> = {}, options?: RequestOptions): Promise<Participation> {
    return this._move('approveDraft', participationId, input, options);
  }
}
