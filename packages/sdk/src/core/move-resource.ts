import { MOVES, type Action } from '../lifecycle.js';
import type { MoveInput } from '../schemas/move.input.js';
import { path } from '../internal/path.js';
import type { Participation } from '../schemas/participation.js';
import { APIResource } from './resource.js';
import type { RequestOptions } from './request.js';

/** Base of the resources whose methods are lifecycle moves: each sends its move to the endpoint `MOVES` names. */
export abstract class MoveResource extends APIResource {
  /** @hidden */
  protected _move<A extends Action>(action: A, participationId: string, input: MoveInput<A>, options?: RequestOptions): Promise<Participation> {
    return this._send('POST', `${path`/v1/participations/${participationId}`}/${MOVES[action].path}`, input, 'Participation', options);
  }
}
