import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, type IbuSibukClient, NotFoundError, PermissionError, ValidationError } from '@ibusibuk/sdk';
import { HOUR } from '../src/clock.js';
import { campaignInput, insightInput, participationAt, png } from './api/support.js';
import { MiB, PNG_HEAD, filesIn, generatedFile, startUploadsApi, tusCreate, tusRequest } from './uploads-support.js';

let api: Awaited<ReturnType<typeof startUploadsApi>>;
let campaignId: string;

beforeAll(async () => {
  api = await startUploadsApi({ mediaUrlTtlSeconds: 600 });
  campaignId = (await api.openCampaign(campaignInput())).id;
});
afterAll(() => api.close());

describe('an upload belongs to the KOL who made it', () => {
  let a: IbuSibukClient;
  let b: IbuSibukClient;
  let aUpload: string;
  let bParticipation: string;

  beforeAll(async () => {
    const drafting = await participationAt(api, campaignId, 'drafting');
    b = drafting.kol;
    bParticipation = drafting.participation.id;
    a = await api.newKol('Ibu A');
    aUpload = (await a.uploads.create(new File([PNG_HEAD, new Uint8Array(2000)], 'a.png', { type: 'image/png' }))).id;
  });

  it('does not let KOL B read it', async () => {
    await expect(b.uploads.get(aUpload)).rejects.toBeInstanceOf(NotFoundError);
    await expect(a.uploads.get(aUpload)).resolves.toMatchObject({ id: aUpload, url: expect.stringContaining('/media/') });
    await expect(api.officer.uploads.get(aUpload)).resolves.toMatchObject({ id: aUpload });
  });

  it('does not let KOL B attach it to her draft or her insight', async () => {
    const draft = await b.drafts.submit(bParticipation, { caption: 'Pagi sibuk #SusuBunda', mediaIds: [aUpload] }).catch((e: unknown) => e);
    expect(draft).toBeInstanceOf(ValidationError);
    expect((draft as ValidationError).fields).toHaveProperty('mediaIds');
    await expect(b.participations.get(bParticipation)).resolves.toMatchObject({ stage: 'drafting', drafts: [] });
    const posted = await participationAt(api, campaignId, 'posted');
    const insight = await posted.kol.insights.submit(posted.participation.id, insightInput(aUpload)).catch((e: unknown) => e);
    expect((insight as ValidationError).fields).toHaveProperty('screenshotIds');
  });

  it('does not let KOL B see, continue or delete her unfinished upload', async () => {
    const url = await tusCreate(api.url, a.sessionToken!, 4000, 'image/png');
    expect((await tusRequest(url, 'PATCH', a.sessionToken!, { 'upload-offset': '0' }, PNG_HEAD)).status).toBe(204);
    expect((await tusRequest(url, 'HEAD', b.sessionToken!)).status).toBe(404);
    expect((await tusRequest(url, 'PATCH', b.sessionToken!, { 'upload-offset': '16' }, new Uint8Array(100))).status).toBe(404);
    expect((await tusRequest(url, 'DELETE', b.sessionToken!)).status).toBe(404);
    const head = await tusRequest(url, 'HEAD', a.sessionToken!);
    expect(head.status).toBe(200);
    expect(head.headers.get('upload-offset')).toBe('16');
  });

  it('takes resumable uploads from signed-in KOLs only', async () => {
    const file = new File([PNG_HEAD], 'x.png', { type: 'image/png' });
    await expect(api.public.uploads.create(file)).rejects.toBeInstanceOf(PermissionError);
    await expect(api.officer.uploads.create(file)).rejects.toBeInstanceOf(PermissionError);
    expect((await tusRequest(`${api.url}/v1/uploads/tus`, 'POST', null, { 'upload-length': '10' })).status).toBe(401);
    await expect(api.client({ sessionToken: 'kst_nobody' }).uploads.create(file)).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('serves no bytes over the tus address', async () => {
    const upload = await a.uploads.get(aUpload);
    const response = await fetch(`${api.url}/v1/uploads/tus/${upload.id}`, { headers: { authorization: `Bearer ${a.sessionToken}` } });
    expect(response.status).toBe(404);
  });
});

describe('media links', () => {
  it('serve the bytes to whoever holds an unexpired link, and refuse expired or forged ones', async () => {
    const kol = await api.newKol();
    const upload = await kol.uploads.create(png());
    const link = new URL(upload.url!);
    expect((await fetch(link)).status).toBe(200);
    const forged = new URL(link);
    forged.searchParams.set('sig', 'x'.repeat(43));
    expect((await fetch(forged)).status).toBe(403);
    expect((await fetch(`${api.url}/media/${upload.id}`)).status).toBe(403);
    api.clock.advance(601_000);
    const expired = await fetch(link);
    expect(expired.status).toBe(403);
    expect(((await expired.json()) as { error: { code: string } }).error.code).toBe('permission_error');
    expect((await fetch((await kol.uploads.get(upload.id)).url!)).status).toBe(200);
  });

  it('answer byte ranges, as video players ask', async () => {
    const kol = await api.newKol();
    const image = generatedFile(2 * MiB, PNG_HEAD, 'image/png');
    const upload = await kol.uploads.create(image.blob);
    const tail = await fetch(upload.url!, { headers: { range: 'bytes=-10' } });
    expect(tail.status).toBe(206);
    expect(tail.headers.get('content-range')).toBe(`bytes ${2 * MiB - 10}-${2 * MiB - 1}/${2 * MiB}`);
    expect(new Uint8Array(await tail.arrayBuffer())).toEqual(new Uint8Array(await image.blob.slice(-10).arrayBuffer()));
    expect((await fetch(upload.url!, { headers: { range: `bytes=${4 * MiB}-` } })).status).toBe(416);
  });
});

describe('expiry', () => {
  it('removes uploads never attached after a day, and keeps attached ones', async () => {
    const { kol, participation } = await participationAt(api, campaignId, 'drafting');
    const attached = await kol.uploads.create(png());
    await kol.drafts.submit(participation.id, { caption: 'Draf pertama #SusuBunda', mediaIds: [attached.id] });
    const loose = await kol.uploads.create(png());

    api.clock.advance(23 * HOUR);
    expect((await api.server.sweepUploads()).expired).not.toContain(loose.id);
    api.clock.advance(2 * HOUR);
    const report = await api.server.sweepUploads();
    expect(report.expired).toContain(loose.id);
    expect(report.expired).not.toContain(attached.id);

    await expect(kol.uploads.get(loose.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(kol.uploads.get(attached.id)).resolves.toMatchObject({ id: attached.id });
    await expect(api.officer.uploads.get(loose.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(filesIn(api.uploadsDir).some((name) => name.includes(loose.id))).toBe(false);
    expect(filesIn(api.uploadsDir).some((name) => name.includes(attached.id))).toBe(true);
  });

  it('removes resumable uploads left incomplete after a day, and keeps recent ones', async () => {
    const kol = await api.newKol();
    const old = await tusCreate(api.url, kol.sessionToken!, 5000, 'image/png');
    await tusRequest(old, 'PATCH', kol.sessionToken!, { 'upload-offset': '0' }, PNG_HEAD);
    api.clock.advance(12 * HOUR);
    const recent = await tusCreate(api.url, kol.sessionToken!, 5000, 'image/png');
    api.clock.advance(13 * HOUR);

    const report = await api.server.sweepUploads();
    const idOf = (url: string) => url.split('/').pop()!;
    expect(report.abandoned).toContain(idOf(old));
    expect(report.abandoned).not.toContain(idOf(recent));
    expect((await tusRequest(old, 'HEAD', kol.sessionToken!)).status).toBe(404);
    expect((await tusRequest(recent, 'HEAD', kol.sessionToken!)).status).toBe(200);
    expect(filesIn(api.tusDir).some((name) => name.startsWith(idOf(old)))).toBe(false);
  });
});
