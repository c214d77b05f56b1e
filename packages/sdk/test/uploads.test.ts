import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AbortError, BaseClient, MultipartUploadTransport, ValidationError } from '../src/index.js';
import { Uploads } from '../src/resources/uploads.js';
import { apiError, json, scriptedServer, type Script } from './support/scripted-server.js';
import { NodeXMLHttpRequest } from './support/node-xhr.js';

const upload = {
  id: 'upl_test0001',
  object: 'upload',
  kolId: 'kol_test0001',
  kind: 'image',
  mimeType: 'image/png',
  size: 8,
  url: '/media/upl_test0001?exp=1&sig=x',
  urlExpiresAt: '2026-06-01T00:15:00.000Z',
  createdAt: '2026-06-01T00:00:00.000Z',
};
const file = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], 'foto.png', { type: 'image/png' });

let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
const g = globalThis as Record<string, unknown>;
beforeEach(() => {
  g.XMLHttpRequest = NodeXMLHttpRequest;
});
afterEach(async () => {
  delete g.XMLHttpRequest;
  await server?.close();
  server = undefined;
});

/** `uploads` over the one-request multipart transport (the default transport is resumable: uploads-resumable.test.ts). */
async function serve(script: Script) {
  server = await scriptedServer(script);
  const base = new BaseClient({ baseUrl: server.url, sessionToken: 'kst_unit' });
  return { client: { uploads: new Uploads(base, new MultipartUploadTransport(base._requester)) }, requests: server.requests };
}

describe('multipart uploads over XMLHttpRequest', () => {
  it('reports progress as bytes go out and returns the parsed upload', async () => {
    const { client, requests } = await serve((_req, res) => json(res, 201, upload));
    const progress: number[] = [];
    await expect(client.uploads.create(file(), { onProgress: (p) => progress.push(p.percent) })).resolves.toEqual(upload);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toBe(100);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const [seen] = requests;
    expect(seen!.headers).toMatchObject({ authorization: 'Bearer kst_unit', 'x-client': 'ibusibuk-sdk/0.1.0' });
    expect(seen!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen!.headers['idempotency-key']).toBeDefined();
    expect(seen!.body).toContain('filename="foto.png"');
  });

  it('maps an error answer like any other request', async () => {
    const { client } = await serve((_req, res) => apiError(res, 400, 'validation_error', { fields: { file: 'Bukan gambar.' } }));
    const error = await client.uploads.create(file()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ fields: { file: 'Bukan gambar.' }, requestId: 'req_test123' });
  });

  it('retries a 503 with the same idempotency key', async () => {
    const { client, requests } = await serve((_req, res, n) => (n === 1 ? apiError(res, 503, 'internal_error') : json(res, 201, upload)));
    await client.uploads.create(file());
    expect(requests).toHaveLength(2);
    expect(requests[0]!.headers['idempotency-key']).toBe(requests[1]!.headers['idempotency-key']);
  });

  it('stops on a user abort', async () => {
    const { client } = await serve((_req, res) => setTimeout(() => json(res, 201, upload), 1_000));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(client.uploads.create(file(), { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
  });
});

describe('multipart uploads over fetch', () => {
  beforeEach(() => {
    delete g.XMLHttpRequest;
  });

  it('posts the file as multipart and reports progress at the start and the end', async () => {
    const { client, requests } = await serve((_req, res) => json(res, 201, { ...upload, size: 4, url: null, urlExpiresAt: null }));
    const progress: number[] = [];
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'foto.png', { type: 'image/png' });
    await expect(client.uploads.create(file, { onProgress: (p) => progress.push(p.percent) })).resolves.toMatchObject({ id: upload.id, size: 4 });
    expect(progress).toEqual([0, 100]);
    expect(requests[0]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(requests[0]!.body).toContain('name="file"; filename="foto.png"');
    expect(requests[0]!.headers['idempotency-key']).toBeDefined();
  });
});
