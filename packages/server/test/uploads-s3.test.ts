import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IbuSibukClient } from '@ibusibuk/sdk';
import { ManualClock, startServer, type RunningServer } from '@ibusibuk/server';
import { startApi } from './api/support.js';
import { startS3 } from './s3-support.js';
import { MP4_HEAD, MiB, PNG_HEAD, generatedFile, tusCreate, tusRequest } from './uploads-support.js';

const HOUR = 3_600_000;
const sha256 = (bytes: ArrayBuffer | Uint8Array) => createHash('sha256').update(new Uint8Array(bytes)).digest('hex');
/** Objects of the tus upload `id`: the file, its `.info` and a trailing `.part`. */
const objectsOf = (keys: string[], id: string) => keys.filter((key) => key.startsWith(id));

let s3: Awaited<ReturnType<typeof startS3>>;
let api: Awaited<ReturnType<typeof startApi>>;
let kol: IbuSibukClient;
let dataDir: string;
const mediaSecret = 'rahasia-bersama-untuk-tes-0123456789';

beforeAll(async () => {
  s3 = await startS3();
  dataDir = mkdtempSync(join(tmpdir(), 'ibusibuk-s3-api-'));
  // A database file, so a second server process can open the same one.
  api = await startApi({ db: join(dataDir, 'api.db'), dataDir, storage: 's3', s3: s3.settings, mediaSecret, uploadSweepIntervalMs: 0 });
  kol = await api.newKol('Ibu Objek');
});
afterAll(async () => {
  await api.close();
  await s3.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('uploads in an S3-compatible bucket (s3rver)', () => {
  it('stores a resumable video in the bucket through tus, part by part, and streams it back byte for byte and by range', async () => {
    // 12 MiB in 5 MiB chunks: parts of 8 MiB, so the first chunk waits in a `.part` object for the next.
    const size = 12 * MiB;
    const video = generatedFile(size, MP4_HEAD, 'video/mp4');
    const upload = await kol.uploads.create(video.blob, { chunkSize: 5 * MiB });

    expect(upload).toMatchObject({ kind: 'video', mimeType: 'video/mp4', size });
    expect(objectsOf(await s3.keys(), upload.id)).toEqual([upload.id, `${upload.id}.info`]);
    expect(await s3.sha256(upload.id)).toBe(video.sha256);

    const whole = await fetch(upload.url!);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect(sha256(await whole.arrayBuffer())).toBe(video.sha256);
    const range = await fetch(upload.url!, { headers: { range: 'bytes=0-23' } });
    expect(range.status).toBe(206);
    expect(range.headers.get('content-range')).toBe(`bytes 0-23/${size}`);
    expect(new Uint8Array(await range.arrayBuffer())).toEqual(MP4_HEAD);
  }, 60_000);

  it('stores a one-request image in the bucket, recorded only once its bytes are there', async () => {
    const image = generatedFile(300_000, PNG_HEAD, 'image/png');
    const before = await s3.keys();
    const form = new FormData();
    form.set('file', image.blob, 'foto.png');
    const response = await fetch(`${api.url}/v1/uploads`, { method: 'POST', headers: { authorization: `Bearer ${kol.sessionToken}` }, body: form });
    expect(response.status).toBe(201);
    const upload = (await response.json()) as { id: string; url: string };

    const added = (await s3.keys()).filter((key) => !before.includes(key));
    expect(added).toEqual([expect.stringMatching(/^[A-Za-z0-9]{24}\.png$/)]);
    expect(await s3.sha256(added[0]!)).toBe(image.sha256);
    expect(sha256(await (await fetch(upload.url)).arrayBuffer())).toBe(image.sha256);
  });

  it('refuses a text file declared as a video at its first bytes, leaving nothing in the bucket', async () => {
    const text = new TextEncoder().encode('bukan video, hanya teks biasa '.repeat(200));
    const before = await s3.keys();
    const location = await tusCreate(api.url, kol.sessionToken!, text.byteLength, 'video/mp4');
    const id = location.split('/').at(-1)!;
    const patch = await tusRequest(location, 'PATCH', kol.sessionToken!, { 'upload-offset': '0' }, text);

    expect(patch.status).toBe(400);
    expect(((await patch.json()) as { error: { fields: { file: string } } }).error.fields.file).toMatch(/tidak didukung/);
    expect(objectsOf(await s3.keys(), id)).toEqual([]);
    expect(await s3.keys()).toEqual(before);
  });

  it('deletes a resumable upload abandoned half way from the bucket when the sweep finds it', async () => {
    const size = 12 * MiB;
    const video = generatedFile(size, MP4_HEAD, 'video/mp4');
    const location = await tusCreate(api.url, kol.sessionToken!, size, 'video/mp4');
    const id = location.split('/').at(-1)!;
    const first = new Uint8Array(await video.blob.slice(0, 1 * MiB).arrayBuffer());
    const patch = await tusRequest(location, 'PATCH', kol.sessionToken!, { 'upload-offset': '0' }, first);
    expect(patch.status).toBe(204);
    expect(patch.headers.get('upload-offset')).toBe(String(MiB));
    expect(objectsOf(await s3.keys(), id).length).toBeGreaterThan(0);

    api.clock.advance(25 * HOUR);
    const swept = await api.server.sweepUploads();

    expect(swept.abandoned).toEqual([id]);
    expect(objectsOf(await s3.keys(), id)).toEqual([]);
  });

  describe('a second server process on the same database and bucket', () => {
    let other: RunningServer;
    beforeAll(async () => {
      other = await startServer({
        db: join(dataDir, 'api.db'),
        dataDir,
        port: 0,
        storage: 's3',
        s3: s3.settings,
        mediaSecret,
        mediaDelivery: 'redirect',
        clock: new ManualClock(api.clock.now()),
        uploadSweepIntervalMs: 0,
        clockIntervalMs: 0,
        webhookPollMs: 0,
      });
    });
    afterAll(() => other.close());

    it('opens a media link the first one signed, by redirecting to a signed URL of the bucket', async () => {
      const image = generatedFile(50_000, PNG_HEAD, 'image/png');
      const upload = await kol.uploads.create(image.blob);
      const link = new URL(upload.url!);

      const answer = await fetch(`${other.url}${link.pathname}${link.search}`, { redirect: 'manual' });
      expect(answer.status).toBe(302);
      const target = new URL(answer.headers.get('location')!);
      expect(target.origin).toBe(s3.endpoint);
      expect(target.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
      const bytes = await fetch(target);
      expect(bytes.status).toBe(200);
      expect(bytes.headers.get('content-type')).toBe('image/png');
      expect(sha256(await bytes.arrayBuffer())).toBe(image.sha256);

      // A link whose signature is not the shared secret's opens nowhere.
      const forged = `${other.url}${link.pathname}?exp=${link.searchParams.get('exp')}&sig=${'A'.repeat(43)}`;
      expect((await fetch(forged, { redirect: 'manual' })).status).toBe(403);
    });

    it('answers ready while its bucket takes writes', async () => {
      const ready = await fetch(`${other.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', uploads: 'ok' } });
    });
  });

  it('answers 503 on /readyz when its bucket does not exist', async () => {
    const lost = await startServer({
      db: ':memory:',
      port: 0,
      storage: 's3',
      s3: { ...s3.settings, bucket: 'ember-yang-hilang' },
      uploadSweepIntervalMs: 0,
      clockIntervalMs: 0,
      webhookPollMs: 0,
    });
    try {
      const ready = await fetch(`${lost.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', checks: { database: 'ok', uploads: 'failed' } });
      expect((await fetch(`${lost.url}/healthz`)).status).toBe(200);
    } finally {
      await lost.close();
    }
  });
});
