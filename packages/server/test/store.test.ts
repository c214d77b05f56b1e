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
  afterEach(() => store.close());

  const apply = (email: string, campaignId: string) => {
    const kol = store.ensureKol(email, null, at('2026-06-01T00:00:00Z'));
    return store.createApplication({
      campaignId,
      kolId: kol.id,
      application: application(email),
      profile: { name: 'Siti', whatsapp: '+6281234567890', city: 'Bandung', socialAccounts: [], children: [], niches: [] },
      at: at('2026-06-01T00:00:00Z'),
    })!;
  };

  it('pages campaigns newest first with an opaque cursor', () => {
    for (let day = 1; day <= 5; day++) {
      const createdAt = at(`2026-05-0${day}T00:00:00Z`);
      store.createCampaign(campaignFields({ title: `Kampanye ${day}`, createdAt }), createdAt);
    }
    const list = (cursor?: string) => pageOf(store.listCampaigns({ statuses: ['open'] }, { limit: 2, cursor }));
    const first = list();
    expect(first.data.map((c) => c.title)).toEqual(['Kampanye 5', 'Kampanye 4']);
    expect(first.hasMore).toBe(true);
    const second = list(first.nextCursor!);
    expect(second.data.map((c) => c.title)).toEqual(['Kampanye 3', 'Kampanye 2']);
    const last = list(second.nextCursor!);
    expect(last.data.map((c) => c.title)).toEqual(['Kampanye 1']);
    expect(last).toMatchObject({ hasMore: false, nextCursor: null });
  });

  it('answers a cursor that is not one of its own with invalid_cursor', () => {
    expect(store.listCampaigns({ statuses: [] }, { limit: 2, cursor: 'nonsense' })).toEqual({ ok: false, reason: 'invalid_cursor' });
    expect(store.listParticipations({}, { limit: 2, cursor: 'nonsense' })).toEqual({ ok: false, reason: 'invalid_cursor' });
  });

  it('filters campaigns by brand case-insensitively and by text', () => {
    const now = at('2026-06-01T00:00:00Z');
    store.createCampaign(campaignFields({ brand: { name: 'Bunda Wangi', logoUrl: null }, title: 'Cucian Wangi' }), now);
    store.createCampaign(campaignFields({ title: 'MPASI 100% Organik' }), now);
    const titles = (filter: { brand?: string; q?: string }) =>
      pageOf(store.listCampaigns({ statuses: [], ...filter }, { limit: 10 })).data.map((c) => c.title);
    expect(titles({ brand: 'bunda wangi' })).toEqual(['Cucian Wangi']);
    expect(titles({ q: '100%' })).toEqual(['MPASI 100% Organik']);
    expect(titles({ q: 'organik' })).toHaveLength(1);
  });

  it('moves a participation and appends history in one step', () => {
    const campaign = store.createCampaign(campaignFields(), at('2026-06-01T00:00:00Z'));
    const p = apply('siti@example.com', campaign.id);
    const moved = store.moveParticipation(p.id, {
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
    expect(store.getCampaign(campaign.id)!.slotsFilled).toBe(1);
  });

  it('refuses an illegal move and changes nothing', () => {
    const campaign = store.createCampaign(campaignFields(), at('2026-06-01T00:00:00Z'));
    const p = apply('siti@example.com', campaign.id);
    const outcome = store.moveParticipation(p.id, { action: 'approveDraft', actor: { role: 'officer', id: 'o' }, note: null, at: new Date() });
    expect(outcome).toEqual({ ok: false, reason: 'invalid_transition', stage: 'applied' });
    expect(store.getParticipation(p.id)).toEqual(p);
  });

  it("answers not_found for a missing participation or another KOL's", () => {
    const campaign = store.createCampaign(campaignFields(), at('2026-06-01T00:00:00Z'));
    const p = apply('siti@example.com', campaign.id);
    const withdraw = (id: string, kolId: string) =>
      store.moveParticipation(id, { action: 'withdraw', actor: { role: 'kol', id: kolId }, note: null, at: new Date(), kolId });
    expect(withdraw('par_missing', p.kolId)).toEqual({ ok: false, reason: 'not_found' });
    expect(withdraw(p.id, 'kol_other')).toEqual({ ok: false, reason: 'not_found' });
  });

  it('refuses an accept when the campaign is full and changes nothing', () => {
    const campaign = store.createCampaign(campaignFields({ slots: 1 }), at('2026-06-01T00:00:00Z'));
    const a = apply('a@example.com', campaign.id);
    const b = apply('b@example.com', campaign.id);
    const accept = (id: string) =>
      store.moveParticipation(id, {
        action: 'accept',
        actor: { role: 'officer', id: 'o' },
        note: null,
        at: new Date(),
        change: () => ({ slot: 'fill' }),
      });
    accept(a.id);
    expect(accept(b.id)).toEqual({ ok: false, reason: 'campaign_full', slots: 1 });
    expect(store.getParticipation(b.id)!.stage).toBe('applied');
    expect(store.getCampaign(campaign.id)!.slotsFilled).toBe(1);
  });

  it('answers stale_stage and gives the slot back when someone moved the participation first', () => {
    const campaign = store.createCampaign(campaignFields({ slots: 1 }), at('2026-06-01T00:00:00Z'));
    const p = apply('siti@example.com', campaign.id);
    const officer = { role: 'officer' as const, id: 'o' };
    const outcome = store.moveParticipation(p.id, {
      action: 'accept',
      actor: officer,
      note: null,
      at: new Date(),
      // Another officer rejects her while this accept is being worked out.
      change: () => {
        store.moveParticipation(p.id, { action: 'reject', actor: officer, note: 'Maaf', at: new Date() });
        return { slot: 'fill' };
      },
    });
    expect(outcome).toEqual({ ok: false, reason: 'stale_stage', stage: 'applied' });
    expect(store.getCampaign(campaign.id)!.slotsFilled).toBe(0);
    expect(store.getParticipation(p.id)).toEqual(p);
  });

  it('keeps one participation per KOL and campaign', () => {
    const campaign = store.createCampaign(campaignFields(), at('2026-06-01T00:00:00Z'));
    apply('siti@example.com', campaign.id);
    expect(apply('siti@example.com', campaign.id)).toBeNull();
  });

  it('reserves an idempotency key once: a duplicate sees the reservation, then the stored response', () => {
    const reservation = { scope: 's', key: 'k', requestHash: 'h', now: new Date('2026-06-01T00:00:00Z'), expiresAt: new Date('2026-06-02T00:00:00Z') };
    expect(store.reserveIdempotencyKey(reservation).state).toBe('reserved');
    expect(store.reserveIdempotencyKey(reservation).state).toBe('in_flight');
    expect(store.reserveIdempotencyKey({ ...reservation, requestHash: 'other' }).state).toBe('mismatch');
    store.completeIdempotencyKey('s', 'k', { status: 201, body: '{}', contentType: 'application/json' });
    expect(store.reserveIdempotencyKey(reservation)).toEqual({
      state: 'replay',
      response: { status: 201, body: '{}', contentType: 'application/json' },
    });
    expect(store.reserveIdempotencyKey({ ...reservation, now: new Date('2026-06-03T00:00:00Z'), expiresAt: new Date('2026-06-04T00:00:00Z') }).state).toBe('reserved');
  });
});
