import { Scalar } from '@scalar/hono-api-reference';
import * as z from 'zod/mini';
import { type Route, rawRoute, route } from '../http/route.js';
import { openApiDocument } from '../http/openapi.js';

/** The OpenAPI document is free-form JSON: its own validator checks it (`pnpm openapi:lint`). */
const OpenApiDocument = z.record(z.string(), z.unknown());

/**
 * `GET /v1/openapi.json`, the API described from its route declarations, and in dev mode `GET /docs`,
 * an interactive reference over it.
 */
export function referenceRoutes(routes: () => readonly Route[], version: string): Route[] {
  let document: Record<string, unknown> | undefined;
  const reference = Scalar({ url: '/v1/openapi.json', pageTitle: 'Ibu Sibuk API' });
  return [
    route({
      method: 'get',
      path: '/v1/openapi.json',
      tag: 'Reference',
      summary: 'This API as an OpenAPI 3.1 document.',
      access: 'anyone',
      response: OpenApiDocument,
      handle: () => (document ??= openApiDocument(routes(), { version })),
    }),
    rawRoute({
      method: 'get',
      path: '/docs',
      tag: 'Reference',
      summary: 'An interactive API reference (Scalar) over the OpenAPI document.',
      access: 'anyone',
      devOnly: true,
      hidden: true,
      produces: { 200: { contentType: 'text/html', description: 'The reference page.' } },
      handle: async (c) => (await reference(c as never, async () => {})) ?? c.notFound(),
    }),
  ];
}
