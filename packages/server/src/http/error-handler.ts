import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTPException } from 'hono/http-exception';
import type { ErrorBody } from '@ibusibuk/sdk';
import { ApiError, payloadTooLarge } from '../errors.js';
import { localize } from '../i18n/locale.js';
import { messages as m } from '../i18n/messages.js';
import type { Logger } from '../ops/logger.js';
import type { AppEnv } from './env.js';

/** The one place an error becomes a response: `{ error: { code, message, fields?, requestId } }`. */
export const errorResponse = (c: Context<AppEnv>, error: ApiError): Response => {
  const locale = c.get('locale') ?? 'id';
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: localize(error.text, locale),
      ...(error.fields
        ? { fields: Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, localize(v, locale)])) }
        : {}),
      requestId: c.get('requestId') ?? 'req_unknown',
    },
  };
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.json(body, error.status as ContentfulStatusCode);
};

export const onError =
  (logger: Logger): ErrorHandler<AppEnv> =>
  (err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err);
    if (err instanceof HTTPException && err.status === 413) return errorResponse(c, payloadTooLarge());
    // Unknown failures are logged here and reported without their details.
    (c.get('log') ?? logger).error({ err, requestId: c.get('requestId') }, 'unexpected error');
    return errorResponse(c, new ApiError(500, 'internal_error', m.internal));
  };

export const onNotFound: NotFoundHandler<AppEnv> = (c) =>
  errorResponse(c, new ApiError(404, 'not_found', m.routeNotFound(c.req.method, c.req.path)));
