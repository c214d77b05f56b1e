import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '@ibusibuk/sdk';
import * as z from 'zod/mini';
import { png, startApi, type Api } from './support.js';

// The holes an independent probe found (issue 15, "Found" 1, 2, 4, 5, 6), each kept shut by a test.
let api: Api;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ibusibuk-holes-'));
  api = await startApi({ db: join(dataDir, 'api.db'), uploadsDir: join(dataDir, 'uploads') });
});
afterAll(() => api.close());

const PNG_BYTES = async () => new Uint8Array(await png().arrayBuffer());
const errorOf = async (response: Response) => z.parse(ErrorBody, await response.json()).error;

describe('the upload path', () => {
  it('creates a tus upload with its first bytes under an Idempotency-Key, leaving nothing half-made', async () => {
    const kol = await api.newKol();
    const bytes = await PNG_BYTES();
    const create = () =>
      fetch(`${api.url}/v1/uploads/tus`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${kol.sessionToken}`,
          'idempotency-key': 'tus-with-key-1',
          'tus-resumable': '1.0.0',
          'upload-length': String(bytes.length),
          'upload-metadata': `filetype ${btoa('image/png')}`,
          'content-type': 'application/offset+octet-stream',
        },
        body: bytes,
      });
    const first = await create();
    expect(first.status).toBe(201);
    expect(first.headers.get('upload-offset')).toBe(String(bytes.length));
    const id = first.headers.get('location')!.split('/').pop()!;
    await expect(kol.uploads.get(id)).resolves.toMatchObject({ id, kind: 'image', size: bytes.length });
    // The key is not an upload's business: a second creation is a second upload, never a 500.
    const second = await create();
    expect(second.status).toBe(201);
    expect(second.headers.get('location')).not.toBe(first.headers.get('location'));
  });

  it('answers a deferred length as the client’s mistake (400), not 501', async () => {
    const kol = await api.newKol();
    const response = await fetch(`${api.url}/v1/uploads/tus`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${kol.sessionToken}`,
        'tus-resumable': '1.0.0',
        'upload-length': '100',
        'upload-defer-length': '1',
      },
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('validation_error');
  });

  it('answers a PATCH without Upload-Offset with 400, and keeps tus’s 409 and 412 with the API’s error body', async () => {
    const kol = await api.newKol();
    const bytes = await PNG_BYTES();
    const created = await fetch(`${api.url}/v1/uploads/tus`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${kol.sessionToken}`,
        'tus-resumable': '1.0.0',
        'upload-length': String(bytes.length),
        'upload-metadata': `filetype ${btoa('image/png')}`,
      },
    });
    const location = new URL(created.headers.get('location')!, api.url).toString();
    const patch = (headers: Record<string, string>) =>
      fetch(location, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${kol.sessionToken}`, 'content-type': 'application/offset+octet-stream', ...headers },
        body: bytes,
      });
    const noOffset = await patch({ 'tus-resumable': '1.0.0' });
    expect(noOffset.status).toBe(400);
    expect((await errorOf(noOffset)).code).toBe('validation_error');
    const wrongOffset = await patch({ 'tus-resumable': '1.0.0', 'upload-offset': '5' });
    expect(wrongOffset.status).toBe(409);
    expect(await errorOf(wrongOffset)).toMatchObject({ code: 'validation_error' });
    const noVersion = await patch({ 'upload-offset': '0' });
    expect(noVersion.status).toBe(412);
    expect(await errorOf(noVersion)).toMatchObject({ code: 'validation_error' });
  });

  it('documents tus’s 409 and 412', async () => {
    const document = (await (await fetch(`${api.url}/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, { responses: object }>> };
    expect(Object.keys(document.paths['/v1/uploads/tus/{id}']!.patch!.responses)).toEqual(expect.arrayContaining(['409', '412', '400']));
  });
});

describe('secrets at rest and replays', () => {
  const storedResponses = () =>
    (new Database(join(dataDir, 'api.db'), { readonly: true }).prepare('SELECT body FROM idempotency_keys').all() as { body: string | null }[])
      .map((row) => row.body ?? '')
      .join('\n');

  it('never stores a minted session token in a replay record, and refuses the replay', async () => {
    const mint = () =>
      fetch(`${api.url}/v1/sessions`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk_test_demo', 'content-type': 'application/json', 'idempotency-key': 'mint-once-1' },
        body: JSON.stringify({ email: 'rahasia@example.com', name: 'Ibu Rahasia' }),
      });
    const first = await mint();
    expect(first.status).toBe(201);
    const { token } = (await first.json()) as { token: string };
    expect(storedResponses()).not.toContain(token);
    expect(storedResponses()).not.toContain('kst_');
    const replay = await mint();
    expect(replay.status).toBe(409);
    expect(await errorOf(replay)).toMatchObject({ code: 'idempotency_error' });
  });

  it('does not let a used sign-in code be replayed under its Idempotency-Key', async () => {
    const email = 'sekali@example.com';
    await api.public.auth.requestCode(email);
    const code = (await api.public.dev.outbox(email)).data[0]!.code!;
    const verify = () =>
      fetch(`${api.url}/v1/auth/sessions`, {
        method: 'POST',
        headers: { authorization: 'Bearer pk_test_demo', 'content-type': 'application/json', 'idempotency-key': 'verify-once-1' },
        body: JSON.stringify({ email, code }),
      });
    const first = await verify();
    expect(first.status).toBe(201);
    expect(storedResponses()).not.toContain(((await first.json()) as { token: string }).token);
    const replay = await verify();
    expect(replay.status).toBe(409);
    expect(JSON.stringify(await replay.json())).not.toContain('kst_');
  });
});
