import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdempotencyError, InvalidTransitionError, Participation } from '@ibusibuk/sdk';
import { applicationInput, campaignInput, participationAt, startApi, type Api } from './support.js';

let api: Api;
let campaignId: string;
beforeAll(async () => {
  api = await startApi();
  campaignId = (await api.openCampaign()).id;
});
afterAll(() => api.close());

const participationsOf = async (campaign: string) => {
  const all: Participation[] = [];
  for await (const p of api.officer.participations.list({ campaignId: campaign, limit: 100 })) all.push(p);
  return all;
};

describe('idempotency', () => {
  it('leaves one participation when an application is sent twice with one key', async () => {
    const kol = await api.newKol();
    const key = 'apply-once-1';
    const first = await kol.applications.create(campaignId, applicationInput(), { idempotencyKey: key });
    const second = await kol.applications.create(campaignId, applicationInput(), { idempotencyKey: key });
    expect(second).toEqual(first);
    expect((await kol.participations.list()).data).toHaveLength(1);
    expect((await participationsOf(campaignId)).filter((p) => p.kolId === first.kolId)).toHaveLength(1);
  });

  it('replays a raw duplicate POST with the stored response', async () => {
    const kol = await api.newKol();
    const post = () =>
      fetch(`${api.url}/v1/campaigns/${campaignId}/applications`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${kol.sessionToken}`,
          'content-type': 'application/json',
          'idempotency-key': 'raw-duplicate-1',
        },
        body: JSON.stringify(applicationInput()),
      });
    const first = await post();
    const second = await post();
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
    expect((await kol.participations.list()).data).toHaveLength(1);
  });

  it('refuses the same key with another body', async () => {
    const kol = await api.newKol();
    await kol.applications.create(campaignId, applicationInput(), { idempotencyKey: 'reused-key' });
    const other = applicationInput({ attribution: { source: 'brand-site' } });
    await expect(kol.applications.create(campaignId, other, { idempotencyKey: 'reused-key' })).rejects.toBeInstanceOf(IdempotencyError);
    expect((await kol.participations.list()).data).toHaveLength(1);
  });

  it('creates one campaign for one key', async () => {
    const input = campaignInput();
    const first = await api.officer.campaigns.create(input, { idempotencyKey: 'campaign-once' });
    const second = await api.officer.campaigns.create(input, { idempotencyKey: 'campaign-once' });
    expect(second.id).toBe(first.id);
    let same = 0;
    for await (const c of api.officer.campaigns.list({ limit: 100 })) if (c.slug === input.slug) same++;
    expect(same).toBe(1);
  });

  it('keeps keys apart per credential', async () => {
    const a = await api.newKol();
    const b = await api.newKol();
    const pa = await a.applications.create(campaignId, applicationInput(), { idempotencyKey: 'shared-key' });
    const pb = await b.applications.create(campaignId, applicationInput(), { idempotencyKey: 'shared-key' });
    expect(pb.id).not.toBe(pa.id);
    expect(pb.kolId).not.toBe(pa.kolId);
  });
});

describe('concurrent moves', () => {
  it('lets exactly one of two concurrent accepts win', async () => {
    const { participation } = await participationAt(api, campaignId, 'applied');
    const before = await api.officer.campaigns.get(campaignId);
    const results = await Promise.allSettled([
      api.officer.participations.accept(participation.id),
      api.officer.participations.accept(participation.id),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(InvalidTransitionError);
    const after = await api.officer.participations.get(participation.id);
    expect(after.history.filter((h) => h.to === 'accepted')).toHaveLength(1);
    expect((await api.officer.campaigns.get(campaignId)).slotsFilled).toBe(before.slotsFilled + 1);
  });

  it('lets exactly one of a concurrent accept and reject win', async () => {
    const { participation } = await participationAt(api, campaignId, 'applied');
    const results = await Promise.allSettled([
      api.officer.participations.accept(participation.id),
      api.officer.participations.reject(participation.id, { note: 'Kuota penuh.' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const after = await api.officer.participations.get(participation.id);
    expect(after.history).toHaveLength(2);
    expect(['accepted', 'rejected']).toContain(after.stage);
  });

  it('refuses an accept when the campaign is full', async () => {
    const small = await api.openCampaign({ slots: 1 });
    const first = await participationAt(api, small.id, 'accepted');
    const second = await participationAt(api, small.id, 'applied');
    await expect(api.officer.participations.accept(second.participation.id)).rejects.toBeInstanceOf(InvalidTransitionError);
    expect((await api.officer.campaigns.get(small.id)).slotsFilled).toBe(1);
    expect(first.participation.stage).toBe('accepted');
  });
});
