import type { ResponseName, ResponseOf } from '../internal/response-check.js';
import { Page, PagePromise, type PageBody } from './pagination.js';
import type { BaseClient } from './base-client.js';
import type { APIRequester, HttpMethod, Query, RequestOptions } from './request.js';

/**
 * Base of the resource classes: each method is one endpoint. A resource is
 * stateless and cheap: `new Campaigns(client)` on any {@link BaseClient}.
 */
export abstract class APIResource {
  /** @hidden */
  protected readonly _requester: APIRequester;

  constructor(client: BaseClient) {
    this._requester = client._requester;
  }

  /** @hidden */
  protected _get<N extends ResponseName>(path: string, response: N, options?: RequestOptions, query?: Query): Promise<ResponseOf<N>> {
    return this._requester.request({ method: 'GET', path, response, query }, options);
  }

  /**
   * A body-less action still sends `{}`, so every POST has a JSON body to hash for idempotency.
   * @hidden
   */
  protected _send<N extends ResponseName>(method: HttpMethod, path: string, body: unknown, response: N, options?: RequestOptions): Promise<ResponseOf<N>> {
    return this._requester.request({ method, path, response, body: body ?? {} }, options);
  }

  /** @hidden */
  protected _list<T>(path: string, response: ResponseName, query: Query, options?: RequestOptions): PagePromise<T> {
    const load = async (cursor: string | undefined): Promise<Page<T>> => {
      const body = (await this._get(path, response, options, { ...query, cursor })) as unknown as PageBody<T>;
      return new Page<T>(body, (next) => load(next));
    };
    return new PagePromise(load(query.cursor === undefined ? undefined : String(query.cursor)));
  }
}
