import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  CampaignReport,
  NotFoundError,
  PermissionError,
  STAGES,
  ValidationError,
  campaignReportCsv,
  type IbuSibukClient,
  type Permission,
  type Stage,
} from '@ibusibuk/sdk';
import { applicationInput, campaignInput, insightInput, participationAt, png, startApi, type Api } from './support.js';

const MINUTE = 60_000;

let api: Api;
let brandA: string;
let campaignA: string;
let brandKey: IbuSibukClient;
beforeAll(async () => {
  api = await startApi({ secretKeys: [{ key: 'sk_test_brand_a', brand: 'Susu Bunda' }] });
  const campaign = await api.openCampaign();
  campaignA = campaign.id;
  brandA = campaign.brand.id;
  brandKey = api.client({ secretKey: 'sk_test_brand_a' });
});
afterAll(() => api.close());

const actor = { name: 'Rina (Susu Bunda)', email: 'rina@susubunda.example' };
const staff = async (permissions: Permission[], options: { brandId?: string; expiresIn?: number } = {}) => {
  const session = await api.officer.sessions.create({ role: 'brand', brandId: options.brandId ?? brandA, permissions, actor, ...options });
  return api.client({ sessionToken: session.token });
};

describe('staff sessions', () => {
  it('mints a brand session that lasts an hour, storing only its hash', async () => {
    const session = await api.officer.sessions.create({ role: 'brand', brandId: brandA, permissions: ['drafts.review'], actor });
    expect(session).toMatchObject({ object: 'staff_session', role: 'brand', brandId: brandA, permissions: ['drafts.review'], actor });
    expect(session.token).toMatch(/^sst_/);
    expect(Date.parse(session.expiresAt) - api.clock.now().getTime()).toBe(60 * MINUTE);
    expect(JSON.stringify(await api.server.store.findStaffSession(session.token))).toBe('null');
  });

  it('refuses a lifetime over 12 hours', async () => {
    const error = await api.officer.sessions.create({ role: 'brand', brandId: brandA, permissions: [], actor, expiresIn: 12 * 3600 + 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toHaveProperty('expiresIn');
  });

  it('answers 401 with a clear message once expired', async () => {
    const client = await staff(['reports.read'], { expiresIn: 120 });
    await expect(client.campaigns.get(campaignA)).resolves.toMatchObject({ id: campaignA });
    api.clock.advance(2 * MINUTE);
    client.setLocale('en');
    const error = await client.campaigns.get(campaignA).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).message).toMatch(/staff session has expired/);
  });

  it('refuses a move without its permission, naming it, and records who made it with one', async () => {
    const { participation } = await participationAt(api, campaignA, 'in_review');
    const reviewer = await staff(['participations.review']);
    reviewer.setLocale('en');
    const error = await reviewer.drafts.approve(participation.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).message).toContain('drafts.review');

    const drafts = await staff(['drafts.review']);
    const approved = await drafts.drafts.approve(participation.id, { note: 'Bagus!' });
    expect(approved.history.at(-1)).toMatchObject({ action: 'approveDraft', actor: { role: 'officer', id: actor.email, name: actor.name } });
  });

  it('lets staff read their brand, and never write campaigns or mint sessions', async () => {
    const client = await staff(['participations.review', 'reports.read']);
    await expect(client.campaigns.brief(campaignA)).resolves.toMatchObject({ campaignId: campaignA });
    await expect(client.campaigns.update(campaignA, { summary: 'Tidak boleh.' })).rejects.toBeInstanceOf(PermissionError);
    await expect(client.sessions.create({ role: 'brand', permissions: [], actor })).rejects.toBeInstanceOf(PermissionError);
  });
});

describe('a key restricted to one brand', () => {
  it('mints sessions for its own brand only, and no officer or KOL sessions', async () => {
    const own = await brandKey.sessions.create({ role: 'brand', permissions: ['reports.read'], actor });
    expect(own.brandId).toBe(brandA);
    const other = await api.openCampaign({ brand: { name: 'Bayi Ceria' } });
    await expect(brandKey.sessions.create({ role: 'brand', brandId: other.brand.id, permissions: [], actor })).rejects.toBeInstanceOf(NotFoundError);
    await expect(brandKey.sessions.create({ role: 'officer', permissions: [], actor })).rejects.toBeInstanceOf(PermissionError);
    await expect(brandKey.sessions.create({ email: 'kol@example.com' })).rejects.toBeInstanceOf(PermissionError);
    await expect(api.officer.sessions.create({ role: 'brand', permissions: [], actor })).rejects.toBeInstanceOf(ValidationError);
  });

  it('creates campaigns for its own brand, whatever the body names', async () => {
    const created = await brandKey.campaigns.create(campaignInput({ brand: { name: 'Merek Lain' } }));
    expect(created.brand).toMatchObject({ id: brandA, name: 'Susu Bunda' });
    const moved = await brandKey.campaigns.update(created.id, { brand: { name: 'Merek Lain' } });
    expect(moved.brand.id).toBe(brandA);
  });

  it('lists only its own brand’s campaigns', async () => {
    const ids = [];
    for await (const campaign of brandKey.campaigns.list({ limit: 100 })) ids.push(campaign.brand.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set([brandA]));
  });
});

describe('the review queue', () => {
  it('lists what waits on the officer across the brand’s campaigns, waiting longest first', async () => {
    const second = (await api.openCampaign()).id;
    const other = (await api.openCampaign({ brand: { name: 'Popok Pintar' } })).id;
    await participationAt(api, other, 'applied');
    api.clock.advance(MINUTE);
    const first = await participationAt(api, second, 'in_review');
    api.clock.advance(MINUTE);
    const later = await participationAt(api, campaignA, 'applied');
    api.clock.advance(MINUTE);
    await participationAt(api, campaignA, 'drafting');

    const reviewer = await staff(['participations.review', 'drafts.review']);
    const queue = [];
    for await (const p of reviewer.participations.list({ waitingOn: 'officer', order: 'oldest', limit: 2 })) queue.push(p);
    expect(queue.every((p) => STAGES[p.stage].actor === 'officer')).toBe(true);
    expect(queue.every((p) => p.campaignId !== other)).toBe(true);
    const updated = queue.map((p) => p.updatedAt);
    expect(updated).toEqual([...updated].sort());
    const ids = queue.map((p) => p.id);
    expect(ids.indexOf(first.participation.id)).toBeLessThan(ids.indexOf(later.participation.id));

    const newest = await reviewer.participations.list({ waitingOn: 'officer', order: 'newest', campaignId: campaignA });
    expect(newest.data[0]!.id).toBe(later.participation.id);
    const kolSide = await reviewer.participations.list({ waitingOn: 'kol', limit: 100 });
    expect(kolSide.data.every((p) => STAGES[p.stage].actor === 'kol')).toBe(true);
  });
});

describe('the campaign report', () => {
  it('adds up approved insights as computed by hand, and makes a CSV of it', async () => {
    const campaign = await api.openCampaign({ brand: { name: 'Susu Bunda' } });
    // Reel metrics from insightInput: reach as given, views 200, likes 300, comments 400, shares 500, saves 600.
    const paid = await participationAt(api, campaign.id, 'paid');
    api.clock.advance(MINUTE);
    const completed = await participationAt(api, campaign.id, 'posted');
    const screenshot = await completed.kol.uploads.create(png());
    await completed.kol.insights.submit(completed.participation.id, insightInput(screenshot.id, 20_000));
    await api.officer.insights.approve(completed.participation.id);
    api.clock.advance(MINUTE);
    const posted = await participationAt(api, campaign.id, 'posted');
    api.clock.advance(MINUTE);
    await participationAt(api, campaign.id, 'applied');
    await participationAt(api, campaign.id, 'rejected');
    const outsider = await api.newKol();
    await outsider.applications.create(campaign.id, applicationInput());

    const readers = await staff(['reports.read']);
    const report = await readers.campaigns.report(campaign.id);
    const byStage = Object.fromEntries((Object.keys(STAGES) as Stage[]).map((s) => [s, 0]));
    Object.assign(byStage, { paid: 1, completed: 1, posted: 1, applied: 2, rejected: 1 });
    const post = { postUrl: 'https://www.instagram.com/reel/Cabc123/', platform: 'instagram' };
    const expected: CampaignReport = {
      object: 'campaign_report',
      campaignId: campaign.id,
      byStage: byStage as CampaignReport['byStage'],
      participants: [
        // 300 + 400 + 500 + 600 = 1,800 engagements; 1,800 / 10,000 = 18 %
        { participationId: paid.participation.id, kolName: 'Siti Rahmawati', stage: 'paid', ...post, reach: 10_000, impressions: 0, engagements: 1800, engagementRate: 18, fee: 1_500_000 },
        // 1,800 / 20,000 = 9 %; the payout is pending at the campaign's fee
        { participationId: completed.participation.id, kolName: 'Siti Rahmawati', stage: 'completed', ...post, reach: 20_000, impressions: 0, engagements: 1800, engagementRate: 9, fee: 1_500_000 },
        { participationId: posted.participation.id, kolName: 'Siti Rahmawati', stage: 'posted', ...post, reach: 0, impressions: 0, engagements: 0, engagementRate: null, fee: null },
      ] as CampaignReport['participants'],
      // 3,600 / 30,000 = 12 %; Rp 3,000,000 / 3,600 = Rp 833.33 per engagement
      totals: { participants: 3, posts: 3, reach: 30_000, impressions: 0, engagements: 3600, engagementRate: 12, feeSpent: 3_000_000, costPerEngagement: 833.33 },
    };
    expect(report).toEqual(expected);

    const csv = campaignReportCsv(report).split('\r\n');
    expect(csv[0]).toBe('participationId,kolName,stage,platform,postUrl,reach,impressions,engagements,engagementRate,fee');
    expect(csv[1]).toBe(`${paid.participation.id},Siti Rahmawati,paid,instagram,https://www.instagram.com/reel/Cabc123/,10000,0,1800,18,1500000`);
    expect(csv[4]).toBe('total,"3 participants, 3 posts",,,,30000,0,3600,12,3000000');

    const noReports = await staff(['drafts.review']);
    await expect(noReports.campaigns.report(campaign.id)).rejects.toBeInstanceOf(PermissionError);
    const elsewhere = await api.openCampaign({ brand: { name: 'Bayi Ceria' } });
    await expect(readers.campaigns.report(elsewhere.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
