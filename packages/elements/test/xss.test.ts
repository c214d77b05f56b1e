import { expect, fixture, html } from '@open-wc/testing';
import { createClient, type IbuSibukClient } from '@ibusibuk/sdk';
import '../src/index.js';
import { apiBase, officer, PUBLISHABLE_KEY, signInKol } from './fixtures.js';
import { staffToken } from './support/staff.js';

/**
 * Known XSS vectors in every text a campaign, brief, application, draft, note and profile carries,
 * written through the real server, then rendered by every element in Chromium: the payloads may not
 * run (each would call `__xss()`), and no shadow root may hold an `on*` attribute or a `javascript:`
 * or `data:` URL.
 */

declare global {
  interface Window {
    __xss: (where?: string) => void;
    __xssHits: string[];
  }
}
window.__xssHits = [];
window.__xss = (where = '?') => void window.__xssHits.push(where);

const VECTORS = [
  '<script>__xss("script")</script>',
  '<img src=x onerror=__xss("img")>',
  '<svg onload=__xss("svg")>',
  '<svg><script>__xss("svg-script")</script></svg>',
  '<iframe srcdoc="<script>parent.__xss(1)</script>">',
  '<a href="javascript:__xss(\'a\')">klik</a>',
  '<a href="data:text/html,<script>__xss(2)</script>">data</a>',
  '<body onload=__xss("body")>',
  '<details open ontoggle=__xss("details")>',
  '"><img src=x onerror=__xss("attr")>',
  "'><svg/onload=__xss('q')>",
  '<scr<script>ipt>__xss("nested")</script>',
  '<img src="x" onerror="&#95;&#95;xss(\'ent\')">',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss("mxss")>',
  '<input autofocus onfocus=__xss("focus")>',
  '<video><source onerror=__xss("video")>',
  '<object data="javascript:__xss(3)">',
  '<style>@import "javascript:__xss(4)";</style>',
  '[klik](javascript:__xss("md-link"))',
  '[klik](JaVaScRiPt:__xss("md-case"))',
  '[klik](data:text/html;base64,PHNjcmlwdD5fX3hzcygpPC9zY3JpcHQ+)',
  '![gambar](x" onerror="__xss(\'md-img\'))',
  '![gambar](javascript:__xss("md-img-js"))',
  '[a](<javascript:__xss("md-angle")>)',
  '<a href="jav&#x09;ascript:__xss(5)">tab</a>',
  '<a href=" javascript:__xss(6)">spasi</a>',
  '[ref][1]\n\n[1]: javascript:__xss("md-ref")',
  '<div style="background:url(javascript:__xss(7))">',
  '<form action="javascript:__xss(8)"><button>kirim</button></form>',
  '<unclosed <img src=x onerror=__xss("broken")',
  '{{constructor.constructor("__xss(\'tpl\')")()}}',
  '${__xss("tpl-literal")}',
];
/** The fields that are short take one vector each; the long ones all of them. */
const all = VECTORS.join('\n\n');
const short = (i: number, max = 80) => `XSS ${VECTORS[i % VECTORS.length]!}`.slice(0, max);

function campaignInput(slug: string) {
  return {
    brand: { name: short(1, 120) },
    title: short(0, 120),
    slug,
    summary: short(19, 200),
    description: `## Tentang\n\n${all}`,
    platforms: ['instagram'],
    deliverables: [{ platform: 'instagram', format: 'reel', quantity: 1 }],
    compensation: { type: 'paid', fee: 1_500_000 },
    slots: 5,
    timeline: {
      applyBy: '2027-06-20T00:00:00Z',
      draftDue: '2027-06-25T00:00:00Z',
      postWindow: { start: '2026-05-31T00:00:00Z', end: '2027-07-10T00:00:00Z' },
      insightDue: '2027-07-15T00:00:00Z',
    },
    tags: [short(2, 40)],
  };
}

const briefInput = () => ({
  objective: all,
  keyMessages: VECTORS.slice(0, 10).map((v, i) => short(i, 200) + v.slice(0, 0)),
  dos: VECTORS.slice(10, 20).map((_, i) => short(i + 10, 200)),
  donts: VECTORS.slice(20).map((_, i) => short(i + 20, 200)),
  hashtags: ['#Aman'],
  mentions: ['@aman'],
});

const applicationInput = () => ({
  profile: {
    name: short(1, 80),
    whatsapp: '+6281234567890',
    city: short(2, 60),
    province: 'Jawa Barat',
    socialAccounts: [{ platform: 'instagram', handle: '@xss.test', followers: 12_000 }],
    children: [{ birthYear: 2024, birthMonth: 3 }],
    niches: ['parenting'],
  },
  answers: { whyMe: all.slice(0, 1000), contentIdea: short(18, 500), eligibility: { meetsRequirements: true, willFollowBrief: true } },
  consent: true,
});

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

/** Every element in `root` and in the shadow roots under it. */
function* deepElements(root: Document | ShadowRoot | Element): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster', 'background'];
/** As a browser reads a URL: control characters and spaces anywhere in the scheme are dropped. */
const unsafeUrl = (value: string) => /^(javascript|data|vbscript):/i.test([...value].filter((ch) => ch.charCodeAt(0) > 0x20).join(''));

/** What a rendered subtree holds that a payload could have put there. */
function findings(host: Element): string[] {
  const found: string[] = [];
  for (const el of deepElements(host.shadowRoot ?? host)) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 40)}">`);
      if (URL_ATTRIBUTES.includes(attr.name.toLowerCase()) && unsafeUrl(attr.value)) found.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 40)}">`);
    }
    if (el.localName === 'script' || el.localName === 'iframe' || el.localName === 'object') found.push(`<${el.localName}>`);
  }
  return found;
}

/** Renders `markup` in a provider, waits for its text to show the payload's marker, then for handlers that would fire. */
async function render(markup: string, credentials: string, wait: (el: Element) => boolean): Promise<Element> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<ibusibuk-provider api-base="${apiBase()}" ${credentials}>${markup}</ibusibuk-provider>`;
  const el = wrapper.querySelector('ibusibuk-provider')!.firstElementChild!;
  const start = performance.now();
  while (!wait(el) && performance.now() - start < 10_000) await new Promise((r) => setTimeout(r, 50));
  // onerror of a broken image, onload, autofocus: give them time to fire.
  await new Promise((r) => setTimeout(r, 400));
  return el;
}
const shows = (marker: string) => (el: Element) => (el.shadowRoot?.textContent ?? '').includes(marker);

describe('XSS vectors rendered by every element', function () {
  this.timeout(120_000);
  let campaignId = '';
  let participationId = '';
  let kol: { token: string };
  let staff: string | undefined;

  before(async () => {
    const campaign = await officer('campaigns', 'create', campaignInput(`xss-${Date.now().toString(36)}`));
    campaignId = campaign.id;
    await officer('briefs', 'put', campaignId, briefInput());
    await officer('campaigns', 'publish', campaignId);
    kol = await signInKol();
    const client: IbuSibukClient = createClient({ baseUrl: apiBase(), publishableKey: PUBLISHABLE_KEY, sessionToken: kol.token });
    const participation = await client.applications.create(campaignId, applicationInput() as never);
    participationId = participation.id;
    await officer('participations', 'accept', participationId, { note: short(3, 500) });
    await client.participations.acknowledgeBrief(participationId);
    const upload = await client.uploads.create(new Blob([PNG], { type: 'image/png' }), { filename: `${VECTORS[1]}.png` });
    await client.drafts.submit(participationId, { caption: `${all.slice(0, 1500)} #Aman @aman`, mediaIds: [upload.id] } as never);
    await officer('participations', 'move', 'requestRevision', participationId, { note: all.slice(0, 1000) });
    // Her second draft waits on the officer: the review queue shows it, next to the revision note.
    await client.drafts.submit(participationId, { caption: `${VECTORS.slice(5).join(' ')} #Aman @aman`.slice(0, 2000), mediaIds: [upload.id] } as never);
    // A second KOL whose application waits on the officer: the applicants list and the review queue show her.
    const second = await signInKol();
    const secondClient = createClient({ baseUrl: apiBase(), publishableKey: PUBLISHABLE_KEY, sessionToken: second.token });
    await secondClient.applications.create(campaignId, applicationInput() as never);
    staff = await staffToken();
  });

  const kolCredentials = () => `publishable-key="${PUBLISHABLE_KEY}" session-token="${kol.token}"`;
  const check = (el: Element, name: string) => {
    expect(window.__xssHits, `${name}: payloads ran`).to.deep.equal([]);
    expect(findings(el), `${name}: unsafe markup in the shadow DOM`).to.deep.equal([]);
  };

  it('detects a payload that does run, and its markup (the control)', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<img src=x onerror=__xss("control")><a href="javascript:void 0">x</a>';
    document.body.append(host);
    await new Promise((r) => setTimeout(r, 300));
    expect(window.__xssHits).to.deep.equal(['control']);
    expect(findings(host)).to.have.length(2);
    host.remove();
    window.__xssHits = [];
  });

  it('campaign list', async () => {
    const el = await render(`<ibusibuk-campaign-list q="XSS"></ibusibuk-campaign-list>`, `publishable-key="${PUBLISHABLE_KEY}"`, shows('XSS'));
    expect(el.shadowRoot!.textContent).to.include('XSS');
    check(el, 'campaign-list');
  });

  it('campaign page, signed in, with her participation, brief and draft', async () => {
    const el = await render(`<ibusibuk-campaign campaign="${campaignId}"></ibusibuk-campaign>`, kolCredentials(), shows('XSS'));
    expect(el.shadowRoot!.textContent).to.include('XSS');
    check(el, 'campaign');
    for (const inner of deepElements(el.shadowRoot!)) if (inner.localName.startsWith('ibusibuk-')) check(inner, inner.localName);
  });

  it('brief', async () => {
    const el = await render(`<ibusibuk-brief campaign-id="${campaignId}" participation-id="${participationId}"></ibusibuk-brief>`, kolCredentials(), shows('XSS'));
    expect(el.shadowRoot!.textContent).to.include('XSS');
    check(el, 'brief');
  });

  it('apply form, with her saved profile', async () => {
    const el = await render(`<ibusibuk-apply-form campaign-id="${campaignId}"></ibusibuk-apply-form>`, kolCredentials(), (e) => (e.shadowRoot?.querySelectorAll('*').length ?? 0) > 10);
    check(el, 'apply-form');
  });

  it('sign-in', async () => {
    const el = await render(`<ibusibuk-sign-in heading='${VECTORS[1]!.replace(/'/g, '&#39;')}'></ibusibuk-sign-in>`, `publishable-key="${PUBLISHABLE_KEY}"`, (e) => !!e.shadowRoot);
    check(el, 'sign-in');
  });

  for (const tag of ['applicants', 'review-queue', 'campaign-report', 'payouts'] as const) {
    it(`${tag} (staff)`, async function () {
      if (!staff) this.skip();
      const open = tag === 'review-queue' ? ` open-id="${participationId}"` : '';
      const el = await render(`<ibusibuk-${tag} campaign="${campaignId}"${open}></ibusibuk-${tag}>`, `session-token="${staff}"`, shows('XSS'));
      // Payouts list completed participations only: this campaign has none, so only its markup is checked.
      if (tag !== 'payouts') expect(el.shadowRoot!.textContent, `${tag} shows the payloads`).to.include('XSS');
      check(el, tag);
    });
  }

  after(() => {
    expect(window.__xssHits).to.deep.equal([]);
  });
});
