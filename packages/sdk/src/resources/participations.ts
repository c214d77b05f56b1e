import { APIResource } from '../core/resource.js';
import type { ListParams, PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/request.js';
import { path } from '../internal/path.js';
import { listOf } from '../schemas/common.js';
import { Participation } from '../schemas/participation.js';
import type { OptionalNoteInput, ParticipationListParams, ReviewNoteInput } from '../schemas/participation.input.js';

const ParticipationList = listOf(Participation);

/** A KOL's place in one campaign, and the moves that take it through the lifecycle. */
export class Participations extends APIResource {
  /** A KOL's own participations; an officer's, all of them. Await or `for await`. */
  list(params: ListParams<ParticipationListParams> = {}, options?: RequestOptions): PagePromise<Participation> {
    return this._list<Participation, typeof ParticipationList>('/v1/participations', ParticipationList, { ...params }, options);
  }

  /** One participation (another KOL's is a `NotFoundError`). */
  get(id: string, options?: RequestOptions): Promise<Participation> {
    return this._get(path`/v1/participations/${id}`, Participation, options);
  }

  /** KOL: confirm she has read the brief (`accepted` → `drafting`). */
  acknowledgeBrief(id: string, options?: RequestOptions): Promise<Participation> {
    return this._send('POST', path`/v1/participations/${id}/acknowledge-brief`, undefined, Participation, options);
  }

  /** KOL: withdraw (`applied` or `accepted` → `withdrawn`). */
  withdraw(id: string, input: OptionalNoteInput = {}, options?: RequestOptions): Promise<Participation> {
    return this._send('POST', path`/v1/participations/${id}/withdraw`, input, Participation, options);
  }

  /** Officer: accept an application (`applied` → `accepted`); fills a slot. */
  accept(id: string, input: OptionalNoteInput = {}, options?: RequestOptions): Promise<Participation> {
    return this._send('POST', path`/v1/participations/${id}/accept`, input, Participation, options);
  }

  /** Officer: reject an application (`applied` → `rejected`), saying why. */
  reject(id: string, input: ReviewNoteInput, options?: RequestOptions): Promise<Participation> {
    return this._send('POST', path`/v1/participations/${id}/reject`, input, Participation, options);
  }
}
