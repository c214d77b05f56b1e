import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError, type IbuSibukError } from '@ibusibuk/sdk';
import { applicationInput, briefInput, campaignInput, insightInput, participationAt, png, startApi, type Api } from './support.js';

let api: Api;
let campaignId: string;
beforeAll(async () => {
  api = await startApi();
  campaignId = (await api.openCampaign()).id;
});
afterAll(() => api.close());

/** Sends input the SDK's types would not allow. */
const bad = <T>(value: unknown) => value as T;

/** The call fails with a ValidationError naming exactly these fields (at least). */
async function refusesFields(promise: Promise<unknown>, fields: string[]) {
  const error = await promise.then(
    () => new Error('was accepted'),
    (e: unknown) => e,
  );
  expect(error, String(error)).toBeInstanceOf(ValidationError);
  const { status, code, fields: got } = error as IbuSibukError;
  expect(status).toBe(400);
  expect(code).toBe('validation_error');
  expect(Object.keys(got ?? {}), JSON.stringify(got)).toEqual(expect.arrayContaining(fields));
  for (const field of fields) expect(got![field]!.length).toBeGreaterThan(0);
  return error as ValidationError;
}

const countCampaigns = async () => {
  let n = 0;
  for await (const _ of api.officer.campaigns.list({ limit: 100 })) n++;
  return n;
};

describe('bad input is refused, naming the fields, and writes nothing', () => {
  it('POST /v1/campaigns', async () => {
    const before = await countCampaigns();
    await refusesFields(
      api.officer.campaigns.create(
        bad({
          ...campaignInput(),
          title: undefined,
          slots: 'sepuluh',
          summary: 'x'.repeat(301),
          compensation: { type: 'paid', fee: -1 },
          platforms: ['myspace'],
        }),
      ),
      ['title', 'slots', 'summary', 'compensation.fee', 'platforms.0'],
    );
    await refusesFields(api.officer.campaigns.create(bad({})), ['brand', 'title', 'timeline']);
    expect(await countCampaigns()).toBe(before);
  });

  it('GET /v1/campaigns and /v1/participations with a cursor that is not one of ours', async () => {
    await refusesFields(api.public.campaigns.list({ cursor: 'bukan-cursor' }), ['cursor']);
    await refusesFields(api.officer.participations.list({ cursor: 'bukan-cursor' }), ['cursor']);
  });

  it('PATCH /v1/campaigns/:id', async () => {
    const before = await api.officer.campaigns.get(campaignId);
    await refusesFields(api.officer.campaigns.update(campaignId, bad({ title: 42, slots: -3, tags: ['x'.repeat(41)] })), [
      'title',
      'slots',
      'tags.0',
    ]);
    expect(await api.officer.campaigns.get(campaignId)).toEqual(before);
  });

  it('PUT /v1/campaigns/:id/brief', async () => {
    const before = await api.officer.campaigns.brief(campaignId);
    await refusesFields(
      api.officer.briefs.put(campaignId, bad({ ...briefInput(), objective: '', hashtags: ['tanpa pagar'], mentions: 'susubunda' })),
      ['objective', 'hashtags.0', 'mentions'],
    );
    expect(await api.officer.campaigns.brief(campaignId)).toEqual(before);
  });

  it('POST /v1/auth/codes', async () => {
    await refusesFields(api.public.auth.requestCode('bukan-email'), ['email']);
    await refusesFields(api.public.auth.requestCode(bad(12)), ['email']);
    expect((await api.public.dev.outbox('bukan-email')).data).toEqual([]);
  });

  it('POST /v1/auth/sessions', async () => {
    await refusesFields(api.public.auth.verifyCode('siti@example.com', '12ab'), ['code']);
    await refusesFields(api.public.auth.verifyCode('siti', bad(123456)), ['email', 'code']);
  });

  it('POST /v1/sessions', async () => {
    const error = await api.officer.sessions.create(bad({ email: 'bukan-email', name: 'x' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fields ?? {}).length).toBeGreaterThan(0);
  });

  it('POST /v1/campaigns/:id/applications', async () => {
    const kol = await api.newKol();
    const valid = applicationInput();
    await refusesFields(
      kol.applications.create(
        campaignId,
        bad({
          ...valid,
          profile: {
            ...valid.profile,
            whatsapp: '08123',
            city: 'x'.repeat(81),
            socialAccounts: [{ platform: 'instagram', handle: '@siti', followers: 'banyak' }],
          },
          answers: { ...valid.answers, whyMe: 'x'.repeat(2001) },
          consent: false,
        }),
      ),
      ['profile.whatsapp', 'profile.city', 'profile.socialAccounts.0.followers', 'answers.whyMe', 'consent'],
    );
    await refusesFields(kol.applications.create(campaignId, bad({ consent: true })), ['profile', 'answers']);
    expect((await kol.participations.list()).data).toEqual([]);
    expect((await api.officer.participations.list({ campaignId, limit: 100 })).data.every((p) => p.application.profile.whatsapp !== '08123')).toBe(true);
  });

  it('refuses an application that misses the campaign’s requirements, naming the field', async () => {
    const strict = await api.openCampaign({ requirements: { minFollowers: { instagram: 50_000 } } });
    const kol = await api.newKol();
    await refusesFields(kol.applications.create(strict.id, applicationInput()), ['profile.socialAccounts']);
    expect((await api.officer.participations.list({ campaignId: strict.id })).data).toEqual([]);
  });

  it('POST /v1/participations/:id/reject and /accept', async () => {
    const { participation } = await participationAt(api, campaignId, 'applied');
    await refusesFields(api.officer.participations.reject(participation.id, bad({})), ['note']);
    await refusesFields(api.officer.participations.reject(participation.id, { note: 'x'.repeat(2001) }), ['note']);
    await refusesFields(api.officer.participations.accept(participation.id, bad({ note: 7 })), ['note']);
    expect(await api.officer.participations.get(participation.id)).toEqual(participation);
  });

  it('POST /v1/participations/:id/withdraw', async () => {
    const { participation, kol } = await participationAt(api, campaignId, 'applied');
    await refusesFields(kol.participations.withdraw(participation.id, { note: 'x'.repeat(2001) }), ['note']);
    expect(await api.officer.participations.get(participation.id)).toEqual(participation);
  });

  it('POST /v1/participations/:id/drafts', async () => {
    const { participation, kol } = await participationAt(api, campaignId, 'drafting');
    await refusesFields(kol.drafts.submit(participation.id, bad({ caption: 'x'.repeat(5001), mediaIds: [] })), ['caption', 'mediaIds']);
    await refusesFields(kol.drafts.submit(participation.id, bad({ mediaIds: 'upl_abcdef' })), ['caption', 'mediaIds']);
    const unknownMedia = await kol.drafts.submit(participation.id, { caption: 'ok', mediaIds: ['upl_doesnotexist1'] }).catch((e: unknown) => e);
    expect(unknownMedia).toBeInstanceOf(ValidationError);
    expect(Object.keys((unknownMedia as ValidationError).fields ?? {})).toEqual([expect.stringMatching(/^mediaIds/)]);
    expect(await api.officer.participations.get(participation.id)).toEqual(participation);
  });

  it('POST /v1/participations/:id/drafts/request-revision and /approve', async () => {
    const { participation } = await participationAt(api, campaignId, 'in_review');
    await refusesFields(api.officer.drafts.requestRevision(participation.id, { note: '   ' }), ['note']);
    await refusesFields(api.officer.drafts.approve(participation.id, bad({ note: ['x'] })), ['note']);
    expect(await api.officer.participations.get(participation.id)).toEqual(participation);
  });

  it('POST /v1/participations/:id/post', async () => {
    const { participation, kol } = await participationAt(api, campaignId, 'approved');
    const wrongPlatform = await refusesFields(kol.posts.submit(participation.id, { url: 'https://www.tiktok.com/@siti/video/123' }), ['url']);
    expect(wrongPlatform.fields!.url).toBeTruthy();
    await refusesFields(kol.posts.submit(participation.id, { url: 'https://example.com/p/1' }), ['url']);
    await refusesFields(kol.posts.submit(participation.id, bad({ url: 5 })), ['url']);
    await refusesFields(kol.posts.submit(participation.id, bad({})), ['url']);
    expect(await api.officer.participations.get(participation.id)).toEqual(participation);
  });

  it('POST /v1/participations/:id/insights', async () => {
    const { participation, kol, actors } = await participationAt(api, campaignId, 'posted');
    const valid = insightInput(actors.mediaId);
    await refusesFields(
      kol.insights.submit(participation.id, bad({ ...valid, metrics: [{ deliverableIndex: 0, values: { ...valid.metrics[0]!.values, reach: -5, likes: 'seribu' } }] })),
      ['metrics.0.values.reach', 'metrics.0.values.likes'],
    );
    await refusesFields(kol.insights.submit(participation.id, bad({ metrics: valid.metrics, screenshotIds: [] })), ['screenshotIds']);
    const { saves: _missing, ...withoutSaves } = valid.metrics[0]!.values;
    const missingMetric = await kol.insights.submit(participation.id, { ...valid, metrics: [{ deliverableIndex: 0, values: withoutSaves }] }).catch((e: unknown) => e);
    expect(missingMetric).toBeInstanceOf(ValidationError);
    expect(Object.keys((missingMetric as ValidationError).fields ?? {}).join()).toMatch(/metrics\.0/);
    await refusesFields(kol.insights.submit(participation.id, { ...valid, metrics: [{ deliverableIndex: 3, values: valid.metrics[0]!.values }] }), [
      'metrics.0.deliverableIndex',
    ]);
    expect(await api.officer.participations.get(participation.id)).toEqual(participation);
  });

  it('POST /v1/participations/:id/insights/request-fix and /approve', async () => {
    const { participation } = await participationAt(api, campaignId, 'insight_review');
    await refusesFields(api.officer.insights.requestFix(participation.id, bad({ note: '' })), ['note']);
    await refusesFields(api.officer.insights.approve(participation.id, bad({ note: 'x'.repeat(2001) })), ['note']);
    expect(await api.officer.participations.get(participation.id)).toEqual(participation);
  });

  it('POST /v1/participations/:id/payout', async () => {
    const { participation } = await participationAt(api, campaignId, 'completed');
    await refusesFields(api.officer.payouts.record(participation.id, bad({ amount: -100 })), ['amount', 'reference']);
    await refusesFields(api.officer.payouts.record(participation.id, bad({ amount: 10.5, reference: 'x'.repeat(121) })), ['amount', 'reference']);
    expect(await api.officer.participations.get(participation.id)).toEqual(participation);
  });

  it('POST /v1/uploads', async () => {
    const kol = await api.newKol();
    const text = new Blob(['not an image at all'], { type: 'image/png' });
    const error = await kol.uploads.create(text, { filename: 'fake.png' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fields ?? {})).toContain('file');
    await expect(kol.uploads.create(png())).resolves.toMatchObject({ kind: 'image' });
  });

  it('GET /v1/campaigns with a bad query', async () => {
    await refusesFields(api.public.campaigns.list(bad({ limit: 500, status: 'kemarin' })), ['limit', 'status']);
  });

  it('answers in English when the client asks', async () => {
    const en = api.client({ secretKey: 'sk_test_demo', locale: 'en' });
    const error = await refusesFields(en.campaigns.create(bad({ ...campaignInput(), title: undefined })), ['title']);
    expect(error.fields!.title).toBe('This field is required.');
    const id = await refusesFields(api.officer.campaigns.create(bad({ ...campaignInput(), title: undefined })), ['title']);
    expect(id.fields!.title).toBe('Wajib diisi.');
  });
});
