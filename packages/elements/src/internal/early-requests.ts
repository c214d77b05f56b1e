import type { EARLY_RESPONSES, EarlyResponse } from '@ibusibuk/sdk';

// The SDK's name for the global, checked against its type: the loader imports nothing at run time.
const WAITING: typeof EARLY_RESPONSES = '__ibusibukEarlyResponses';
const CAMPAIGN = 'ibusibuk-campaign[campaign]';
const asked = new WeakSet<Element>();

/**
 * Starts the request of each `<ibusibuk-campaign campaign="…">` in `root` while the element's
 * code is still downloading, as the element will make it through its provider's publishable
 * key; the SDK then takes the answer instead of asking again
 * (packages/sdk/src/core/early-responses.ts). Nothing is asked early for a provider given a
 * session token; a KOL signed in from storage asks as herself, and the early answer goes unused.
 */
export function requestEarly(root: ParentNode | Element): void {
  const campaigns = [...root.querySelectorAll(CAMPAIGN)];
  if ('matches' in root && root.matches(CAMPAIGN)) campaigns.push(root);
  if (!campaigns.length || customElements.get('ibusibuk-campaign')) return;
  for (const campaign of campaigns) {
    if (asked.has(campaign)) continue;
    asked.add(campaign);
    const provider = campaign.closest('ibusibuk-provider');
    const base = provider?.getAttribute('api-base');
    const key = provider?.getAttribute('publishable-key');
    if (!base || !key?.startsWith('pk_') || provider!.hasAttribute('session-token')) continue;
    let url: string;
    try {
      url = new URL(`${base.replace(/\/?$/, '/')}v1/campaigns/${encodeURIComponent(campaign.getAttribute('campaign')!)}`).href;
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
