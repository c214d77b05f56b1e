import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { CampaignListParams, isLocale, type Locale } from '@ibusibuk/sdk';
import { renderCampaignHtml, renderCampaignListHtml } from '../embed/render.js';
import type { AppEnv } from '../http/env.js';
import { presentCampaign } from '../http/present.js';
import { readQuery } from '../http/request.js';
import { type Route, rawRoute } from '../http/route.js';
import type { Services } from '../services.js';
import { visibleCampaignOf, visibleCampaigns } from './campaigns.js';

/** Short: slots fill up and deadlines pass; the ETag makes a revalidation cheap. */
const CACHE_CONTROL = 'private, max-age=60';

const HTML_ANSWERS = {
  200: { contentType: 'text/html', description: 'The element with its shadow root as declarative shadow DOM, and the data it was rendered from.' },
  304: { description: 'Unchanged since the `If-None-Match` ETag.' },
} as const;

/** `?locale=id|en` first, then the request's language (Accept-Language). */
function localeOf(c: Context<AppEnv>): Locale {
  const asked = c.req.query('locale');
  return isLocale(asked) ? asked : c.get('locale');
}

/** One rendering, as sent: its ETag and, made once, its gzip form (the HTML is mostly the element's styles). */
interface Rendered {
  markup: string;
  etag: string;
  gzip?: Buffer;
}

const rendered = (markup: string): Rendered => ({ markup, etag: `W/"${createHash('sha256').update(markup).digest('base64url').slice(0, 27)}"` });

/** The rendered HTML with its ETag, gzipped when the caller takes it; a 304 when the caller holds it already. */
function answerHtml(c: Context<AppEnv>, page: Rendered): Response {
  const headers: Record<string, string> = { ETag: page.etag, 'Cache-Control': CACHE_CONTROL, Vary: 'Accept-Language, Accept-Encoding, Authorization' };
  const held = c.req.header('if-none-match')?.split(',').map((tag) => tag.trim());
  if (held?.some((tag) => tag === '*' || tag.replace(/^W\//, '') === page.etag.slice(2))) return c.body(null, 304, headers);
  headers['Content-Type'] = 'text/html; charset=utf-8';
  if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    page.gzip ??= gzipSync(page.markup);
    return c.body(new Uint8Array(page.gzip), 200, { ...headers, 'Content-Encoding': 'gzip' });
  }
  return c.body(page.markup, 200, headers);
}

/**
 * Renderings of campaigns, by what they were rendered from: the presented campaign (so an edit,
 * or another origin's URLs, is another key), the language and the hour (the card counts the days
 * left to apply). Keyed by text, so it works the same whatever store the campaign came from.
 */
const campaignPages = new Map<string, Rendered>();
const CAMPAIGN_PAGES_MAX = 500;

/**
 * The campaign and the campaign list as HTML (cards that arrive as HTML): for a brand's or
 * Orami's server to include in its page, and for the CDN loader to insert before the
 * element's code arrives. Same access and filters as their JSON twins.
 */
export function embedRoutes(services: Services): Route[] {
  const campaign = rawRoute({
    method: 'get',
    path: '/v1/embed/campaigns/:id',
    tag: 'Campaigns',
    summary: 'One campaign as HTML: `<ibusibuk-campaign>` rendered on the server, ready to hydrate.',
    description:
      'By id (`cmp_…`) or slug, in `?locale=id|en` or the `Accept-Language` language. The element’s shadow root comes as declarative shadow DOM (`<template shadowrootmode="open">`) and the campaign as `<script type="application/json" data-ibusibuk-data>` inside it, so the element hydrates without fetching again. Cacheable: `ETag` (answers 304 to `If-None-Match`) and a short `max-age`.',
    access: 'caller',
    errors: ['not_found'],
    produces: HTML_ANSWERS,
    handle: async (c, { caller }) => {
      const key = c.req.param('id')!;
      const found = presentCampaign(c, await visibleCampaignOf(services, caller, key));
      const locale = localeOf(c);
      const which = `${locale} ${key} ${Math.floor(Date.now() / 3_600_000)} ${JSON.stringify(found)}`;
      let page = campaignPages.get(which);
      if (!page) {
        if (campaignPages.size >= CAMPAIGN_PAGES_MAX) campaignPages.clear();
        campaignPages.set(which, (page = rendered(await renderCampaignHtml(found, key, locale))));
      }
      return answerHtml(c, page);
    },
  });

  const list = rawRoute({
    method: 'get',
    path: '/v1/embed/campaigns',
    tag: 'Campaigns',
    summary: 'A page of campaigns as HTML: `<ibusibuk-campaign-list>` rendered on the server.',
    description:
      'The same filters and visibility as `GET /v1/campaigns` (`status`, `platform`, `compensation`, `tag`, `brand`, `q`, `limit`, `cursor`), in `?locale=id|en` or the `Accept-Language` language; the page it was rendered from goes inside it as JSON. Cacheable like the campaign’s HTML.',
    access: 'caller',
    errors: ['validation_error'],
    produces: HTML_ANSWERS,
    handle: async (c, { caller }) => {
      const params = readQuery(c, CampaignListParams);
      const page = await visibleCampaigns(services, caller, params);
      // The list route's very body: the element hydrates from what its own first fetch would have answered.
      const presented = { object: 'list' as const, data: page.data.map((one) => presentCampaign(c, one)), hasMore: page.hasMore, nextCursor: page.nextCursor };
      return answerHtml(c, rendered(await renderCampaignListHtml(presented, params, localeOf(c))));
    },
  });

  return [campaign, list];
}
