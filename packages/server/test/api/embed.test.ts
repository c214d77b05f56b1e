import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, type Campaign } from '@ibusibuk/sdk';
import { startApi } from './support.js';

// The HTML twins of the campaign routes (routes/embed.ts), against the real server with the demo seed.
let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi({ seed: 'demo' });
});
afterAll(() => api.server.close());

const PK = { authorization: 'Bearer pk_test_demo' };
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.url}${path}`, { headers: { ...PK, ...headers } });

/** The JSON the server put inside the element for hydration. */
function dataIn(markup: string): unknown {
  const match = /<script type="application\/json" data-ibusibuk-data>([^<]*)<\/script>/.exec(markup);
  if (!match) throw new Error('no data script in the HTML');
  return JSON.parse(match[1]!);
}

/** The visible text of the shadow root's markup: tags and Lit's part markers left out. */
const textOf = (markup: string) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('GET /v1/embed/campaigns/:id', () => {
  it('answers the campaign element with its shadow root as declarative shadow DOM and the data it came from', async () => {
    const campaign = await api.public.campaigns.get('mpasi-organik-pertama-si-kecil');
    const res = await get('/v1/embed/campaigns/mpasi-organik-pertama-si-kecil');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const markup = await res.text();
    expect(markup).toMatch(/^<ibusibuk-campaign\s[^>]*campaign="mpasi-organik-pertama-si-kecil"[^>]*><template shadowroot="open" shadowrootmode="open">/);
    expect(markup.endsWith('</ibusibuk-campaign>')).toBe(true);
    const text = textOf(markup);
    expect(text).toContain(campaign.title);
    expect(text).toMatch(/Rp\s1\.500\.000/);
    expect(text).toContain('Daftar sekarang');
    expect(markup).toContain(`datetime="${campaign.timeline.applyBy}"`);
    expect(dataIn(markup)).toEqual(campaign);
  });

  it('speaks the caller’s language: Accept-Language, and ?locale over it', async () => {
    const english = await (await get('/v1/embed/campaigns/mpasi-organik-pertama-si-kecil', { 'accept-language': 'en-GB,en;q=0.9' })).text();
    expect(textOf(english)).toContain('Apply now');
    expect(textOf(english)).not.toContain('Daftar sekarang');
    const asked = await (await get('/v1/embed/campaigns/mpasi-organik-pertama-si-kecil?locale=id', { 'accept-language': 'en' })).text();
    expect(textOf(asked)).toContain('Daftar sekarang');
    expect(asked).toMatch(/^<ibusibuk-campaign\s[^>]*locale="id"/);
  });

  it('is cacheable: an ETag and a short max-age, 304 while unchanged, a new ETag once the campaign changes', async () => {
    const first = await get('/v1/embed/campaigns/mpasi-organik-pertama-si-kecil');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, max-age=60');
    expect(first.headers.get('vary')).toContain('Accept-Language');
    expect(first.headers.get('content-encoding')).toBe('gzip'); // fetch asks for it, and unzips
    const again = await get('/v1/embed/campaigns/mpasi-organik-pertama-si-kecil', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const english = await get('/v1/embed/campaigns/mpasi-organik-pertama-si-kecil?locale=en', { 'if-none-match': etag });
    expect(english.status).toBe(200);

    const campaign = await api.officer.campaigns.get('mpasi-organik-pertama-si-kecil');
    await api.officer.campaigns.update(campaign.id, { summary: `${campaign.summary} Kuota terbatas.` });
    const changed = await get('/v1/embed/campaigns/mpasi-organik-pertama-si-kecil', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(textOf(await changed.text())).toContain('Kuota terbatas.');
  });

  it('answers 404 for an unknown campaign and for a draft, and 401 without a key', async () => {
    const missing = await get('/v1/embed/campaigns/tidak-ada');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
    const draft = await api.officer.campaigns.create({
      title: 'Kampanye Rahasia',
      brand: { name: 'Si Kecil Organik' },
      summary: 'Belum dibuka',
      description: 'Belum dibuka',
      platforms: ['instagram'],
      deliverables: [{ platform: 'instagram', format: 'reel', quantity: 1 }],
      compensation: { type: 'paid', fee: 500_000 },
      slots: 1,
      timeline: {
        applyBy: '2027-06-15T00:00:00.000Z',
        draftDue: '2027-06-22T00:00:00.000Z',
        postWindow: { start: '2027-06-25T00:00:00.000Z', end: '2027-07-02T00:00:00.000Z' },
        insightDue: '2027-07-09T00:00:00.000Z',
      },
    });
    expect((await get(`/v1/embed/campaigns/${draft.id}`)).status).toBe(404);
    expect((await fetch(`${api.url}/v1/embed/campaigns/mpasi-organik-pertama-si-kecil`)).status).toBe(401);
  });
});

describe('GET /v1/embed/campaigns', () => {
  it('renders the page the list route answers for the same filters, cards included', async () => {
    for (const query of ['limit=4', 'platform=tiktok', 'compensation=barter&limit=3', 'q=mpasi']) {
      const json = (await (await get(`/v1/campaigns?${query}`)).json()) as { data: Campaign[]; hasMore: boolean; nextCursor: string | null };
      const res = await get(`/v1/embed/campaigns?${query}`);
      expect(res.status, query).toBe(200);
      const markup = await res.text();
      expect(markup).toMatch(/^<ibusibuk-campaign-list\s[^>]*><template shadowroot="open" shadowrootmode="open">/);
      expect(dataIn(markup), query).toEqual(json);
      const ids = [...markup.matchAll(/<article class="card campaign" part="card" data-id="([^"]+)"/g)].map((m) => m[1]);
      expect(ids, query).toEqual(json.data.slice(0, 12).map((c) => c.id));
      for (const c of json.data) expect(textOf(markup), query).toContain(c.title);
    }
    const tiktok = await (await get('/v1/embed/campaigns?platform=tiktok')).text();
    expect(tiktok).toMatch(/^<ibusibuk-campaign-list\s[^>]*platform="tiktok"/);
    expect((dataIn(tiktok) as { data: Campaign[] }).data.every((c) => c.platforms.includes('tiktok'))).toBe(true);
  });

  it('refuses a bad filter as the list route does, and renders the empty state for a status pages may not see', async () => {
    const bad = await get('/v1/embed/campaigns?platform=myspace');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('validation_error');
    const drafts = await (await get('/v1/embed/campaigns?status=draft')).text();
    expect(dataIn(drafts)).toEqual({ object: 'list', data: [], hasMore: false, nextCursor: null });
    expect(textOf(drafts)).toContain('Belum ada kampanye');
  });
});

describe('the SDK’s renders (client.embed)', () => {
  it('returns the endpoint’s HTML, in the language asked', async () => {
    const fromSdk = await api.public.embed.renderCampaign('mpasi-organik-pertama-si-kecil', { locale: 'en' });
    const fromRoute = await (await get('/v1/embed/campaigns/mpasi-organik-pertama-si-kecil?locale=en')).text();
    expect(fromSdk).toBe(fromRoute);
    const list = await api.public.embed.renderCampaignList({ platform: 'instagram', limit: 2 });
    expect(list).toBe(await (await get('/v1/embed/campaigns?platform=instagram&limit=2')).text());
  });

  it('throws the typed error of a refusal', async () => {
    const error = await api.public.embed.renderCampaign('tidak-ada').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).requestId).toMatch(/^req_/);
  });
});
