import type { Context } from 'hono';
import * as z from 'zod/mini';
import { validate } from '@ibusibuk/sdk';
import { validationError } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import type { AppEnv } from './env.js';

/** The JSON body parsed with `schema`; an empty body counts as `{}`. Errors carry localized per-field messages. */
export async function readJson<S extends z.ZodMiniType>(c: Context<AppEnv>, schema: S): Promise<z.output<S>> {
  const text = await c.req.text();
  let data: unknown = {};
  if (text.trim() !== '') {
    try {
      data = JSON.parse(text);
    } catch {
      throw validationError({}, m.invalidJson);
    }
  }
  return check(c, schema, data);
}

/** The query string parsed with `schema`. */
export function readQuery<S extends z.ZodMiniType>(c: Context<AppEnv>, schema: S): z.output<S> {
  // A valid query's output depends only on its text: embeds repeat the same few, so each is validated once.
  // Outputs are shared between requests and must not be mutated.
  const url = c.req.url;
  const at = url.indexOf('?');
  const text = at === -1 ? '' : url.slice(at);
  let outputs = validQueries.get(schema);
  const known = outputs?.get(text);
  if (known !== undefined) return known as z.output<S>;
  const output = check(c, schema, c.req.query());
  if (!outputs) validQueries.set(schema, (outputs = new Map()));
  if (outputs.size >= 500) outputs.clear();
  outputs.set(text, output);
  return output;
}

const validQueries = new WeakMap<z.ZodMiniType, Map<string, unknown>>();

function check<S extends z.ZodMiniType>(c: Context<AppEnv>, schema: S, data: unknown): z.output<S> {
  const result = validate(schema, data, c.get('locale'));
  if (!result.success) throw validationError(result.fields);
  return result.data;
}

// Parsed once per request: a list page makes two absolute links per campaign.
const origins = new WeakMap<Context<AppEnv>, string>();

/** The server's own origin as the caller reached it, for absolute links. */
export function originOf(c: Context<AppEnv>): string {
  let origin = origins.get(c);
  if (origin === undefined) {
    origin = new URL(c.req.url).origin;
    origins.set(c, origin);
  }
  return origin;
}

/** A plain absolute path (no dot segments, nothing URL parsing would escape or drop): origin + path is what `new URL` gives. */
const PLAIN_PATH = /^\/(?!\/)(?:[A-Za-z0-9\-_~!$&'()*+,;=:@]|\.(?![./?#]|$)|\/(?!\.))*$/;

/** `path` made absolute against the server's origin; absolute URLs pass through. */
export function absolute(c: Context<AppEnv>, path: string | null): string | null {
  if (path === null || /^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
  if (PLAIN_PATH.test(path)) return originOf(c) + path;
  return new URL(path, originOf(c)).toString();
}
