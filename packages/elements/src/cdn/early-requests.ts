import type { EARLY_RESPONSES, EarlyResponse } from '@ibusibuk/sdk';

// The SDK's name for the global, checked against its type (the SDK itself is not loaded yet).
const WAITING: typeof EARLY_RESPONSES = '__ibusibukEarlyResponses';

/** Each element whose first request the loader can make: its tag, and that request's path and query. */
const FIRST_REQUESTS: Record<string, (el: Element) => string | undefined> = {
  // A campaign's data comes inside its server-rendered HTML (server-html.ts).
  // The same query as the list's firstPageQuery() (components/campaign-list/campaign-list.query.ts),
  // written again because the loader may share no module with the element chunks: rolldown would
  // put it in the loader, and the chunks would import the loader back by its URL.
  // test/early-requests.test.ts checks that the two requests are one.
  'ibusibuk-campaign-list': (el) => {
    const pageSize = Math.floor(Number(el.getAttribute('page-size') ?? 12));
    const query = new URLSearchParams({ status: 'open', limit: String(Math.min(100, Math.max(1, pageSize || 12))) });
    for (const name of ['platform', 'compensation', 'tag', 'brand', 'q']) {
      let value = el.getAttribute(name) ?? '';
      if (name === 'q') value = value.trim();
      if (value) query.append(name, value);
    }
    return `v1/campaigns?${query}`;
  },
};
const SELECTOR = Object.keys(FIRST_REQUESTS).join(',');
const asked = new WeakSet<Element>();

/**
 * Sends the first request of each campaign list in `root` while the elements' code
 * is still downloading, as the element will send it through its provider's publishable key, and
 * leaves it for the SDK, which takes the answer instead of asking again
 * (packages/sdk/src/core/early-responses.ts). Nothing is asked early under a provider given a
 * session token; a KOL signed in from storage asks as herself, and a list given `campaigns` by
 * script asks nothing: their early answers go unused.
 */
export function requestEarly(root: ParentNode | Element): void {
  const found = [...root.querySelectorAll(SELECTOR)];
  if ('matches' in root && root.matches(SELECTOR)) found.push(root);
  for (const el of found) {
    const firstRequest = FIRST_REQUESTS[el.localName];
    if (!firstRequest || asked.has(el) || customElements.get(el.localName)) continue;
    asked.add(el);
    const provider = el.closest('ibusibuk-provider');
    const base = provider?.getAttribute('api-base');
    const key = provider?.getAttribute('publishable-key');
    const path = firstRequest(el);
    if (!base || !key?.startsWith('pk_') || provider!.hasAttribute('session-token') || !path) continue;
    let url: string;
    try {
      url = new URL(`${base.replace(/\/?$/, '/')}${path}`).href;
    } catch {
      continue; // the provider reports a bad api-base once it is defined
    }
    const authorization = `Bearer ${key}`;
    const language = provider!.getAttribute('locale') === 'en' ? 'en' : 'id';
    const response = fetch(url, { headers: { accept: 'application/json', authorization, 'accept-language': language } });
    response.catch(() => {}); // the element asks again, and reports what it gets
    const early: EarlyResponse = { url, authorization, language, sentAt: Date.now(), response };
    (((globalThis as Record<string, unknown>)[WAITING] ??= []) as EarlyResponse[]).push(early);
  }
}
