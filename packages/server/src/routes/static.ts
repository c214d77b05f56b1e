import { coverSvg, logoSvg } from '../artwork/svg.js';
import { notFound } from '../errors.js';
import { type Route, rawRoute } from '../http/route.js';

const NAME = /^([a-z0-9-]{1,80})\.svg$/;

/** Generated demo artwork: `/static/covers/:file` and `/static/logos/:file` (`name.svg`). */
export function staticRoutes(): Route[] {
  const serve = (path: string, draw: (name: string) => string) =>
    rawRoute({
      method: 'get',
      path,
      tag: 'Demo',
      summary: 'Generated demo artwork.',
      access: 'anyone',
      hidden: true,
      produces: { 200: { contentType: 'image/svg+xml', description: 'An SVG picture.' } },
      handle: (c) => {
        const match = NAME.exec(c.req.param('file') ?? '');
        if (!match) throw notFound();
        return c.body(draw(match[1]!), 200, {
          'Content-Type': 'image/svg+xml; charset=utf-8',
          'Cache-Control': 'public, max-age=86400',
        });
      },
    });
  return [serve('/static/covers/:file', coverSvg), serve('/static/logos/:file', logoSvg)];
}
