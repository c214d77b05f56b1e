import { MoveResource } from '../core/move-resource.js';
import type { RequestOptions } from '../core/request.js';
import type { Participation } from '../schemas/participation.js';
import type { MoveInput } from '../schemas/move.input.js';

/** The published post. */
export class Posts extends MoveResource {
  /** KOL: give the live post's URL, on one of the campaign's platforms (`approved` → `posted`). */
  submit(participationId: string, input: MoveInput<'submitPost'>, options?: RequestOptions): Promise<Participation> {
    return this._move('submitPost', participationId, input, options);
  }
}
