import type { Application } from '@ibusibuk/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageOf } from '../src/http/outcomes.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { campaignFields } from './helpers.js';

const at = (iso: string) => new Date(iso);

const application = (email: string): Application => ({
  profile: {
    name: 'Siti',
    email,
    whatsapp: '+6281234567890',
    city: 'Bandung',
    province: null,
    socialAccounts: [{ platform: 'instagram', handle: 'siti', followers: 1000 }],
    children: [],
    niches: [],
  },
  answers: { whyMe: 'x'.repeat(20), contentIdea: 'y'.repeat(20), eligibility: { meetsRequirements: true, willFollowBrief: true } },
  attribution: { source: null, utm: {}, pageUrl: null },
  submittedAt: '2026-06-01T00:00:00.000Z',
});

describe('SqliteStore', () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = new SqliteStore(':memory:');
  });
  afterEach(async () => await store.close());

  const apply = async (email: string, campaignId: string) => {
    const kol = await store.ensureKol(email, null, at('2026-06-01T00:00:00Z'));
    return (await store.createApplication({
      campaignId,
      kolId: kol.id,
      application: application(email),
      profile: { name: 'Siti', whatsapp: '+6281234567890', city: 'Bandung', socialAccounts: [], children: [], niches: [] },
      at: at('2026-06-01T00:00:00Z'),
    }))!;
  };

  it('pages campaigns newest first with an opaque cursor', async () => {
    for (let day = 1; day <= 5; day++) {
      const createdAt = at(`2026-05-0${day}T00:00:00Z`);
      await store.createCampaign(campaignFields({ title: `Kampanye ${day}`, createdAt }), createdAt);
    }
    const list = async (cursor?: string) => pageOf(await store.listCampaigns({ statuses: ['open'] }, { limit: 2, cursor }));
    const first = await list();
    expect(first.data.map((c) => c.title)).toEqual(['Kampanye 5', 'Kampanye 4']);
    expect(first.hasMore).toBe(true);
    const second = await list(first.nextCursor!);
    expect(second.data.map((c) => c.title)).toEqual(['Kampanye 3', 'Kampanye 2']);
    const last = await list(second.nextCursor!);
    expect(last.data.map((c) => c.title)).toEqual(['Kampanye 1']);
    expect(last).toMatchObject({ hasMore: false, nextCursor: null });
  });

  it('answers a cursor that is not one of its own with invalid_cursor', async () => {
    expect(await store.listCampaigns({ statuses: [] }, { limit: 2, cursor: 'nonsense' })).toEqual({ ok: false, reason: 'invalid_cursor' });
    expect(await store.listParticipations({}, { limit: 2, cursor: 'nonsense' })).toEqual({ ok: false, reason: 'invalid_cursor' });
  });

  it('filters campaigns by brand case-insensitively and by text', async () => {
    const now = at('2026-06-01T00:00:00Z');
    await store.createCampaign(campaignFields({ brand: { name: 'Bunda Wangi', logoUrl: null }, title: 'Cucian Wangi' }), now);
    await store.createCampaign(campaignFields({ title: 'MPASI 100% Organik' }), now);
    const titles = async (filter: { brand?: string; q?: string }) =>
      pageOf(await store.listCampaigns({ statuses: [], ...filter }, { limit: 10 })).data.map((c) => c.title);
    expect(await titles({ brand: 'bunda wangi' })).toEqual(['Cucian Wangi']);
    expect(await titles({ q: '100%' })).toEqual(['MPASI 100% Organik']);
    expect(await titles({ q: 'organik' })).toHaveLength(1);
  });

  it('moves a participation and appends history in one step', async () => {
    const campaign = await store.createCampaign(campaignFields(), at('2026-06-01T00:00:00Z'));
    const p = await apply('siti@example.com', campaign.id);
    const moved = await store.moveParticipation(p.id, {
      action: 'accept',
      actor: { role: 'officer', id: 'officer_test' },
      note: 'Selamat!',
      at: at('2026-06-02T00:00:00Z'),
      change: () => ({ slot: 'fill' }),
    });
    if (!moved.ok) throw new Error(moved.reason);
    expect(moved.participation.stage).toBe('accepted');
    expect(moved.participation.history.map((h) => [h.from, h.to, h.action])).toEqual([
      [null, 'applied', 'apply'],
      ['applied', 'accepted', 'accept'],
    ]);
    expect((await store.getCampaign(campaign.id))!.slotsFilled).toBe(1);
  });

  it('refuses an illegal move and changes nothing', async () => {
    const campaign = await store.createCampaign(campaignFields(), at('2026-06-01T00:00:00Z'));
    const p = await apply('siti@example.com', campaign.id);
    const outcome = await store.moveParticipation(p.id, { action: 'approveDraft', actor: { role: 'officer', id: 'o' }, note: null, at: new Date() });
    expect(outcome).toEqual({ ok: false, reason: 'invalid_transition', stage: 'applied' });
    expect(await store.getParticipation(p.id)).toEqual(p);
  });

  it("answers not_found for a missing participation or another KOL's", async () => {
    const campaign = await store.createCampaign(campaignFields(), at('2026-06-01T00:00:00Z'));
    const p = await apply('siti@example.com', campaign.id);
    const withdraw = async (id: string, kolId: string) =>
      await store.moveParticipation(id, { action: 'withdraw', actor: { role: 'kol', id: kolId }, note: null, at: new Date(), kolId });
    expect(await withdraw('par_missing', p.kolId)).toEqual({ ok: false, reason: 'not_found' });
    expect(await withdraw(p.id, 'kol_other')).toEqual({ ok: false, reason: 'not_found' });
  });

  it('refuses an accept when the campaign is full and changes nothing', async () => {
    const campaign = await store.createCampaign(campaignFields({ slots: 1 }), at('2026-06-01T00:00:00Z'));
    const a = await apply('a@example.com', campaign.id);
    const b = await apply('b@example.com', campaign.id);
    const accept = async (id: string) =>
      await store.moveParticipation(id, {
        action: 'accept',
        actor: { role: 'officer', id: 'o' },
        note: null,
        at: new Date(),
        change: () => ({ slot: 'fill' }),
      });
    await accept(a.id);
    expect(await accept(b.id)).toEqual({ ok: false, reason: 'campaign_full', slots: 1 });
    expect((await store.getParticipation(b.id))!.stage).toBe('applied');
    expect((await store.getCampaign(campaign.id))!.slotsFilled).toBe(1);
  });

  it('answers stale_stage and gives the slot back when someone moved the participation first', async () => {
    const campaign = await store.createCampaign(campaignFields({ slots: 1 }), at('2026-06-01T00:00:00Z'));
    const p = await apply('siti@example.com', campaign.id);
    const officer = { role: 'officer' as const, id: 'o' };
    const outcome = await store.moveParticipation(p.id, {
      action: 'accept',
      actor: officer,
      note: null,
      at: new Date(),
      // Another officer rejects her while this accept is being worked out.
      // (SQLite's methods run at once behind their promise: this one runs inside the accept's transaction.)
      change: () => {
        void store.moveParticipation(p.id, { action: 'reject', actor: officer, note: 'Maaf', at: new Date() });
        return { slot: 'fill' };
      },
    });
    expect(outcome).toEqual({ ok: false, reason: 'stale_stage', stage: 'applied' });
    expect((await store.getCampaign(campaign.id))!.slotsFilled).toBe(0);
    expect(await store.getParticipation(p.id)).toEqual(p);
  });

  it('keeps one participation per KOL and campaign', async () => {
    const campaign = await store.createCampaign(campaignFields(), at('2026-06-01T00:00:00Z'));
    await apply('siti@example.com', campaign.id);
    expect(await apply('siti@example.com', campaign.id)).toBeNull();
  });

  it('reserves an idempotency key once: a duplicate sees the reservation, then the stored response', async () => {
    const reservation = { scope: 's', key: 'k', requestHash: 'h', now: new Date('2026-06-01T00:00:00Z'), expiresAt: new Date('2026-06-02T00:00:00Z') };
    expect((await store.reserveIdempotencyKey(reservation)).state).toBe('reserved');
    expect((await store.reserveIdempotencyKey(reservation)).state).toBe('in_flight');
    expect((await store.reserveIdempotencyKey({ ...reservation, requestHash: 'other' })).state).toBe('mismatch');
    await store.completeIdempotencyKey('s', 'k', { status: 201, body: '{}', contentType: 'application/json' });
    expect(await store.reserveIdempotencyKey(reservation)).toEqual({
      state: 'replay',
      response: { status: 201, body: '{}', contentType: 'application/json' },
    });
    expect((await store.reserveIdempotencyKey({ ...reservation, now: new Date('2026-06-03T00:00:00Z'), expiresAt: new Date('2026-06-04T00:00:00Z') })).state).toBe('reserved');
  });
});
