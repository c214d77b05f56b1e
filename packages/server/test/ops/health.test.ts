import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '@ibusibuk/server';
import { startApi } from '../api/support.js';

describe('GET /healthz and GET /readyz', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let uploadsDir: string;
  beforeAll(async () => {
    uploadsDir = mkdtempSync(join(tmpdir(), 'ibusibuk-ready-'));
    api = await startApi({ uploadsDir });
  });
  afterAll(async () => {
    await api.close();
    rmSync(uploadsDir, { recursive: true, force: true });
  });

  it('answers alive and ready, uncached, with no credential', async () => {
    const live = await fetch(`${api.url}/healthz`);
    expect(live.status).toBe(200);
    expect(live.headers.get('cache-control')).toBe('no-store');
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', uploads: 'ok' } });
  });

  it('describes both in the OpenAPI document, under Operations', async () => {
    const document = (await (await fetch(`${api.url}/v1/openapi.json`)).json()) as { paths: Record<string, { get?: { tags: string[]; responses: Record<string, unknown> } }> };
    expect(document.paths['/healthz']?.get?.tags).toEqual(['Operations']);
    expect(Object.keys(document.paths['/readyz']?.get?.responses ?? {})).toEqual(expect.arrayContaining(['200', '503']));
  });

  it('is not ready when upload storage cannot be written, and stays alive', async () => {
    rmSync(uploadsDir, { recursive: true, force: true });
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', checks: { database: 'ok', uploads: 'failed' } });
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });
});

describe('readiness of an app', () => {
  it('is not ready once its database is closed', async () => {
    const app = await createApp({ db: ':memory:', clockIntervalMs: 0, webhookPollMs: 0, uploadSweepIntervalMs: 0 });
    await app.store.close();
    const ready = await app.app.request('/readyz');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', checks: { database: 'failed', uploads: 'ok' } });
    await app.close();
  });

  it('is not ready once shutdown has begun, though everything answers', async () => {
    const app = await createApp({ db: ':memory:', clockIntervalMs: 0, webhookPollMs: 0, uploadSweepIntervalMs: 0 });
    expect((await app.app.request('/readyz')).status).toBe(200);
    app.drain();
    const ready = await app.app.request('/readyz');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', checks: { database: 'ok', uploads: 'ok' }, draining: true });
    await app.close();
  });
});
