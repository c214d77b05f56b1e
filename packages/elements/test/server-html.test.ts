// Cards that arrive as HTML: the server's rendering of <ibusibuk-campaign> (GET /v1/embed/campaigns/:id,
// Lit's server renderer) shown with scripts off, compared with what the element renders in the page,
// and hydrated there: same nodes, no second fetch, every state still working.
// Lit's hydration support is not imported here: the element loads it when it finds server HTML
// (internal/hydration.ts). test/server-html-list.test.ts imports it first, as a page may.
import { expect } from '@open-wc/testing';
import type { Campaign, Participation } from '@ibusibuk/sdk';
import { PUBLISHABLE_KEY, apiBase, copyOfDemoCampaign, officer, publicClient, signInKol } from './fixtures.js';
import { shadow, text, until } from './support/dom.js';

const WAIT = 15_000;

// Every request the page sends, to show what hydration does not ask again.
const fetched: string[] = [];
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  fetched.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  return realFetch(input, init);
};

/** The server's HTML of one campaign, as a brand's server includes it. */
async function serverHtml(idOrSlug: string, locale = 'id'): Promise<string> {
  const res = await realFetch(`${apiBase()}/v1/embed/campaigns/${encodeURIComponent(idOrSlug)}?locale=${locale}`, {
    headers: { authorization: `Bearer ${PUBLISHABLE_KEY}` },
  });
  expect(res.status).to.equal(200);
  return res.text();
}

/** A page that includes the server's HTML in its markup, inside a provider, before any element is defined. */
function includeInPage(markup: string, providerAttributes = ''): Element {
  const page = document.createElement('div');
  page.setHTMLUnsafe(`<ibusibuk-provider api-base="${apiBase()}" publishable-key="${PUBLISHABLE_KEY}" ${providerAttributes}>${markup}</ibusibuk-provider>`);
  document.body.append(page);
  return page.querySelector('ibusibuk-campaign')!;
}

/** What a reader sees of a rendered campaign, part by part (the Markdown description aside: the server sends it as text). */
function readable(root: ShadowRoot) {
  const clone = root.querySelector('article')!.cloneNode(true) as Element;
  clone.querySelector('[part~="description"]')?.remove();
  clone.querySelectorAll('.apply').forEach((apply) => apply.remove()); // the visitor's own step: signed out on the server
  return {
    parts: [...root.querySelectorAll('[part]')].map((el) => el.getAttribute('part')).filter((p) => p !== 'journey').sort(),
    header: text(clone.querySelector('[part~="header"]')),
    facts: text(clone.querySelector('[part~="facts"]')),
    details: text(clone.querySelector('[part~="details"]')),
    cover: clone.querySelector('img.cover')?.getAttribute('src') ?? null,
  };
}

describe('a campaign’s server HTML', function () {
  this.timeout(120_000);
  let demo: Campaign;

  before(async () => {
    demo = await publicClient().campaigns.get('mpasi-organik-pertama-si-kecil');
  });

  it('shows the title, fee and deadline in a page with JavaScript off', async () => {
    const markup = await serverHtml(demo.slug);
    const frame = document.createElement('iframe');
    // No allow-scripts: nothing runs in the frame, not even the page's own script.
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.width = '412px';
    frame.style.height = '915px';
    frame.srcdoc = `<!doctype html><html lang="id"><body><main>${markup}</main><script>document.body.dataset.ran = 'yes'</script></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    expect(doc.body.dataset.ran).to.equal(undefined);
    const host = doc.querySelector('ibusibuk-campaign')!;
    expect(frame.contentWindow!.customElements.get('ibusibuk-campaign')).to.equal(undefined);
    const root = host.shadowRoot!;
    const title = root.querySelector<HTMLElement>('[part~="title"]')!;
    expect(text(title)).to.equal(demo.title);
    // Laid out and styled from the included <style>: a visible heading, the facts as a card.
    expect(title.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(frame.contentWindow!.getComputedStyle(root.querySelector('[part~="facts"]')!).borderTopLeftRadius).to.not.equal('0px');
    const facts = text(root.querySelector('[part~="facts"]'));
    expect(facts).to.match(/Rp\s1\.500\.000/);
    const deadline = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(demo.timeline.applyBy));
    expect(facts).to.contain(deadline);
    expect(root.querySelector(`time[datetime="${demo.timeline.applyBy}"]`)).to.not.equal(null);
    frame.remove();
  });

  it('hydrates in the page: the same nodes, no second request, and the signed-out visitor’s sign-in', async () => {
    const markup = await serverHtml(demo.slug);
    const el = includeInPage(markup);
    const root = shadow(el);
    const title = root.querySelector('[part~="title"]')!;
    const facts = root.querySelector('[part~="facts"]')!;
    const applyLink = root.querySelector<HTMLAnchorElement>('[part~="apply-link"]')!;
    const article = root.querySelector('article')!;
    expect(applyLink).to.not.equal(null);
    fetched.length = 0;

    // The element's code arrives after its HTML, as on a page: the provider first, then the campaign.
    await import('../src/components/provider/provider.js');
    await import('../src/components/campaign/campaign.js');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await until(() => root.querySelector('ibusibuk-sign-in'), WAIT, 'the sign-in');

    expect(root.querySelector('article')).to.equal(article);
    expect(root.querySelector('[part~="title"]')).to.equal(title);
    expect(root.querySelector('[part~="facts"]')).to.equal(facts);
    expect(root.querySelector('[part~="apply-link"]')).to.equal(applyLink);
    expect(fetched.filter((url) => url.includes('/v1/campaigns/'))).to.deep.equal([]);

    // "Daftar sekarang" works: it takes her to the application section.
    applyLink.click();
    await until(() => root.activeElement?.id === 'apply', WAIT, 'focus on the application section');
    await expect(el).to.be.accessible();
    el.closest('div')!.remove();
  });

  it('hydrates for a signed-in KOL, whose application goes through, and then shows her stage', async () => {
    const campaign = await copyOfDemoCampaign('ruam-popok-atasi-dengan-lembut');
    const { token } = await signInKol();
    const el = includeInPage(await serverHtml(campaign.slug), `session-token="${token}"`);
    const root = shadow(el);
    const title = root.querySelector('[part~="title"]')!;
    fetched.length = 0;
    await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    await until(() => root.querySelector('ibusibuk-apply-form')?.shadowRoot?.querySelector('form'), WAIT, 'the apply form');
    expect(root.querySelector('[part~="title"]')).to.equal(title);
    expect(fetched.filter((url) => url.endsWith(`/v1/campaigns/${campaign.slug}`))).to.deep.equal([]);

    const changes: Participation[] = [];
    el.addEventListener('ibusibuk-participation-change', (e) => changes.push((e as CustomEvent<{ participation: Participation }>).detail.participation));
    const form = root.querySelector('ibusibuk-apply-form')!.shadowRoot!;
    // As a mother fills it in (the same answers as the journey test's, for the same demo campaign).
    const fill = (selector: string, value: string) => {
      const input = form.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector)!;
      input.focus();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      input.dispatchEvent(new FocusEvent('blur'));
    };
    fill('#f-profile-name', 'Rina Marlina');
    fill('#f-profile-whatsapp', '+6281234567890');
    fill('#f-profile-city', 'Bandung');
    fill('#f-profile-province', 'Jawa Barat');
    fill('#f-profile-socialAccounts-0-platform', 'tiktok');
    fill('#f-profile-socialAccounts-0-handle', '@rina.bundasehat');
    fill('#f-profile-socialAccounts-0-followers', '12500');
    fill('#f-answers-whyMe', 'Si Kecil sering ruam popok, dan saya rutin berbagi tips perawatan kulit bayi di TikTok.');
    fill('#f-answers-contentIdea', 'Video singkat rutinitas ganti popok malam hari dengan krim ruam, plus story tanya-jawab.');
    for (const box of ['#f-answers-eligibility-meetsRequirements', '#f-answers-eligibility-willFollowBrief', '#f-consent']) {
      form.querySelector<HTMLInputElement>(box)!.click();
    }
    form.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await until(() => root.querySelector<HTMLElement>('[part~="status"]')?.dataset.stage === 'applied', WAIT, `stage applied (${text(form)})`.slice(0, 3000));
    expect(changes.map((p) => p.stage)).to.deep.equal(['applied']);
    expect(root.querySelector('[part~="title"]')).to.equal(title);

    // The team accepts her: after a reload of the page's HTML, the hydrated element shows her brief step.
    await officer('participations', 'accept', changes[0]!.id);
    el.closest('div')!.remove();
    const again = includeInPage(await serverHtml(campaign.slug), `session-token="${token}"`);
    await until(() => shadow(again).querySelector<HTMLElement>('[part~="status"]')?.dataset.stage === 'accepted', WAIT, 'stage accepted');
    await until(() => shadow(again).querySelector('ibusibuk-brief'), WAIT, 'the brief');
    again.closest('div')!.remove();
  });

  it('matches what the element renders in the page, for every demo campaign (same text, same parts)', async () => {
    const client = publicClient();
    const campaigns: Campaign[] = [];
    for (const status of ['open', 'closed', 'completed'] as const) campaigns.push(...(await client.campaigns.list({ status, limit: 100 })).data);
    expect(campaigns.length).to.be.greaterThan(5);
    for (const campaign of campaigns.filter((c) => c.slug === c.slug.replace(/-[a-z0-9]{6,}$/, ''))) {
      const fromServer = Document.parseHTMLUnsafe(await serverHtml(campaign.slug)).querySelector('ibusibuk-campaign')!.shadowRoot!;
      const page = document.createElement('div');
      page.innerHTML = `<ibusibuk-provider api-base="${apiBase()}" publishable-key="${PUBLISHABLE_KEY}"><ibusibuk-campaign campaign="${campaign.slug}"></ibusibuk-campaign></ibusibuk-provider>`;
      document.body.append(page);
      const el = page.querySelector('ibusibuk-campaign')!;
      await until(() => el.shadowRoot?.querySelector('[part~="title"]'), WAIT, `${campaign.slug} rendered`);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(readable(fromServer), campaign.slug).to.deep.equal(readable(el.shadowRoot!));
      page.remove();
    }
  });
});
