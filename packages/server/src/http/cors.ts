import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { originAllowed } from './origins.js';

// The tus headers let a page upload resumably (/v1/uploads/tus) and read where its upload is.
const TUS_REQUEST_HEADERS = 'tus-resumable, upload-length, upload-offset, upload-metadata, upload-defer-length, upload-concat, x-http-method-override';
const TUS_RESPONSE_HEADERS = 'location, tus-resumable, tus-version, tus-extension, tus-max-size, upload-offset, upload-length, upload-metadata, upload-expires';
const ALLOW_HEADERS = `authorization, content-type, idempotency-key, accept-language, x-client, ${TUS_REQUEST_HEADERS}`;
const EXPOSE_HEADERS = `x-request-id, retry-after, ${TUS_RESPONSE_HEADERS}`;
const ALLOW_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';

/**
 * CORS for origins some publishable key allows. Responses to secret-key calls
 * never carry CORS headers, so a browser cannot read them; a staff session (`sst_…`) is made
 * for the browser (the staff console), so its responses do.
 */
export const cors =
  (allowedOrigins: () => readonly string[]): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && originAllowed(origin, allowedOrigins());
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      const headers: Record<string, string> = { Vary: 'Origin' };
      if (allowed) {
        Object.assign(headers, {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': ALLOW_METHODS,
          'Access-Control-Allow-Headers': ALLOW_HEADERS,
          'Access-Control-Max-Age': '600',
        });
      }
      return c.body(null, 204, headers);
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
    const caller = c.get('caller');
    const secretKey = caller?.role === 'officer' && caller.staff === null;
    if (allowed && !secretKey) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
  };
