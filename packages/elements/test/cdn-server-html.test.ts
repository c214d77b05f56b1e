// Before Lit loads, as the CDN bundle's runtime does: campaigns hydrate their server HTML.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { apiBase, PUBLISHABLE_KEY, publicClient } from './fixtures.js';
import { until } from './support/dom.js';

// Every fetch the page makes, the loader's and the SDK's, in order (the SDK looks fetch up per call).
const fetched: { url: string; authorization: string | null; campaignDefined: boolean; listDefined: boolean }[] = [];
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const request = new Request(input, init);
  fetched.push({
    url: request.url,
    authorization: request.headers.get('authorization'),
    campaignDefined: !!customElements.get('ibusibuk-campaign'),
    listDefined: !!customElements.get('ibusibuk-campaign-list'),
  });
  return realFetch(input, init);
};
await import('../src/cdn/index.js');

const titleOf = (el: Element) => el.shadowRoot?.querySelector('h2, h1')?.textContent?.trim();

// The CDN entry asks only for a campaign's server HTML while the code loads: what else it asked
// for early (a list's first page, handed to the SDK) saved nothing measurable (bench/RESULTS.md,
// "Early requests and the Intl warm-up") and went.
describe('CDN entry: what it asks for while the code loads', () => {
  let title = '';
  let slug = '';
  before(async () => {
    const page = await publicClient().campaigns.list({ status: 'open', limit: 1 });
    ({ slug, title } = page.data[0]!);
    fetched.length = 0;
  });

  it('asks for the campaign’s server HTML before the element is defined, and the element hydrates it without asking for the campaign', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<ibusibuk-provider api-base="${apiBase()}" publishable-key="${PUBLISHABLE_KEY}"><ibusibuk-campaign campaign="${slug}"></ibusibuk-campaign></ibusibuk-provider>`,
    );
    const campaign = document.querySelector('ibusibuk-campaign')!;
    await until(() => titleOf(campaign) === title, 10_000, 'the campaign title');
    const heading = campaign.shadowRoot!.querySelector('h2');
    await until(() => customElements.get('ibusibuk-campaign') && (campaign as HTMLElement & { hasUpdated?: boolean }).hasUpdated, 10_000, 'the element hydrated');
    await (campaign as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    expect(campaign.shadowRoot!.querySelector('h2')).to.equal(heading);
    const asked = fetched.filter((f) => f.url.startsWith(`${apiBase()}/v1/embed/campaigns/${slug}`));
    expect(asked).to.have.length(1);
    expect(asked[0]).to.include({ authorization: `Bearer ${PUBLISHABLE_KEY}`, campaignDefined: false });
    expect(fetched.filter((f) => f.url === `${apiBase()}/v1/campaigns/${slug}`)).to.deep.equal([]);
    document.querySelector('ibusibuk-provider')!.remove();
  });

  it('asks nothing for a list before it is defined; the list asks once for its first page, with its filters', async () => {
    fetched.length = 0;
    const loaded = new Promise((resolve) => document.addEventListener('ibusibuk-campaigns-load', resolve, { once: true }));
    document.body.insertAdjacentHTML(
      'beforeend',
      `<ibusibuk-provider api-base="${apiBase()}" publishable-key="${PUBLISHABLE_KEY}">
        <ibusibuk-campaign-list page-size="4" platform="instagram" q="  mpasi " hide-filters></ibusibuk-campaign-list>
      </ibusibuk-provider>`,
    );
    await loaded;
    const asked = fetched.filter((f) => f.url.startsWith(`${apiBase()}/v1/campaigns?`));
    expect(asked.map((f) => f.url)).to.deep.equal([`${apiBase()}/v1/campaigns?status=open&limit=4&platform=instagram&q=mpasi`]);
    expect(asked[0]!.listDefined).to.equal(true);
    document.querySelector('ibusibuk-provider')!.remove();
  });

  it('asks for no server HTML under a provider given a session token: the element asks for the campaign itself', async () => {
    fetched.length = 0;
    document.body.insertAdjacentHTML(
      'beforeend',
      `<ibusibuk-provider api-base="${apiBase()}" session-token="sess_not_a_real_one"><ibusibuk-campaign campaign="${slug}"></ibusibuk-campaign></ibusibuk-provider>`,
    );
    await until(() => fetched.some((f) => f.url.endsWith(`/v1/campaigns/${slug}`)), 10_000, 'the element’s own request');
    expect(fetched.filter((f) => f.url.endsWith(`/v1/campaigns/${slug}`) && !f.campaignDefined)).to.have.length(0);
    expect(fetched.filter((f) => f.url.includes('/v1/embed/'))).to.deep.equal([]);
    document.querySelector('ibusibuk-provider')!.remove();
  });
});
