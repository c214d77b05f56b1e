import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  IbuSibukError,
  NotFoundError,
  PermissionError,
  type IbuSibukClient,
  type Participation,
} from '@ibusibuk/sdk';
import { applicationInput, briefInput, campaignInput, insightInput, participationAt, png, startApi, type Api } from './support.js';

let api: Api;
let campaignId: string;
beforeAll(async () => {
  api = await startApi();
  campaignId = (await api.openCampaign()).id;
});
afterAll(() => api.close());

const refusedAs = async (promise: Promise<unknown>, ...classes: (abstract new (...a: never[]) => IbuSibukError)[]) => {
  const error = await promise.then(
    () => new Error('was allowed'),
    (e: unknown) => e,
  );
  expect(classes.some((c) => error instanceof c), String(error)).toBe(true);
  return error as IbuSibukError;
};

describe('one KOL and another', () => {
  let a: { participation: Participation; kol: IbuSibukClient; mediaId: string };
  let b: IbuSibukClient;
  let bMedia: string;

  beforeAll(async () => {
    const made = await participationAt(api, campaignId, 'insight_review');
    a = { participation: made.participation, kol: made.kol, mediaId: made.actors.mediaId };
    b = await api.newKol('Ibu Bunga');
    await b.applications.create(campaignId, applicationInput());
    bMedia = (await b.uploads.create(png())).id;
  });

  it('does not show B the participation, drafts or insight of A', async () => {
    const error = await refusedAs(b.participations.get(a.participation.id), NotFoundError);
    expect(error.status).toBe(404);
    const hers: string[] = [];
    for await (const p of b.participations.list()) hers.push(p.id);
    expect(hers).not.toContain(a.participation.id);
    const filtered = await b.participations.list({ campaignId });
    expect(filtered.data.every((p) => p.id !== a.participation.id)).toBe(true);
  });

  it('does not show B the uploads of A', async () => {
    await refusedAs(b.uploads.get(a.mediaId), NotFoundError, PermissionError);
    await expect(a.kol.uploads.get(a.mediaId)).resolves.toMatchObject({ id: a.mediaId });
  });

  it('lets B change nothing of A’s', async () => {
    const id = a.participation.id;
    await refusedAs(b.participations.withdraw(id), NotFoundError, PermissionError);
    await refusedAs(b.participations.acknowledgeBrief(id), NotFoundError, PermissionError);
    await refusedAs(b.drafts.submit(id, { caption: 'bukan punyaku', mediaIds: [bMedia] }), NotFoundError, PermissionError);
    await refusedAs(b.posts.submit(id, { url: 'https://www.instagram.com/p/B1/' }), NotFoundError, PermissionError);
    await refusedAs(b.insights.submit(id, insightInput(bMedia)), NotFoundError, PermissionError);
    await expect(api.officer.participations.get(id)).resolves.toEqual(a.participation);
  });

  it('refuses A’s upload in B’s draft', async () => {
    const own = await participationAt(api, campaignId, 'drafting');
    const error = await own.kol.drafts.submit(own.participation.id, { caption: 'pinjam foto', mediaIds: [a.mediaId] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IbuSibukError);
    expect([400, 403, 404]).toContain((error as IbuSibukError).status);
    await expect(api.officer.participations.get(own.participation.id)).resolves.toEqual(own.participation);
  });

  it('refuses officer moves to a KOL, even on her own participation', async () => {
    const own = await participationAt(api, campaignId, 'applied');
    await refusedAs(own.kol.participations.accept(own.participation.id), PermissionError);
    await refusedAs(own.kol.participations.reject(own.participation.id, { note: 'tidak' }), PermissionError);
    await refusedAs(own.kol.campaigns.create(campaignInput()), PermissionError);
    await refusedAs(own.kol.sessions.create({ email: 'lain@example.com' }), PermissionError);
    await expect(api.officer.participations.get(own.participation.id)).resolves.toEqual(own.participation);
  });
});

describe('the brief', () => {
  it('refuses a brief before acceptance, and to a rejected KOL', async () => {
    const outsider = await api.newKol();
    const outsiderError = await refusedAs(outsider.campaigns.brief(campaignId), PermissionError);
    expect(outsiderError.message.length).toBeGreaterThan(10);
    const applied = await participationAt(api, campaignId, 'applied');
    await refusedAs(applied.kol.campaigns.brief(campaignId), PermissionError);
    const rejected = await participationAt(api, campaignId, 'rejected');
    await refusedAs(rejected.kol.campaigns.brief(campaignId), PermissionError);
    await refusedAs(api.public.campaigns.brief(campaignId), PermissionError, AuthenticationError);
  });

  it('shows the brief after acceptance', async () => {
    const accepted = await participationAt(api, campaignId, 'accepted');
    await expect(accepted.kol.campaigns.brief(campaignId)).resolves.toMatchObject({ campaignId, version: 1 });
  });

  it('closes the brief to a KOL who withdrew after acceptance: she holds no place', async () => {
    const accepted = await participationAt(api, campaignId, 'accepted');
    await expect(accepted.kol.campaigns.brief(campaignId)).resolves.toMatchObject({ campaignId });
    await accepted.kol.participations.withdraw(accepted.participation.id);
    await refusedAs(accepted.kol.campaigns.brief(campaignId), PermissionError);
  });

  it('says the brief opens after acceptance, in the client’s language', async () => {
    const applied = await participationAt(api, campaignId, 'applied');
    applied.kol.setLocale('en');
    const en = await refusedAs(applied.kol.campaigns.brief(campaignId), PermissionError);
    applied.kol.setLocale('id');
    const id = await refusedAs(applied.kol.campaigns.brief(campaignId), PermissionError);
    expect(en.message).not.toBe(id.message);
    expect(en.message).toMatch(/accept/i);
  });
});

describe('a publishable key', () => {
  it('can do no officer action', async () => {
    const draft = await api.officer.campaigns.create(campaignInput());
    const { participation } = await participationAt(api, campaignId, 'applied');
    const pk = api.public;
    const attempts: [string, () => Promise<unknown>][] = [
      ['campaigns.create', () => pk.campaigns.create(campaignInput())],
      ['campaigns.update', () => pk.campaigns.update(draft.id, { title: 'Diretas' })],
      ['campaigns.publish', () => pk.campaigns.publish(draft.id)],
      ['campaigns.close', () => pk.campaigns.close(campaignId)],
      ['briefs.put', () => pk.briefs.put(campaignId, briefInput({ objective: 'Diretas' }))],
      ['participations.list', () => pk.participations.list()],
      ['participations.get', () => pk.participations.get(participation.id)],
      ['participations.accept', () => pk.participations.accept(participation.id)],
      ['participations.reject', () => pk.participations.reject(participation.id, { note: 'tidak' })],
      ['drafts.approve', () => pk.drafts.approve(participation.id)],
      ['drafts.requestRevision', () => pk.drafts.requestRevision(participation.id, { note: 'ulang' })],
      ['insights.approve', () => pk.insights.approve(participation.id)],
      ['insights.requestFix', () => pk.insights.requestFix(participation.id, { note: 'ulang' })],
      ['payouts.record', () => pk.payouts.record(participation.id, { amount: 1, reference: 'x' })],
      ['sessions.create', () => pk.sessions.create({ email: 'pk@example.com' })],
      ['uploads.create', () => pk.uploads.create(png())],
      ['me.get', () => pk.me.get()],
    ];
    for (const [name, attempt] of attempts) {
      const error = await attempt().then(() => new Error(`${name} was allowed`), (e: unknown) => e);
      expect(error instanceof PermissionError || error instanceof AuthenticationError, `${name}: ${String(error)}`).toBe(true);
    }
    await expect(api.officer.campaigns.get(draft.id)).resolves.toMatchObject({ status: 'draft', title: draft.title });
    await expect(api.officer.campaigns.get(campaignId)).resolves.toMatchObject({ status: 'open' });
    await expect(api.officer.participations.get(participation.id)).resolves.toEqual(participation);
  });

  it('does not see draft campaigns', async () => {
    const draft = await api.officer.campaigns.create(campaignInput());
    await refusedAs(api.public.campaigns.get(draft.id), NotFoundError);
    const ids: string[] = [];
    for await (const c of api.public.campaigns.list()) ids.push(c.id);
    expect(ids).not.toContain(draft.id);
  });

  it('is refused from an origin not on its list', async () => {
    const evil = { headers: { origin: 'https://evil.example' } };
    await refusedAs(api.public.campaigns.list({}, evil), PermissionError);
    await refusedAs(api.public.auth.requestCode('evil@example.com', evil), PermissionError);
    const viaFetch = api.client({
      publishableKey: 'pk_test_demo',
      fetch: (input, init) => {
        const request = new Request(input, init);
        request.headers.set('origin', 'https://evil.example');
        return fetch(request);
      },
    });
    const error = await refusedAs(viaFetch.campaigns.get(campaignId), PermissionError);
    expect(error.requestId).toBeTruthy();
  });

  it('is served from an allowed origin', async () => {
    const page = await api.public.campaigns.list({}, { headers: { origin: 'http://localhost:5173' } });
    expect(page.data.map((c) => c.id)).toContain(campaignId);
  });

  it('is refused when unknown, as is a wrong secret key', async () => {
    await refusedAs(api.client({ publishableKey: 'pk_test_nope' }).campaigns.list(), AuthenticationError);
    await refusedAs(api.client({ secretKey: 'sk_test_nope' }).campaigns.create(campaignInput()), AuthenticationError);
    await refusedAs(api.client({ sessionToken: 'kst_forged' }).me.get(), AuthenticationError);
  });
});
