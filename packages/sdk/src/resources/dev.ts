import type * as z from 'zod/mini';
import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request.js';
import type { Outbox } from '../schemas/auth.js';
import type { DevClock, DevClockInput } from '../schemas/dev.js';

/** The dev outbox: messages the server keeps instead of sending. */
export type OutboxList = z.infer<typeof Outbox>;

/** Endpoints that exist only when the server runs in dev mode: the outbox of kept messages, a clock to move. */
export class Dev extends APIResource {
  /** Messages (sign-in codes) the server would have emailed, newest first; filter by recipient. */
  outbox(email?: string, options?: RequestOptions): Promise<OutboxList> {
    return this._get('/v1/dev/outbox', 'Outbox', options, { email });
  }

  /**
   * Moves the dev server's clock forward by `advanceMs` and lets the campaign's clock run
   * (reminders, automatic approvals, messages), so deadlines can be watched without waiting.
   */
  advanceClock(input: DevClockInput, options?: RequestOptions): Promise<DevClock> {
    return this._send('POST', '/v1/dev/clock', input, 'DevClock', options);
  }
}
