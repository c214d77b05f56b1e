import type { MiddlewareHandler } from 'hono';
import { localeFrom } from '../i18n/locale.js';
import { randomText } from '../ids.js';
import type { AppEnv } from './env.js';

/** Gives every request an id (also on errors and unknown routes) and its language. */
export const requestContext =
  (checkResponses: boolean): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const requestId = `req_${randomText(20)}`;
    c.set('requestId', requestId);
    c.set('locale', localeFrom(c.req.header('accept-language')));
    c.set('caller', null);
    c.set('checkResponses', checkResponses);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
  };
