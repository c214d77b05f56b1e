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
  return check(c, schema, c.req.query());
}

function check<S extends z.ZodMiniType>(c: Context<AppEnv>, schema: S, data: unknown): z.output<S> {
  const result = validate(schema, data, c.get('locale'));
  if (!result.success) throw validationError(result.fields);
  return result.data;
}

/** The server's own origin as the caller reached it, for absolute links. */
export const originOf = (c: Context<AppEnv>): string => new URL(c.req.url).origin;

/** `path` made absolute against the server's origin; absolute URLs pass through. */
export function absolute(c: Context<AppEnv>, path: string | null): string | null {
  if (path === null || /^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
  return new URL(path, originOf(c)).toString();
}
