/**
 * Cards that arrive as HTML: `<ibusibuk-campaign>` rendered on the server with Lit's own
 * renderer (`@lit-labs/ssr`), its shadow root written as declarative shadow DOM
 * (`<template shadowrootmode="open">`), so a page shows the campaign with scripts off and
 * search engines read it. The data it was rendered from goes inside the element
 * (`serverDataScript`): the element hydrates from it without fetching again.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Campaign, Locale } from '@ibusibuk/sdk';
import { loadLanguage, serverDataScript } from '@ibusibuk/elements/ssr';

/** English text is fetched by the elements on first use: once per process here. */
async function languageReady(locale: Locale): Promise<void> {
  await loadLanguage(locale);
}

/**
 * `<ibusibuk-campaign campaign="…">` with its shadow root, as a visitor who has not signed in
 * first sees it. `key` is the id or slug the caller asked for, kept as the element's attribute.
 */
export async function renderCampaignHtml(campaign: Campaign, key: string, locale: Locale): Promise<string> {
  await languageReady(locale);
  // `.campaign` hands the element its data (nothing is fetched on a server); the attribute is what the page keeps.
  const result = render(
    html`<ibusibuk-campaign campaign=${key} locale=${locale} .campaign=${campaign}>${unsafeHTML(serverDataScript(campaign))}</ibusibuk-campaign>`,
  );
  return withoutOuterMarkers(await collectResult(result));
}

/**
 * Lit marks the parts of the outer template (the host's own) with comments that no client
 * hydrates: the host is the page's, not a template's. The shadow root's markers stay.
 */
function withoutOuterMarkers(markup: string): string {
  return markup.replace(/^<!--lit-part[^>]*-->(?:<!--lit-node \d+-->)?/, '').replace(/<!--\/lit-part-->$/, '');
}

/** The filters of a list page the element keeps as its attributes. */
interface ListFilters {
  platform?: string | undefined;
  compensation?: string | undefined;
  tag?: string | undefined;
  brand?: string | undefined;
  q?: string | undefined;
  limit?: number | undefined;
}

/**
 * `<ibusibuk-campaign-list>` with the first cards of `page`, its filters as attributes, and the
 * page inside it as JSON.
 */
export async function renderCampaignListHtml(
  page: { object: 'list'; data: Campaign[]; hasMore: boolean; nextCursor: string | null },
  filters: ListFilters,
  locale: Locale,
): Promise<string> {
  await languageReady(locale);
  const result = render(
    html`<ibusibuk-campaign-list
      locale=${locale}
      platform=${ifDefined(filters.platform)}
      compensation=${ifDefined(filters.compensation)}
      tag=${ifDefined(filters.tag)}
      brand=${ifDefined(filters.brand)}
      q=${ifDefined(filters.q)}
      page-size=${ifDefined(filters.limit)}
      .campaigns=${page.data}
    >${unsafeHTML(serverDataScript(page))}</ibusibuk-campaign-list>`,
  );
  return withoutOuterMarkers(await collectResult(result));
}
