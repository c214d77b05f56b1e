import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { AbortError, NetworkError, ValidationError, createClient, type UploadProgress } from '../src/index.js';
import { scriptedTusServer, type PatchPlan } from './support/tus-server.js';

let server: Awaited<ReturnType<typeof scriptedTusServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(plan?: (patch: number, offset: number) => PatchPlan, timeout?: number) {
  server = await scriptedTusServer(plan);
  return createClient({ baseUrl: server.url, sessionToken: 'kst_unit', locale: 'en', ...(timeout ? { timeout } : {}) });
}

const KiB = 1024;
/** A video-looking Blob of `size` random bytes. */
const video = (size: number) => new Blob([randomBytes(size)], { type: 'video/mp4' });

describe('resumable uploads (client side)', () => {
  it('sends the file in chunks with the credential, then reads the Upload back', async () => {
    const client = await serve();
    const file = video(100 * KiB);
    const progress: UploadProgress[] = [];
    const upload = await client.uploads.create(file, { chunkSize: 32 * KiB, onProgress: (p) => progress.push(p) });
    expect(upload).toMatchObject({ object: 'upload', size: 100 * KiB });
    expect(server!.bytesOf(upload.id)).toEqual(Buffer.from(await file.arrayBuffer()));
    const patches = server!.requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.bodyBytes)).toEqual([32 * KiB, 32 * KiB, 32 * KiB, 4 * KiB]);
    const [create] = server!.requests;
    expect(create).toMatchObject({ method: 'POST', url: '/v1/uploads/tus' });
    expect(create!.headers).toMatchObject({
      authorization: 'Bearer kst_unit',
      'accept-language': 'en',
      'x-client': 'ibusibuk-sdk/0.1.0',
      'upload-length': String(100 * KiB),
      'tus-resumable': '1.0.0',
    });
    expect(create!.headers['upload-metadata']).toBe(`filetype ${btoa('video/mp4')}`);
    expect(progress[0]).toEqual({ loaded: 0, total: 100 * KiB, percent: 0 });
    expect(progress.at(-1)).toEqual({ loaded: 100 * KiB, total: 100 * KiB, percent: 100 });
  });

  it('turns a refusal into the SDK error, with the fields and request id of the server', async () => {
    const client = await serve(() => ({
      status: 400,
      body: { error: { code: 'validation_error', message: 'Unsupported file type.', fields: { file: 'Unsupported file type.' }, requestId: 'req_refused1' } },
    }));
    const error = await client.uploads.create(video(10 * KiB)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 400, code: 'validation_error', fields: { file: 'Unsupported file type.' }, requestId: 'req_refused1' });
    // A refusal is final: no retry.
    expect(server!.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('retries a failing chunk from the offset the server reports', async () => {
    const client = await serve((patch) => (patch === 2 ? { status: 503 } : 'accept'));
    const file = video(64 * KiB);
    const upload = await client.uploads.create(file, { chunkSize: 16 * KiB, retryDelays: [10, 10] });
    expect(server!.bytesOf(upload.id)).toEqual(Buffer.from(await file.arrayBuffer()));
    const methods = server!.requests.map((r) => r.method);
    expect(methods).toEqual(['POST', 'PATCH', 'PATCH', 'HEAD', 'PATCH', 'PATCH', 'PATCH', 'GET']);
  });

  it('drops a connection that went quiet and resumes after the timeout', async () => {
    const client = await serve((patch) => (patch === 2 ? 'stall' : 'accept'), 300);
    const file = video(48 * KiB);
    const started = performance.now();
    const upload = await client.uploads.create(file, { chunkSize: 16 * KiB });
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    expect(server!.bytesOf(upload.id)).toEqual(Buffer.from(await file.arrayBuffer()));
    expect(server!.requests.map((r) => r.method)).toContain('HEAD');
  });

  it('gives up with a network error when the server stays unreachable', async () => {
    const client = createClient({ baseUrl: 'http://127.0.0.1:9', sessionToken: 'kst_unit' });
    const error = await client.uploads.create(video(KiB), { retryDelays: [10, 10] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'network_error' });
  });

  it('cancels on abort, and the same file later continues where it stopped', async () => {
    const client = await serve();
    const file = video(256 * KiB);
    const controller = new AbortController();
    const first = await client.uploads
      .create(file, { chunkSize: 32 * KiB, signal: controller.signal, onProgress: (p) => p.loaded >= 96 * KiB && controller.abort() })
      .catch((e: unknown) => e);
    expect(first).toBeInstanceOf(AbortError);
    const afterAbort = server!.requests.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(server!.requests.length).toBe(afterAbort);

    const progress: number[] = [];
    const upload = await client.uploads.create(file, { chunkSize: 32 * KiB, onProgress: (p) => progress.push(p.loaded) });
    expect(server!.uploads.size).toBe(1);
    expect(progress[0]).toBeGreaterThanOrEqual(64 * KiB);
    expect(server!.bytesOf(upload.id)).toEqual(Buffer.from(await file.arrayBuffer()));
    expect(server!.requests.slice(afterAbort).map((r) => r.method).slice(0, 2)).toEqual(['HEAD', 'PATCH']);
  });

  it('rejects at once when the signal has already fired', async () => {
    const client = await serve();
    await expect(client.uploads.create(video(KiB), { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(server!.requests).toHaveLength(0);
  });

  it('sends the same file twice at once as two uploads', async () => {
    const client = await serve();
    const file = video(96 * KiB);
    const [a, b] = await Promise.all([
      client.uploads.create(file, { chunkSize: 16 * KiB }),
      client.uploads.create(file, { chunkSize: 16 * KiB }),
    ]);
    expect(a.id).not.toBe(b.id);
    expect(server!.bytesOf(a.id)).toEqual(server!.bytesOf(b.id));
    expect(server!.requests.filter((r) => r.method === 'PATCH' && r.headers['upload-offset'] === '0')).toHaveLength(2);
  });
});

describe('page weight', () => {
  it('keeps tus-js-client out of page code until a file is uploaded', async () => {
    const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['source', 'browser'],
      minify: true,
      write: false,
      metafile: true,
      outdir: '/tmp/ibusibuk-sdk-size',
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const main = Object.keys(outputs).find((file) => outputs[file]!.entryPoint)!;
    // What a page loads up front: the entry and every chunk it imports statically.
    const firstLoad = new Set<string>();
    const visit = (file: string) => {
      if (firstLoad.has(file)) return;
      firstLoad.add(file);
      for (const i of outputs[file]!.imports) if (i.kind === 'import-statement') visit(i.path);
    };
    visit(main);
    const hasTus = (file: string) => Object.keys(outputs[file]!.inputs).some((input) => input.includes('tus-js-client'));
    expect([...firstLoad].filter(hasTus)).toEqual([]);
    const lazy = Object.keys(outputs).filter((file) => file.endsWith('.js') && hasTus(file));
    expect(lazy).toHaveLength(1);
    expect([...firstLoad].some((file) => outputs[file]!.imports.some((i) => i.kind === 'dynamic-import' && i.path === lazy[0]))).toBe(true);
  });
});
