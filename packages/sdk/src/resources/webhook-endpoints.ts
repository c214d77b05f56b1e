import { APIResource } from '../core/resource.js';
import type { ListParams, PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/request.js';
import { path } from '../internal/path.js';
import type {
  WebhookEndpoint,
  WebhookEndpointDeleted,
  WebhookDelivery,
} from '../schemas/webhook.js';
import type {
  WebhookEndpointCreateInput,
  WebhookEndpointUpdateInput,
  WebhookListParams,
} from '../schemas/webhook.input.js';

/** Officer (secret key): URLs that receive signed events (Standard Webhooks), and how deliveries went. */
export class WebhookEndpoints extends APIResource {
  /** A new endpoint; the answer carries its signing `secret`, the only time it is shown. */
  create(input: WebhookEndpointCreateInput, options?: RequestOptions): Promise<WebhookEndpoint> {
    return this._send('POST', '/v1/webhook_endpoints', input, 'WebhookEndpoint', options);
  }

  /** Endpoints, newest first. */
  list(params: ListParams<WebhookListParams> = {}, options?: RequestOptions): PagePromise<WebhookEndpoint> {
    return this._list<WebhookEndpoint>(
      '/v1/webhook_endpoints',
      'WebhookEndpointList',
      { ...params },
      options,
    );
  }

  /** One endpoint by id (`we_…`), without its secret. */
  get(id: string, options?: RequestOptions): Promise<WebhookEndpoint> {
    return this._get(path`/v1/webhook_endpoints/${id}`, 'WebhookEndpoint', options);
  }

  /** Change its URL, events or description, or switch it off (`status: 'disabled'`) and back on. */
  update(id: string, input: WebhookEndpointUpdateInput, options?: RequestOptions): Promise<WebhookEndpoint> {
    return this._send('PATCH', path`/v1/webhook_endpoints/${id}`, input, 'WebhookEndpoint', options);
  }

  /** Delete an endpoint: it receives nothing more, pending deliveries included. */
  delete(id: string, options?: RequestOptions): Promise<WebhookEndpointDeleted> {
    return this._requester.request({ method: 'DELETE', path: path`/v1/webhook_endpoints/${id}`, response: 'WebhookEndpointDeleted' }, options);
  }

  /** Deliveries to this endpoint, newest first: attempts, last answer, next attempt. */
  deliveries(
    id: string,
    params: ListParams<WebhookListParams> = {},
    options?: RequestOptions,
  ): PagePromise<WebhookDelivery> {
    return this._list<WebhookDelivery>(
      path`/v1/webhook_endpoints/${id}/deliveries`,
      'WebhookDeliveryList',
      { ...params },
      options,
    );
  }
}
