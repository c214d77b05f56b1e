import type * as z from 'zod/mini';
import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request.js';
import { Outbox } from '../schemas/auth.js';

/** The dev outbox: messages the server keeps instead of sending. */
export type OutboxList = z.infer<typeof Outbox>;

/** Endpoints that exist only when the server runs in dev mode. */
export class Dev extends APIResource {
  /** Messages (sign-in codes) the server would have emailed, newest first; filter by recipient. */
  outbox(email?: string, options?: RequestOptions): Promise<OutboxList> {
    return this._get('/v1/dev/outbox', Outbox, options, { email });
  }
}
