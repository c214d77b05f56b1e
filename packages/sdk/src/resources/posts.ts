import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request.js';
import { path } from '../internal/path.js';
import { Participation } from '../schemas/participation.js';
import type { PostInput } from '../schemas/participation.input.js';

/** The published post. */
export class Posts extends APIResource {
  /** KOL: give the live post's URL, on one of the campaign's platforms (`approved` → `posted`). */
  submit(participationId: string, input: PostInput, options?: RequestOptions): Promise<Participation> {
    return this._send('POST', path`/v1/participations/${participationId}/post`, input, Participation, options);
  }
}
