import { APIResource } from '../core/resource.js';
import { IbuSibukError, NetworkError, TimeoutError, errorFromResponse } from '../core/errors.js';
import type { RequestOptions } from '../core/request.js';
import { path } from '../internal/path.js';
import type { Locale } from '../locale.js';
import { ErrorBody } from '../schemas/error.js';
import type { CampaignListParams } from '../schemas/campaign.input.js';
import * as z from 'zod/mini';

/** Options of the HTML renders: the language (the client's by default) and the usual request options. */
export interface RenderOptions extends RequestOptions {
  locale?: Locale | undefined;
}

/**
 * Campaign cards as HTML, for a brand's or Orami's server to put in its own page: the elements
 * rendered by the API's embed endpoints (Lit's server renderer, declarative shadow DOM), shown
 * with scripts off and read by search engines; the elements' script hydrates them. The string
 * is the endpoint's answer, so a page and the CDN loader get the same HTML from one renderer.
 */
export class Embed extends APIResource {
  /** `<ibusibuk-campaign>` of one campaign (id `cmp_…` or slug), with its shadow root and data. */
  renderCampaign(idOrSlug: string, options?: RenderOptions): Promise<string> {
    return this.#html(path`/v1/embed/campaigns/${idOrSlug}`, {}, options);
  }

  /** `<ibusibuk-campaign-list>` with the first page of campaigns matching `params` (the list's filters). */
  renderCampaignList(params: CampaignListParams = {}, options?: RenderOptions): Promise<string> {
    return this.#html('/v1/embed/campaigns', { ...params }, options);
  }

  // One attempt, no retries: a page render has its own deadline, and the caller decides what to show instead.
  async #html(where: string, query: Record<string, unknown>, options: RenderOptions = {}): Promise<string> {
    const { url, headers, timeout, fetch } = this._requester.endpoint(where, options);
    const search = new URLSearchParams();
    const asked: Record<string, unknown> = { ...query, locale: options.locale };
    for (const [name, value] of Object.entries(asked)) {
      if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
    }
    const signals = [AbortSignal.timeout(timeout), ...(options.signal ? [options.signal] : [])];
    let response: Response;
    try {
      response = await fetch(search.size ? `${url}?${search}` : url, { headers: { ...headers, accept: 'text/html' }, signal: AbortSignal.any(signals) });
      if (response.ok) return await response.text();
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        throw new TimeoutError(`The Ibu Sibuk API did not answer within ${timeout} ms.`, { code: 'timeout', cause: error });
      }
      throw new NetworkError(`Could not reach the Ibu Sibuk API (${error instanceof Error ? error.message : String(error)}).`, {
        code: 'network_error',
        cause: error,
      });
    }
    throw await refusal(response);
  }
}

/** The typed error of a refused render, from the API's JSON error body. */
async function refusal(response: Response): Promise<IbuSibukError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const parsed = z.safeParse(ErrorBody, body);
  return errorFromResponse({
    status: response.status,
    error: parsed.success ? parsed.data.error : undefined,
    requestId: response.headers.get('x-request-id') ?? undefined,
  });
}
