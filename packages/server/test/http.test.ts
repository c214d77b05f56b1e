import { ErrorBody, Upload } from '@ibusibuk/sdk';
import * as z from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, MINUTE } from '../src/clock.js';
import { createApp, ManualClock, type App } from '../src/index.js';
import { gradientPng } from '../src/seed/png.js';

const pk = { authorization: 'Bearer pk_test_demo' };
const sk = { authorization: 'Bearer sk_test_demo' };

describe('HTTP surface', () => {
  let api: App;
  const clock = new ManualClock(new Date('2026-06-01T00:00:00Z'));
  beforeAll(async () => {
    api = await createApp({ db: ':memory:', dev: true, clock, mediaUrlTtlSeconds: 60 });
  });
  afterAll(() => api.close());

  const session = async () => {
    const res = await api.app.request('/v1/sessions', {
      method: 'POST',
      headers: { ...sk, 'content-type': 'application/json' },
      body: JSON.stringify({ email: `kol-${Math.random()}@example.com`, name: 'Ibu Uji' }),
    });
    return ((await res.json()) as { token: string }).token;
  };

  it('answers unknown routes with the error body and a request id', async () => {
    const res = await api.app.request('/v1/nothing-here');
    expect(res.status).toBe(404);
    const body = z.parse(ErrorBody, await res.json());
    expect(body.error.code).toBe('not_found');
    expect(res.headers.get('x-request-id')).toBe(body.error.requestId);
    expect(body.error.requestId).toMatch(/^req_/);
  });

  it('refuses a publishable key from an origin it does not allow', async () => {
    const res = await api.app.request('/v1/campaigns', { headers: { ...pk, origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorBody).error.code).toBe('permission_error');
  });

  it('answers CORS for allowed origins, never for secret keys', async () => {
    const preflight = await api.app.request('/v1/auth/codes', {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('idempotency-key');
    const withPk = await api.app.request('/v1/campaigns', { headers: { ...pk, origin: 'http://localhost:5173' } });
    expect(withPk.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(withPk.headers.get('access-control-expose-headers')).toContain('x-request-id');
    const withSk = await api.app.request('/v1/campaigns', { headers: { ...sk, origin: 'http://localhost:5173' } });
    expect(withSk.status).toBe(200);
    expect(withSk.headers.get('access-control-allow-origin')).toBeNull();
    const minted = await api.app.request('/v1/sessions', {
      method: 'POST',
      headers: { ...sk, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'officer', permissions: ['reports.read'], actor: { name: 'Putri', email: 'putri@orami.example' } }),
    });
    const staffToken = ((await minted.json()) as { token: string }).token;
    const withStaff = await api.app.request('/v1/campaigns', { headers: { authorization: `Bearer ${staffToken}`, origin: 'http://localhost:5173' } });
    expect(withStaff.status).toBe(200);
    expect(withStaff.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('refuses a JSON body over 1 MB', async () => {
    const res = await api.app.request('/v1/campaigns', {
      method: 'POST',
      headers: { ...sk, 'content-type': 'application/json' },
      body: JSON.stringify({ description: 'a'.repeat(1_100_000) }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.code).toBe('payload_too_large');
  });

  it('speaks English when asked', async () => {
    const res = await api.app.request('/v1/campaigns', {
      method: 'POST',
      headers: { ...sk, 'content-type': 'application/json', 'accept-language': 'en-GB,en;q=0.8' },
      body: '{}',
    });
    const body = (await res.json()) as ErrorBody;
    expect(body.error.fields?.title).toBe('This field is required.');
  });

  it('signs media links that stop working when they expire', async () => {
    const token = await session();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(gradientPng('#FDE2E4', '#E07A93'))]), 'foto-bayi.jpg');
    const created = await api.app.request('/v1/uploads', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    expect(created.status).toBe(201);
    const upload = z.parse(Upload, await created.json());
    expect(upload.mimeType).toBe('image/png');
    const path = new URL(upload.url!).pathname + new URL(upload.url!).search;
    expect((await api.app.request(path)).status).toBe(200);
    expect((await api.app.request(path.replace(/sig=[^&]+/, 'sig=forged'))).status).toBe(403);
    clock.advance(2 * MINUTE);
    expect((await api.app.request(path)).status).toBe(403);
  });

  it('ends a KOL session after 30 days', async () => {
    const token = await session();
    expect((await api.app.request('/v1/me', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    clock.advance(30 * DAY);
    expect((await api.app.request('/v1/me', { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });

  it('hides the dev outbox outside dev mode', async () => {
    const prod = await createApp({ db: ':memory:', demoKeys: true });
    expect((await prod.app.request('/v1/dev/outbox')).status).toBe(404);
    await prod.close();
  });
});
