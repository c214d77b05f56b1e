import type * as z from 'zod/mini';
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
  protected _get<S extends z.ZodMiniType>(path: string, schema: S, options?: RequestOptions, query?: Query) {
    return this._requester.request({ method: 'GET', path, schema, query }, options);
  }

  /**
   * A body-less action still sends `{}`, so every POST has a JSON body to hash for idempotency.
   * @hidden
   */
  protected _send<S extends z.ZodMiniType>(method: HttpMethod, path: string, body: unknown, schema: S, options?: RequestOptions) {
    return this._requester.request({ method, path, schema, body: body ?? {} }, options);
  }

  /** @hidden */
  protected _list<T, S extends z.ZodMiniType<PageBody<T>>>(
    path: string,
    schema: S,
    query: Query,
    options?: RequestOptions,
  ): PagePromise<T> {
    const load = async (cursor: string | undefined): Promise<Page<T>> => {
      const body = (await this._get(path, schema, options, { ...query, cursor })) as PageBody<T>;
      return new Page<T>(body, (next) => load(next));
    };
    return new PagePromise(load(query.cursor === undefined ? undefined : String(query.cursor)));
  }
}
