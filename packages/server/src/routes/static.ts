import { Hono } from 'hono';
import type { Context } from 'hono';
import { coverSvg, logoSvg } from '../artwork/svg.js';
import { notFound } from '../errors.js';
import type { AppEnv } from '../http/env.js';

const NAME = /^([a-z0-9-]{1,80})\.svg$/;

/** Generated demo artwork: `/static/covers/:name.svg` and `/static/logos/:name.svg`. */
export function staticRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const serve = (draw: (name: string) => string) => (c: Context<AppEnv>) => {
    const match = NAME.exec(c.req.param('file') ?? '');
    if (!match) throw notFound();
    return c.body(draw(match[1]!), 200, {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=86400',
    });
  };
  app.get('/covers/:file', serve(coverSvg));
  app.get('/logos/:file', serve(logoSvg));
  return app;
}
