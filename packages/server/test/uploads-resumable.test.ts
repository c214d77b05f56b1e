import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortError, createClient, type IbuSibukClient, type UploadProgress } from '@ibusibuk/sdk';
import { MP4_HEAD, MiB, PNG_HEAD, cuttingProxy, filesIn, generatedFile, sha256OfFile, startUploadsApi } from './uploads-support.js';

let api: Awaited<ReturnType<typeof startUploadsApi>>;
let kol: IbuSibukClient;

beforeAll(async () => {
  api = await startUploadsApi();
  kol = await api.newKol('Ibu Video');
});
afterAll(() => api.close());

describe('resumable uploads (tus) through the SDK', () => {
  it('uploads a 200 MB video through a connection cut half way, resumes, and stores it byte for byte', async () => {
    const size = 200 * MiB;
    const chunkSize = 5 * MiB;
    const video = generatedFile(size, MP4_HEAD, 'video/mp4');
    const proxy = await cuttingProxy(new URL(api.url), 100 * MiB);
    try {
      const token = kol.sessionToken!;
      const viaProxy = createClient({ baseUrl: proxy.url, sessionToken: token });
      const progress: UploadProgress[] = [];
      const upload = await viaProxy.uploads.create(video.blob, { chunkSize, onProgress: (p) => progress.push(p) });

      expect(proxy.cuts()).toBe(1);
      expect(upload).toMatchObject({ kind: 'video', mimeType: 'video/mp4', size, kolId: expect.stringMatching(/^kol_/) });
      expect(await sha256OfFile(join(api.tusDir, upload.id))).toBe(video.sha256);
      // Everything the server received beyond the file itself: the bytes sent twice, plus request headers.
      const resent = proxy.forwarded() - size;
      expect(resent).toBeLessThanOrEqual(chunkSize);
      // The bar never went back and ended full.
      const loaded = progress.map((p) => p.loaded);
      expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
      expect(progress.at(-1)).toEqual({ loaded: size, total: size, percent: 100 });
      console.info(`200 MB upload: cut once at 100 MiB; server received ${(resent / 1024).toFixed(0)} KiB beyond the file (chunk: ${chunkSize / MiB} MiB)`);

      // The stored video is served back, with byte ranges.
      const range = await fetch(upload.url!, { headers: { range: 'bytes=0-23' } });
      expect(range.status).toBe(206);
      expect(range.headers.get('content-range')).toBe(`bytes 0-23/${size}`);
      expect(new Uint8Array(await range.arrayBuffer())).toEqual(MP4_HEAD);
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it('continues a cancelled upload of the same file where it stopped, and its bar continues too', async () => {
    const size = 24 * MiB;
    const video = generatedFile(size, MP4_HEAD, 'video/mp4');
    const before = new Set(filesIn(api.tusDir));
    const controller = new AbortController();
    let stoppedAt = 0;
    const first = kol.uploads
      .create(video.blob, {
        chunkSize: 1 * MiB,
        signal: controller.signal,
        onProgress: (p) => {
          stoppedAt = p.loaded;
          if (p.loaded >= 8 * MiB) controller.abort();
        },
      })
      .catch((e: unknown) => e);
    expect(await first).toBeInstanceOf(AbortError);
    expect(stoppedAt).toBeGreaterThanOrEqual(8 * MiB);

    const progress: number[] = [];
    const upload = await kol.uploads.create(video.blob, { chunkSize: 1 * MiB, onProgress: (p) => progress.push(p.loaded) });
    // The first report is where the server stood, not zero.
    expect(progress[0]).toBeGreaterThanOrEqual(7 * MiB);
    expect(progress.at(-1)).toBe(size);
    expect(await sha256OfFile(join(api.tusDir, upload.id))).toBe(video.sha256);
    // One upload on disk for the file, not two.
    expect(filesIn(api.tusDir).filter((name) => !before.has(name)).sort()).toEqual([upload.id, `${upload.id}.json`].sort());
  }, 30_000);

  it('starts afresh when asked not to resume', async () => {
    const image = generatedFile(3 * MiB, PNG_HEAD, 'image/png');
    const controller = new AbortController();
    await kol.uploads
      .create(image.blob, { chunkSize: 1 * MiB, signal: controller.signal, onProgress: (p) => p.loaded >= MiB && controller.abort() })
      .catch(() => undefined);
    const progress: number[] = [];
    await kol.uploads.create(image.blob, { chunkSize: 1 * MiB, urlStorage: false, onProgress: (p) => progress.push(p.loaded) });
    expect(progress[0]).toBe(0);
  });

  it('runs several uploads at once, each to its own file', async () => {
    const files = [
      generatedFile(6 * MiB, MP4_HEAD, 'video/mp4'),
      generatedFile(2 * MiB, PNG_HEAD, 'image/png'),
      generatedFile(3 * MiB, PNG_HEAD, 'image/png'),
      generatedFile(9 * MiB, MP4_HEAD, 'video/mp4'),
    ];
    const uploads = await Promise.all(files.map((f) => kol.uploads.create(f.blob, { chunkSize: 1 * MiB })));
    expect(new Set(uploads.map((u) => u.id)).size).toBe(files.length);
    expect(uploads.map((u) => u.kind)).toEqual(['video', 'image', 'image', 'video']);
    for (const [i, upload] of uploads.entries()) expect(await sha256OfFile(join(api.tusDir, upload.id))).toBe(files[i]!.sha256);
  }, 30_000);

  it('names stored files by generated ids, never by the file name', async () => {
    const file = new File([PNG_HEAD, new Uint8Array(1000)], '../../etc/passwd.png', { type: 'image/png' });
    const upload = await kol.uploads.create(file);
    expect(upload.id).toMatch(/^upl_[A-Za-z0-9]{16}$/);
    expect(filesIn(api.uploadsDir).every((name) => /^(tus\/upl_[A-Za-z0-9]{16}(\.json)?|[A-Za-z0-9]{24}\.[a-z0-9]+)$/.test(name))).toBe(true);
  });
});
