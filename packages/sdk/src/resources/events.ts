import { APIResource } from '../core/resource.js';
import type { ListParams, PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/request.js';
import type { Event } from '../schemas/event.js';
import type { EventListParams } from '../schemas/webhook.input.js';

/** Officer (secret key): what happened, newest first, as webhooks deliver it. */
export class Events extends APIResource {
  /** Events, newest first; filter by `type` or `participationId`. Await for a page, or `for await` over all. */
  list(params: ListParams<EventListParams> = {}, options?: RequestOptions): PagePromise<Event> {
    return this._list<Event>('/v1/events', 'EventList', { ...params }, options);
  }
}
