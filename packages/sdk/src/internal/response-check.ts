import type * as z from 'zod/mini';
import * as schemas from './response-schemas.js';
import { parseResponse } from './parse.js';
import type { ResponseMeta } from './response-json.js';

/** The name of a schema in {@link schemas}: what a resource says its answer is. */
export type ResponseName = keyof typeof schemas;

/** What an answer of schema `N` is, once checked (or trusted). */
export type ResponseOf<N extends ResponseName> = z.output<(typeof schemas)[N]>;

/** Checks `body` against the schema called `name`; throws ResponseValidationError naming the first wrong field. */
export function checkResponse<N extends ResponseName>(name: N, body: unknown, meta: ResponseMeta): ResponseOf<N> {
  return parseResponse(schemas[name] as z.ZodMiniType, body, meta) as ResponseOf<N>;
}
