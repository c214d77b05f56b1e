import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as z from 'zod/mini';
import type { AppEnv } from './env.js';

/**
 * Sends `body` as JSON. With response checks on (dev mode), the body must parse
 * with its SDK schema first: a mismatch is a server bug and becomes a 500.
 */
export function respond<S extends z.ZodMiniType>(
  c: Context<AppEnv>,
  schema: S,
  body: z.output<S>,
  status: ContentfulStatusCode = 200,
): Response {
  if (c.get('checkResponses')) {
    const result = z.safeParse(schema, body);
    if (!result.success) {
      throw new Error(`response does not match its schema: ${JSON.stringify(result.error.issues.slice(0, 3))}`);
    }
  }
  const text = JSON.stringify(body);
  // What c.json sends, keeping the text so the idempotency middleware can store it without cloning the stream.
  const res = c.body(text, status, { 'Content-Type': 'application/json' });
  jsonTexts.set(res, text);
  return res;
}

const jsonTexts = new WeakMap<Response, string>();

/** The JSON text `respond` made `res` from, if it did. */
export const jsonTextOf = (res: Response): string | undefined => jsonTexts.get(res);
