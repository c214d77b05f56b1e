import { MoveResource } from '../core/move-resource.js';
import type { Action } from '../lifecycle.js';
import type { MoveInput } from '../schemas/move.input.js';
import type { ListParams, PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/request.js';
import { path } from '../internal/path.js';
import type { Participation } from '../schemas/participation.js';
import type { WatchOptions } from '../core/participation-watch.js';
import type { ParticipationListParams } from '../schemas/participation.input.js';

/** A KOL's place in one campaign, and the moves that take it through the lifecycle. */
export class Participations extends MoveResource {
  /** A KOL's own participations; an officer's, all of them. Await or `for await`. */
  list(params: ListParams<ParticipationListParams> = {}, options?: RequestOptions): PagePromise<Participation> {
    return this._list<Participation>('/v1/participations', 'ParticipationList', { ...params }, options);
  }

  /** One participation (another KOL's is a `NotFoundError`). */
  get(id: string, options?: RequestOptions): Promise<Participation> {
    return this._get(path`/v1/participations/${id}`, 'Participation', options);
  }

  /**
   * Follows a participation while a page is open: `onChange` gets it at once and after every change,
   * from the server's event stream (`GET /v1/participations/:id/stream`, read with fetch so the
   * credential goes in a header), or where streaming fails, from `get` every 5 s doubling to 60 s
   * while nothing changes. Resolves when `signal` aborts; rejects on a refusal (401, 403, 404).
   * The code is loaded on first use, so pages that never watch do not carry it.
   */
  async watch(id: string, options: WatchOptions): Promise<void> {
    const { watchParticipation } = await import('../core/participation-watch.js');
    return watchParticipation(this._requester, (pid, signal) => this.get(pid, { signal }), id, options);
  }

  /**
   * Any lifecycle move by its name in `MOVES`, for code that drives the lifecycle from data
   * (a back-office's buttons, a test). The named methods below are the same moves.
   */
  move<A extends Action>(action: A, id: string, input: MoveInput<A>, options?: RequestOptions): Promise<Participation> {
    return this._move(action, id, input, options);
  }

  /** KOL: confirm she has read the brief (`accepted` → `drafting`). */
  acknowledgeBrief(id: string, options?: RequestOptions): Promise<Participation> {
    return this._move('acknowledgeBrief', id, {}, options);
  }

  /** KOL: withdraw (`applied` or `accepted` → `withdrawn`). */
  withdraw(id: string, input: MoveInput<'withdraw'> = {}, options?: RequestOptions): Promise<Participation> {
    return this._move('withdraw', id, input, options);
  }

  /** Officer: accept an application (`applied` → `accepted`); fills a slot. */
  accept(id: string, input: MoveInput<'accept'> = {}, options?: RequestOptions): Promise<Participation> {
    return this._move('accept', id, input, options);
  }

  /** Officer: reject an application (`applied` → `rejected`), saying why. */
  reject(id: string, input: MoveInput<'reject'>, options?: RequestOptions): Promise<Participation> {
    return this._move('reject', id, input, options);
  }
}
