import { expect } from '@open-wc/testing';
import { apiBase } from './fixtures.js';
import { until } from './support/dom.js';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}
interface CspWindow extends Window {
  __cspViolations?: Violation[];
  __loaded?: number;
  __failed?: { message: string };
}

/**
 * Opens test/csp/page.html — strict CSP (script-src 'self', style-src 'self', no
 * 'unsafe-inline', no 'unsafe-eval') — in an iframe, loads the given elements bundle there
 * and lets it render the list from the real server.
 */
async function openStrictPage(bundle: string, campaign?: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const url = new URL('/test/csp/page.html', location.origin);
  url.searchParams.set('bundle', bundle);
  url.searchParams.set('api', apiBase());
  if (campaign) url.searchParams.set('campaign', campaign);
  frame.src = url.href;
  document.body.append(frame);
  await until(() => (frame.contentWindow as CspWindow | null)?.__cspViolations, 10_000, 'the page');
  const win = frame.contentWindow as CspWindow;
  try {
    await until(() => win.__loaded !== undefined || win.__failed, 15_000, 'the list to load');
  } catch (error) {
    const list = frame.contentDocument?.querySelector('ibusibuk-campaign-list');
    throw new Error(`${(error as Error).message}; violations ${JSON.stringify(win.__cspViolations)}; defined ${!!win.customElements.get('ibusibuk-campaign-list')}; list ${list?.shadowRoot?.innerHTML.slice(0, 300)}`, { cause: error });
  }
  return { frame, win, doc: frame.contentDocument! };
}

async function expectListWithoutViolations(bundle: string, campaign?: string) {
  const { frame, win, doc } = await openStrictPage(bundle, campaign);
  try {
    // The served source is unbundled: its provider module loads Lit before the hydration support
    // (the CDN build puts them in order), and the element renders afresh, from the same data.
    if (campaign) await expectHydratedCampaign(win, doc, campaign, bundle.startsWith('/dist/'));
    expect(win.__failed).to.equal(undefined);
    expect(win.__loaded).to.be.greaterThan(0);
    const list = doc.querySelector('ibusibuk-campaign-list')!;
    await until(() => list.shadowRoot!.querySelectorAll('article.campaign').length > 0, 5000, 'cards');
    // Styles came through adoptedStyleSheets: the cards are laid out as cards.
    const card = list.shadowRoot!.querySelector('article.campaign')!;
    expect(win.getComputedStyle(card).borderTopLeftRadius).to.not.equal('0px');
    // Give late violations (images, fonts) a moment.
    await new Promise((r) => setTimeout(r, 300));
    expect(win.__cspViolations).to.deep.equal([]);

    // Control: the listener does hear violations here, so an empty list means something.
    doc.body.insertAdjacentHTML('beforeend', '<p style="color: red">blocked inline style</p>');
    await until(() => win.__cspViolations!.length > 0, 3000, 'the control violation');
    expect(win.__cspViolations![0]!.directive).to.match(/^style-src/);
  } finally {
    frame.remove();
  }
}

/**
 * The campaign's server HTML went in before its code (the loader's request, no request for its JSON),
 * styled through adoptedStyleSheets, and the element took it over: with the built bundle, by hydration
 * (the title node is the one inserted).
 */
async function expectHydratedCampaign(win: CspWindow, doc: Document, slug: string, sameNodes: boolean) {
  const campaign = doc.querySelector('ibusibuk-campaign') as HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<unknown> };
  await until(() => campaign.shadowRoot?.querySelector('[part~="title"]'), 10_000, 'the campaign’s HTML');
  const title = campaign.shadowRoot!.querySelector('[part~="title"]');
  await until(() => win.customElements.get('ibusibuk-campaign') && campaign.hasUpdated, 10_000, 'the campaign hydrated');
  await campaign.updateComplete;
  if (sameNodes) expect(campaign.shadowRoot!.querySelector('[part~="title"]')).to.equal(title);
  expect(campaign.shadowRoot!.querySelectorAll('[part~="title"]')).to.have.length(1);
  expect(campaign.shadowRoot!.querySelectorAll('style')).to.have.length(0);
  expect(win.getComputedStyle(campaign.shadowRoot!.querySelector('[part~="facts"]')!).borderTopLeftRadius).to.not.equal('0px');
  const requests = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
  expect(requests).to.include(`/v1/embed/campaigns/${slug}`);
  expect(requests).to.not.include(`/v1/campaigns/${slug}`);
}

describe('Content-Security-Policy', () => {
  it('renders the campaign list from the real server under a strict CSP (served source)', async () => {
    await expectListWithoutViolations('/src/cdn/index.ts');
  });

  it('inserts a campaign’s server HTML and hydrates it under a strict CSP (served source)', async () => {
    await expectListWithoutViolations('/src/cdn/index.ts', 'mpasi-organik-pertama-si-kecil');
  });

  it('inserts a campaign’s server HTML and hydrates it with the built CDN bundle under a strict CSP', async function () {
    const built = await fetch('/dist/cdn/ibusibuk-elements.js', { method: 'HEAD' });
    if (!built.ok) this.skip(); // only after `pnpm --filter @ibusibuk/elements build`
    await expectListWithoutViolations('/dist/cdn/ibusibuk-elements.js', 'mpasi-organik-pertama-si-kecil');
  });

  it('renders the campaign list with the built CDN bundle under a strict CSP', async function () {
    const built = await fetch('/dist/cdn/ibusibuk-elements.js', { method: 'HEAD' });
    if (!built.ok) {
      // Only after `pnpm --filter @ibusibuk/elements build`; the served source is checked above either way.
      this.skip();
    }
    await expectListWithoutViolations('/dist/cdn/ibusibuk-elements.js');
  });
});
