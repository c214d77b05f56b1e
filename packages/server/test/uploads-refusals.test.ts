import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '@ibusibuk/sdk';
import { type IbuSibukClient, ValidationError, createClient } from '@ibusibuk/sdk';
import * as z from 'zod/mini';
import { MP4_HEAD, MiB, PNG_HEAD, cuttingProxy, filesIn, generatedFile, startUploadsApi, tusCreate, tusRequest } from './uploads-support.js';

let api: Awaited<ReturnType<typeof startUploadsApi>>;
let kol: IbuSibukClient;

beforeAll(async () => {
  api = await startUploadsApi();
  kol = await api.newKol('Ibu Teliti');
});
afterAll(() => api.close());

/** Runs `attempt`, expects a refusal, and checks that it left no file and no record behind. */
async function refusedLeavingNothing(attempt: () => Promise<unknown>) {
  const files = filesIn(api.uploadsDir).sort();
  const rows = api.uploadRows();
  const error = await attempt().then(
    () => new Error('the upload was accepted'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect(filesIn(api.uploadsDir).sort()).toEqual(files);
  expect(api.uploadRows()).toBe(rows);
  return error as ValidationError;
}

describe('uploads are judged by their bytes, not their name or declared type', () => {
  it('refuses a text file renamed .mp4', async () => {
    const text = new File(['Ini catatan belanja, bukan video.\n'.repeat(200)], 'reels-pagi.mp4', { type: 'video/mp4' });
    const error = await refusedLeavingNothing(() => kol.uploads.create(text));
    expect(error).toMatchObject({ status: 400, code: 'validation_error', requestId: expect.stringMatching(/^req_/) });
    expect(error.fields?.file).toMatch(/tidak didukung/);
  });

  it('refuses a PNG declared as a video', async () => {
    const png = new File([PNG_HEAD, new Uint8Array(5000)], 'reels-pagi.mp4', { type: 'video/mp4' });
    const error = await refusedLeavingNothing(() => kol.uploads.create(png));
    expect(error).toMatchObject({ status: 400, code: 'validation_error' });
    expect(error.fields?.file).toBe('Berkas ini dikirim sebagai video, tetapi isinya foto (image/png).');
  });

  it('refuses an image declared over 20 MB before a single byte is sent', async () => {
    const image = generatedFile(21 * MiB, PNG_HEAD, 'image/png');
    const proxy = await cuttingProxy(new URL(api.url), Infinity);
    try {
      const viaProxy = createClient({ baseUrl: proxy.url, sessionToken: kol.sessionToken!, locale: 'en' });
      const error = await refusedLeavingNothing(() => viaProxy.uploads.create(image.blob));
      expect(error).toMatchObject({ status: 413, code: 'payload_too_large' });
      expect(error.message).toBe('This file is 22 MB; images can be at most 20 MB.');
      // The creation request alone: headers, no file bytes.
      expect(proxy.forwarded()).toBeLessThan(4096);
    } finally {
      await proxy.close();
    }
  });

  it('refuses an image over 20 MB that did not say what it was, at its first bytes', async () => {
    const image = generatedFile(21 * MiB, PNG_HEAD, '');
    const error = await refusedLeavingNothing(() => kol.uploads.create(image.blob, { chunkSize: 64 * 1024 }));
    expect(error).toMatchObject({ status: 413, code: 'payload_too_large' });
  });

  it('refuses a declared length over the video limit with the API error body', async () => {
    const files = filesIn(api.uploadsDir);
    const response = await tusRequest(`${api.url}/v1/uploads/tus`, 'POST', kol.sessionToken!, { 'upload-length': String(501 * 1_000_000) });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('tus-resumable')).toBe('1.0.0');
    const body = z.parse(ErrorBody, await response.json());
    expect(body.error).toMatchObject({ code: 'payload_too_large', message: 'Berkas ini 501 MB; video maksimal 500 MB.' });
    expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
    expect(filesIn(api.uploadsDir)).toEqual(files);
  });

  it('refuses an upload whose length is not declared up front', async () => {
    const response = await tusRequest(`${api.url}/v1/uploads/tus`, 'POST', kol.sessionToken!, { 'upload-defer-length': '1' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.code).toBe('validation_error');
  });

  it('refuses an empty file', async () => {
    const error = await refusedLeavingNothing(() => kol.uploads.create(new File([], 'kosong.jpg', { type: 'image/jpeg' })));
    expect(error.fields?.file).toBe('Berkas kosong.');
  });

  it('refuses a disguised file at its first bytes even when much more is on its way', async () => {
    const text = generatedFile(12 * MiB, new TextEncoder().encode('Bukan video sama sekali'), 'video/mp4');
    const error = await refusedLeavingNothing(() => kol.uploads.create(text.blob));
    expect(error.fields?.file).toMatch(/tidak didukung/);
  });

  it('checks a file again when its first request brought fewer bytes than detection needs', async () => {
    const url = await tusCreate(api.url, kol.sessionToken!, 1000, 'video/mp4');
    const first = await tusRequest(url, 'PATCH', kol.sessionToken!, { 'upload-offset': '0' }, PNG_HEAD.subarray(0, 4));
    expect(first.status).toBe(204);
    const rest = new Uint8Array(996);
    rest.set(PNG_HEAD.subarray(4));
    const second = await tusRequest(url, 'PATCH', kol.sessionToken!, { 'upload-offset': '4' }, rest);
    expect(second.status).toBe(400);
    expect(((await second.json()) as ErrorBody).error.message).toMatch(/dikirim sebagai video, tetapi isinya foto/);
    expect((await tusRequest(url, 'HEAD', kol.sessionToken!)).status).toBe(404);
  });
});

describe('limits are configurable', () => {
  let small: Awaited<ReturnType<typeof startUploadsApi>>;
  beforeAll(async () => {
    small = await startUploadsApi({ maxImageBytes: 1 * MiB, maxVideoBytes: 4 * MiB });
  });
  afterAll(() => small.close());

  it('applies the configured image and video limits', async () => {
    const k = await small.newKol('Ibu Hemat');
    await expect(k.uploads.create(generatedFile(4 * MiB, MP4_HEAD, 'video/mp4').blob)).resolves.toMatchObject({ kind: 'video' });
    const video = await k.uploads.create(generatedFile(5 * MiB, MP4_HEAD, 'video/mp4').blob).catch((e: unknown) => e);
    expect(video).toMatchObject({ status: 413, code: 'payload_too_large', message: 'Berkas ini 5,2 MB; video maksimal 4,2 MB.' });
    const image = await k.uploads.create(generatedFile(2 * MiB, PNG_HEAD, 'image/png').blob).catch((e: unknown) => e);
    expect(image).toMatchObject({ status: 413, code: 'payload_too_large' });
    expect(filesIn(small.tusDir).filter((name) => !name.endsWith('.json'))).toHaveLength(1);
  });
});
