// A campaign list's server HTML (GET /v1/embed/campaigns) in a page: shown before its code, then
// rendered again by the element from the page that HTML carries, without asking for it again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { PUBLISHABLE_KEY, apiBase, publicClient } from './fixtures.js';
import { until } from './support/dom.js';

const fetched: string[] = [];
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  fetched.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  return realFetch(input, init);
};

const titles = (root: ShadowRoot) => [...root.querySelectorAll('[part~="card"] [part~="title"]')].map((el) => el.textContent?.trim());

describe('a campaign list’s server HTML', function () {
  this.timeout(60_000);

  it('shows the cards before the code, and the element takes over the same page without fetching it', async () => {
    const expected = await publicClient().campaigns.list({ status: 'open', limit: 4, platform: 'instagram' });
    const res = await realFetch(`${apiBase()}/v1/embed/campaigns?limit=4&platform=instagram`, { headers: { authorization: `Bearer ${PUBLISHABLE_KEY}` } });
    const page = document.createElement('div');
    page.setHTMLUnsafe(`<ibusibuk-provider api-base="${apiBase()}" publishable-key="${PUBLISHABLE_KEY}">${await res.text()}</ibusibuk-provider>`);
    document.body.append(page);
    const list = page.querySelector('ibusibuk-campaign-list')!;
    expect(titles(list.shadowRoot!)).to.deep.equal(expected.data.map((c) => c.title));

    fetched.length = 0;
    const loaded = new Promise<CustomEvent>((resolve) => list.addEventListener('ibusibuk-campaigns-load', (e) => resolve(e as CustomEvent), { once: true }));
    await import('../src/components/provider/provider.js');
    await import('../src/components/campaign-list/campaign-list.js');
    const event = await loaded;
    expect(event.detail.campaigns.map((c: { id: string }) => c.id)).to.deep.equal(expected.data.map((c) => c.id));
    await until(() => titles(list.shadowRoot!).length === expected.data.length, 10_000, 'the cards');
    expect(titles(list.shadowRoot!)).to.deep.equal(expected.data.map((c) => c.title));
    expect(list.shadowRoot!.querySelectorAll('[part~="list"]')).to.have.length(1);
    expect(fetched.filter((url) => url.includes('/v1/campaigns'))).to.deep.equal([]);
    await expect(list).to.be.accessible();
    page.remove();
  });
});
