import * as z from 'zod/mini';
import {
  Brief,
  Campaign,
  CampaignList,
  CampaignStatus,
  CompensationType,
  ContentFormat,
  KolProfile,
  Participation,
  PLATFORMS,
  Session,
  Stage,
  Upload,
  MOVES,
  listOf,
  transition,
  type Action,
} from '@ibusibuk/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, ManualClock, type App } from '../src/index.js';
import { DEMO_KOLS } from '../src/seed/demo.js';
import { pageOf } from '../src/http/outcomes.js';

const officer = { authorization: 'Bearer sk_test_demo' };

async function get<S extends z.ZodMiniType>(app: App['app'], schema: S, path: string, headers = officer): Promise<z.output<S>> {
  const res = await app.request(path, { headers });
  expect(res.status, path).toBe(200);
  return z.parse(schema, await res.json());
}

describe('demo seed', () => {
  let demo: App;
  let campaigns: Campaign[];
  let participations: Participation[];

  beforeAll(async () => {
    demo = await createApp({ db: ':memory:', seed: 'demo', clock: new ManualClock(new Date('2026-06-01T00:00:00Z')) });
    campaigns = (await get(demo.app, CampaignList, '/v1/campaigns?limit=100')).data;
    participations = [];
    let cursor: string | null = null;
    do {
      const page: z.output<ReturnType<typeof listOf<typeof Participation>>> = await get(
        demo.app,
        listOf(Participation),
        `/v1/participations?limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      );
      participations.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
  });
  afterAll(() => demo.close());

  it('has at least 12 campaigns in every status, compensation, platform and format', () => {
    expect(campaigns.length).toBeGreaterThanOrEqual(12);
    expect(new Set(campaigns.map((c) => c.status))).toEqual(new Set(CampaignStatus.options));
    expect(new Set(campaigns.map((c) => c.compensation.type))).toEqual(new Set(CompensationType.options));
    expect(new Set(campaigns.flatMap((c) => c.platforms))).toEqual(new Set(PLATFORMS));
    expect(new Set(campaigns.flatMap((c) => c.deliverables.map((d) => d.format)))).toEqual(new Set(ContentFormat.options));
    expect(campaigns.filter((c) => c.status === 'open').length).toBeGreaterThan(campaigns.length / 2);
    for (const c of campaigns.filter((c) => c.compensation.type !== 'barter')) {
      expect(c.compensation.fee).toBeGreaterThanOrEqual(250_000);
      expect(c.compensation.fee).toBeLessThanOrEqual(5_000_000);
    }
  });

  it('sends images as absolute URLs that serve SVG', async () => {
    for (const c of campaigns) {
      expect(c.coverUrl).toMatch(/^http:\/\/localhost\/static\/covers\/[a-z0-9-]+\.svg$/);
      expect(c.brand.logoUrl).toMatch(/^http:\/\/localhost\/static\/logos\/[a-z0-9-]+\.svg$/);
    }
    const res = await demo.app.request(new URL(campaigns[0]!.coverUrl!).pathname);
    expect(res.headers.get('content-type')).toContain('image/svg+xml');
    expect(await res.text()).toContain('<svg');
  });

  it('reads every campaign and its brief back through the API', async () => {
    for (const c of campaigns) {
      await get(demo.app, Campaign, `/v1/campaigns/${c.slug}`);
      const brief = await get(demo.app, Brief, `/v1/campaigns/${c.id}/brief`);
      expect(brief.hashtags).toContain('#IbuSibuk');
    }
  });

  it('has participations in every stage, with history the lifecycle allows', async () => {
    expect(new Set(participations.map((p) => p.stage))).toEqual(new Set(Stage.options));
    for (const p of participations) {
      await get(demo.app, Participation, `/v1/participations/${p.id}`);
      expect(p.history[0]).toMatchObject({ from: null, to: 'applied' });
      for (const entry of p.history.slice(1)) {
        const action = entry.action as Action;
        expect(entry.actor.role, `${entry.from} ${entry.action}`).toBe(MOVES[action].by);
        expect(transition(entry.from!, action, MOVES[action].by), `${entry.from} ${entry.action}`).toBe(entry.to);
      }
      expect(p.history.at(-1)!.to).toBe(p.stage);
    }
  });

  it('fills campaign slots from accepted participations', () => {
    for (const c of campaigns) {
      const taken = participations.filter(
        (p) => p.campaignId === c.id && !['applied', 'rejected', 'withdrawn'].includes(p.stage),
      ).length;
      expect(c.slotsFilled, c.title).toBe(taken);
    }
  });

  it('keeps the demo KOLs’ uploads readable with signed links', async () => {
    const withDrafts = participations.filter((p) => p.drafts.length > 0);
    expect(withDrafts.length).toBeGreaterThan(0);
    for (const p of withDrafts) {
      for (const id of p.drafts.flatMap((d) => d.mediaIds)) {
        const upload = await get(demo.app, Upload, `/v1/uploads/${id}`);
        const media = await demo.app.request(new URL(upload.url!).pathname + new URL(upload.url!).search);
        expect(media.headers.get('content-type')).toBe('image/png');
      }
    }
  });

  it('lets every demo KOL sign in and read her profile', async () => {
    expect(DEMO_KOLS.map((k) => k.email)).toContain('siti@demo.ibusibuk.id');
    for (const kol of DEMO_KOLS) {
      const res = await demo.app.request('/v1/sessions', {
        method: 'POST',
        headers: { ...officer, 'content-type': 'application/json' },
        body: JSON.stringify({ email: kol.email }),
      });
      const session = z.parse(Session, await res.json());
      const me = await get(demo.app, KolProfile, '/v1/me', { authorization: `Bearer ${session.token}` });
      expect(me.name).toBe(kol.name);
      expect(me.socialAccounts.length).toBeGreaterThan(0);
    }
  });

  it('does not seed a database that already has data', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'ibusibuk-seed-'));
    try {
      const first = await createApp({ dataDir: dir, seed: 'demo' });
      const count = pageOf(await first.store.listCampaigns({ statuses: [] }, { limit: 100 })).data.length;
      await first.close();
      const second = await createApp({ dataDir: dir, seed: 'demo' });
      expect(pageOf(await second.store.listCampaigns({ statuses: [] }, { limit: 100 })).data.length).toBe(count);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
