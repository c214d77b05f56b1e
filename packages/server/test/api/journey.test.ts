import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermissionError, type Campaign, type IbuSibukClient, type Participation } from '@ibusibuk/sdk';
import { applicationInput, briefInput, campaignInput, insightInput, png, startApi, type Api } from './support.js';

/**
 * One KOL from the campaign list to being paid, every step through the SDK
 * over HTTP. The steps share state, so they run in order.
 */
describe('a KOL’s journey from the campaign list to paid', () => {
  let api: Api;
  let campaign: Campaign;
  let kol: IbuSibukClient;
  let participation: Participation;
  let mediaId: string;
  const email = 'siti.rahma@example.com';

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('lets an officer create a draft campaign, write its brief and publish it', async () => {
    const draft = await api.officer.campaigns.create(campaignInput({ slug: 'sarapan-sehat' }));
    expect(draft).toMatchObject({ status: 'draft', slug: 'sarapan-sehat', slotsFilled: 0 });
    expect(draft.id).toMatch(/^cmp_/);
    const brief = await api.officer.briefs.put(draft.id, briefInput());
    expect(brief).toMatchObject({ campaignId: draft.id, version: 1 });
    campaign = await api.officer.campaigns.publish(draft.id);
    expect(campaign.status).toBe('open');
  });

  it('lists the open campaign to a page holding only the publishable key', async () => {
    const ids: string[] = [];
    for await (const c of api.public.campaigns.list({ status: 'open' })) ids.push(c.id);
    expect(ids).toContain(campaign.id);
    await expect(api.public.campaigns.get('sarapan-sehat')).resolves.toMatchObject({ id: campaign.id });
  });

  it('signs the KOL in with the code from her email', async () => {
    kol = await api.signInByEmail(email);
    await expect(kol.me.get()).resolves.toMatchObject({ email, object: 'kol' });
  });

  it('hides the brief before acceptance', async () => {
    await expect(kol.campaigns.brief(campaign.id)).rejects.toBeInstanceOf(PermissionError);
  });

  it('takes her application as stage applied', async () => {
    participation = await kol.applications.create(campaign.id, applicationInput());
    expect(participation).toMatchObject({ stage: 'applied', campaignId: campaign.id });
    expect(participation.application.attribution.source).toBe('orami-article:sarapan-sehat');
    await expect(kol.campaigns.brief(campaign.id)).rejects.toBeInstanceOf(PermissionError);
  });

  it('shows the brief once the officer accepts', async () => {
    participation = await api.officer.participations.accept(participation.id);
    expect(participation.stage).toBe('accepted');
    await expect(api.officer.campaigns.get(campaign.id)).resolves.toMatchObject({ slotsFilled: 1 });
    await expect(kol.campaigns.brief(campaign.id)).resolves.toMatchObject({ hashtags: ['#SusuBunda', '#IbuSibuk'] });
  });

  it('moves to drafting when she acknowledges the brief', async () => {
    participation = await kol.participations.acknowledgeBrief(participation.id);
    expect(participation.stage).toBe('drafting');
  });

  it('stores her media and serves it back through a signed URL', async () => {
    const progress: number[] = [];
    const upload = await kol.uploads.create(png(), { filename: 'pagi.png', onProgress: (p) => progress.push(p.percent) });
    expect(upload).toMatchObject({ kind: 'image', mimeType: 'image/png' });
    expect(progress.at(-1)).toBe(100);
    mediaId = upload.id;
    const fresh = await kol.uploads.get(mediaId);
    expect(fresh.url).toBeTruthy();
    const bytes = new Uint8Array(await (await fetch(new URL(fresh.url!, api.url))).arrayBuffer());
    expect(Array.from(bytes.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('goes to review with draft v1, back with feedback, and again with draft v2', async () => {
    participation = await kol.drafts.submit(participation.id, { caption: 'Pagi sibuk #SusuBunda', mediaIds: [mediaId] });
    expect(participation.stage).toBe('in_review');
    participation = await api.officer.drafts.requestRevision(participation.id, { note: 'Tampilkan produk di 3 detik pertama.' });
    expect(participation.stage).toBe('revision_requested');
    expect(participation.drafts[0]).toMatchObject({ version: 1, status: 'revision_requested', feedback: 'Tampilkan produk di 3 detik pertama.' });
    participation = await kol.drafts.submit(participation.id, { caption: 'Pagi sibuk, Susu Bunda dulu #SusuBunda', mediaIds: [mediaId] });
    expect(participation.stage).toBe('in_review');
    expect(participation.drafts.map((d) => d.version)).toEqual([1, 2]);
  });

  it('approves draft v2', async () => {
    participation = await api.officer.drafts.approve(participation.id);
    expect(participation.stage).toBe('approved');
    expect(participation.drafts[1]).toMatchObject({ version: 2, status: 'approved' });
  });

  it('takes the URL of the live post on the campaign’s platform', async () => {
    participation = await kol.posts.submit(participation.id, { url: 'https://www.instagram.com/reel/Cxyz789/' });
    expect(participation.stage).toBe('posted');
    expect(participation.post).toMatchObject({ platform: 'instagram', url: 'https://www.instagram.com/reel/Cxyz789/' });
  });

  it('takes her insight, a fix request and the corrected insight', async () => {
    participation = await kol.insights.submit(participation.id, insightInput(mediaId, 8_000));
    expect(participation.stage).toBe('insight_review');
    participation = await api.officer.insights.requestFix(participation.id, { note: 'Jangkauan tidak sesuai tangkapan layar.' });
    expect(participation.stage).toBe('insight_revision_requested');
    expect(participation.insights[0]).toMatchObject({ status: 'fix_requested', officerNote: 'Jangkauan tidak sesuai tangkapan layar.' });
    participation = await kol.insights.submit(participation.id, insightInput(mediaId, 10_000));
    expect(participation.stage).toBe('insight_review');
    expect(participation.insights).toHaveLength(2);
    expect(participation.insights[1]!.metrics[0]!.values.reach).toBe(10_000);
    expect(participation.insights[1]!.engagementRate).toBeGreaterThan(0);
  });

  it('completes on approval with a pending payout, then is paid', async () => {
    participation = await api.officer.insights.approve(participation.id);
    expect(participation.stage).toBe('completed');
    // Fee Rp1.500.000, no tax id given: PPh 21 on 50 % of it (Rp750.000) at 5 % = Rp37.500, plus 20 %
    // without an NPWP = Rp45.000 withheld; Rp1.455.000 is transferred (PMK 168/2023).
    expect(participation.payout).toMatchObject({
      amount: 1_455_000,
      status: 'pending',
      statement: { gross: 1_500_000, taxBase: 750_000, tax: 45_000, net: 1_455_000, withNpwp: false },
    });
    expect(participation.payout!.expectedBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(api.officer.payouts.record(participation.id, { amount: 1_500_000, reference: 'TRF-2026-06-0001' })).rejects.toMatchObject({
      status: 400,
      fields: { amount: expect.stringContaining('Rp1.455.000') },
    });
    await expect(api.officer.payouts.record(participation.id, { amount: 0, reference: 'TRF-2026-06-0001' })).rejects.toMatchObject({ status: 400 });
    await expect(api.officer.payouts.record(participation.id, { amount: 1_455_000, reference: '' })).rejects.toMatchObject({ status: 400 });
    participation = await api.officer.payouts.record(participation.id, { amount: 1_455_000, reference: 'TRF-2026-06-0001' });
    expect(participation.stage).toBe('paid');
    expect(participation.payout).toMatchObject({ amount: 1_455_000, status: 'paid', reference: 'TRF-2026-06-0001' });
    expect(participation.payout!.paidAt).toBeTruthy();
  });

  it('keeps every move in the history, with who made it and the notes', async () => {
    const seen = await kol.participations.get(participation.id);
    expect(seen).toEqual(participation);
    expect(seen.history.map((h) => [h.from, h.to, h.actor.role])).toEqual([
      [null, 'applied', 'kol'],
      ['applied', 'accepted', 'officer'],
      ['accepted', 'drafting', 'kol'],
      ['drafting', 'in_review', 'kol'],
      ['in_review', 'revision_requested', 'officer'],
      ['revision_requested', 'in_review', 'kol'],
      ['in_review', 'approved', 'officer'],
      ['approved', 'posted', 'kol'],
      ['posted', 'insight_review', 'kol'],
      ['insight_review', 'insight_revision_requested', 'officer'],
      ['insight_revision_requested', 'insight_review', 'kol'],
      ['insight_review', 'completed', 'officer'],
      ['completed', 'paid', 'officer'],
    ]);
    expect(seen.history[4]!.note).toBe('Tampilkan produk di 3 detik pertama.');
    expect(seen.history[9]!.note).toBe('Jangkauan tidak sesuai tangkapan layar.');
    expect(seen.history.every((h) => h.actor.id.length > 0 && !Number.isNaN(Date.parse(h.at)))).toBe(true);
  });

  it('lists the paid participation among hers', async () => {
    const page = await kol.participations.list({ stage: 'paid' });
    expect(page.data.map((p) => p.id)).toEqual([participation.id]);
  });
});
