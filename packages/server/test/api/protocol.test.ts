import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, RateLimitError, ValidationError } from '@ibusibuk/sdk';
import { campaignInput, png, startApi, type Api } from './support.js';

let api: Api;
beforeAll(async () => {
  api = await startApi({ maxImageBytes: 1024, mediaUrlTtlSeconds: 60 });
});
afterAll(() => api.close());

describe('the wire protocol', () => {
  it('gives every response a request id, and errors carry the same one', async () => {
    const ok = await fetch(`${api.url}/v1/campaigns`, { headers: { authorization: 'Bearer pk_test_demo' } });
    expect(ok.headers.get('x-request-id')).toBeTruthy();
    const missing = await fetch(`${api.url}/v1/campaigns/tidak-ada`, { headers: { authorization: 'Bearer pk_test_demo' } });
    const body = (await missing.json()) as { error: { requestId: string } };
    expect(body.error.requestId).toBe(missing.headers.get('x-request-id'));
    const error = await api.public.campaigns.get('tidak-ada').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).requestId).toMatch(/\S/);
  });

  it('answers a CORS preflight from an allowed origin with the SDK’s headers', async () => {
    const response = await fetch(`${api.url}/v1/auth/codes`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, idempotency-key, accept-language, x-client',
      },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of ['authorization', 'content-type', 'idempotency-key', 'accept-language', 'x-client']) expect(allowed).toContain(header);
  });

  it('tells a rate-limited client when to retry', async () => {
    for (let i = 0; i < 5; i++) await api.public.auth.requestCode('batas@example.com');
    const error = await api.public.auth.requestCode('batas@example.com', { maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBeGreaterThan(0);
  });

  it('walks every campaign newest first across pages', async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      made.push((await api.officer.campaigns.create(campaignInput())).id);
      api.clock.advance(1_000);
    }
    const first = await api.officer.campaigns.list({ limit: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.hasMore).toBe(true);
    const seen: string[] = [];
    for await (const c of api.officer.campaigns.list({ limit: 2 })) seen.push(c.id);
    expect(seen.slice(0, 5)).toEqual([...made].reverse());
  });

  it('answers 404 for a brief not yet written', async () => {
    const campaign = await api.officer.campaigns.create(campaignInput());
    await expect(api.officer.campaigns.brief(campaign.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses an image over the size limit as payload_too_large', async () => {
    const kol = await api.newKol();
    const big = new Uint8Array(4096);
    big.set(new Uint8Array(await png().arrayBuffer()));
    const error = await kol.uploads.create(new Blob([big]), { filename: 'besar.png' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 413, code: 'payload_too_large' });
  });

  it('serves media only through an unexpired signed link', async () => {
    const kol = await api.newKol();
    const upload = await kol.uploads.create(png());
    const url = new URL(upload.url!, api.url);
    expect((await fetch(url)).status).toBe(200);
    const forged = new URL(url);
    forged.searchParams.set('sig', 'x'.repeat(20));
    expect((await fetch(forged)).status).toBe(403);
    api.clock.advance(61_000);
    expect((await fetch(url)).status).toBe(403);
    const fresh = await kol.uploads.get(upload.id);
    expect((await fetch(new URL(fresh.url!, api.url))).status).toBe(200);
  });
});
