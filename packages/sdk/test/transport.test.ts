import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  APIError,
  AbortError,
  IdempotencyError,
  NetworkError,
  RateLimitError,
  TimeoutError,
  ValidationError,
  createClient,
  type ClientOptions,
} from '../src/index.js';
import { apiError, json, scriptedServer, type Script } from './support/scripted-server.js';
import { campaign, list, participation } from './support/fixtures.js';

let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
afterEach(async () => {
  vi.unstubAllGlobals();
  await server?.close();
  server = undefined;
});

async function serve(script: Script, options: Partial<ClientOptions> = {}) {
  server = await scriptedServer(script);
  const client = createClient({ baseUrl: server.url, secretKey: 'sk_test_unit', ...options });
  return { client, requests: server.requests };
}

const gaps = (requests: { at: number }[]) => requests.slice(1).map((r, i) => r.at - requests[i]!.at);

describe('requests', () => {
  it('sends the credential, the language and the client name', async () => {
    const { client, requests } = await serve((_req, res) => json(res, 200, campaign()), { locale: 'en' });
    await client.campaigns.get('kampanye-1');
    expect(requests[0]).toMatchObject({ method: 'GET', url: '/v1/campaigns/kampanye-1' });
    expect(requests[0]!.headers).toMatchObject({
      authorization: 'Bearer sk_test_unit',
      'accept-language': 'en',
      'x-client': 'ibusibuk-sdk/0.1.0',
    });
  });

  it('switches to the session token once set, and back', async () => {
    const { client, requests } = await serve((_req, res) => json(res, 200, campaign()), {
      secretKey: undefined,
      publishableKey: 'pk_test_unit',
    });
    client.setSessionToken('kst_abc');
    await client.campaigns.get('x');
    const kol = client.withSession('kst_other');
    await kol.campaigns.get('x');
    client.setSessionToken(null);
    await client.campaigns.get('x');
    expect(requests.map((r) => r.headers.authorization)).toEqual(['Bearer kst_abc', 'Bearer kst_other', 'Bearer pk_test_unit']);
  });

  it('encodes ids in the path and drops undefined query params', async () => {
    const { client, requests } = await serve((_req, res) => json(res, 200, { object: 'list', data: [], hasMore: false, nextCursor: null }));
    await client.campaigns.list({ status: 'open', q: undefined, limit: 5 });
    await client.campaigns.get('a/b').catch(() => undefined);
    expect(requests[0]!.url).toBe('/v1/campaigns?status=open&limit=5');
    expect(requests[1]!.url).toBe('/v1/campaigns/a%2Fb');
  });

  it('sends JSON bodies, {} for body-less actions', async () => {
    const { client, requests } = await serve((_req, res) => json(res, 200, participation({ stage: 'drafting' })));
    await client.participations.acknowledgeBrief('par_test0001');
    await client.participations.reject('par_test0001', { note: 'Belum cocok' }).catch(() => undefined);
    expect(requests[0]!.body).toBe('{}');
    expect(requests[0]!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(requests[1]!.body)).toEqual({ note: 'Belum cocok' });
  });
  it('lets per-call headers win over the SDK\'s own, whatever their case', async () => {
    const { client, requests } = await serve((_req, res) => json(res, 200, campaign()));
    await client.campaigns.get('x', { headers: { 'Accept-Language': 'en', 'x-trace': 't-1' } });
    expect(requests[0]!.headers).toMatchObject({ 'accept-language': 'en', 'x-trace': 't-1' });
  });

  it('uses a fetch stubbed after the client was created, handing it a Request', async () => {
    const client = createClient({ baseUrl: 'http://api.invalid/root', secretKey: 'sk_test_unit' });
    const seen: Request[] = [];
    vi.stubGlobal('fetch', async (input: Request) => {
      seen.push(input);
      return Response.json(input.url.includes('?') ? list([campaign()]) : campaign());
    });
    await client.campaigns.list({ status: 'open', q: undefined });
    await expect(client.campaigns.get('cmp_test0001')).resolves.toMatchObject({ id: 'cmp_test0001' });
    expect(seen[0]).toBeInstanceOf(Request);
    expect(seen.map((r) => r.url)).toEqual(['http://api.invalid/root/v1/campaigns?status=open', 'http://api.invalid/root/v1/campaigns/cmp_test0001']);
    expect(seen[1]!.headers.get('authorization')).toBe('Bearer sk_test_unit');
  });

  it('prefers the client\'s own fetch to the global one', async () => {
    const global = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', global);
    const own = vi.fn<typeof fetch>(async () => Response.json(campaign()));
    const client = createClient({ baseUrl: 'http://api.invalid', secretKey: 'sk_test_unit', fetch: own });
    await client.campaigns.get('x');
    expect(own).toHaveBeenCalledTimes(1);
    expect(global).not.toHaveBeenCalled();
  });

  it('names the cause when the server cannot be reached', async () => {
    const closed = await scriptedServer(() => undefined);
    await closed.close();
    const client = createClient({ baseUrl: closed.url, secretKey: 'sk_test_unit', retry: { maxRetries: 0 } });
    const error = await client.campaigns.get('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/^Could not reach the Ibu Sibuk API \(.+\)\.$/);
  });
});

describe('retries', () => {
  it('retries a GET after 503s and returns the eventual answer', async () => {
    const { client, requests } = await serve((_req, res, n) => (n <= 2 ? apiError(res, 503, 'internal_error') : json(res, 200, campaign())));
    const result = await client.campaigns.get('cmp_test0001');
    expect(result.id).toBe('cmp_test0001');
    expect(requests).toHaveLength(3);
  });

  it('backs off about 0.5 s then 1 s, with at most a quarter of jitter', async () => {
    const { client, requests } = await serve((_req, res) => apiError(res, 500, 'internal_error'));
    const error = await client.campaigns.get('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 500, requestId: 'req_test123' });
    expect(requests).toHaveLength(3);
    const [first, second] = gaps(requests);
    expect(first).toBeGreaterThanOrEqual(370);
    expect(first).toBeLessThan(700);
    expect(second).toBeGreaterThanOrEqual(740);
    expect(second).toBeLessThan(1300);
  });

  it('retries 408 and 429 too, but never a 4xx like 400 or 409', async () => {
    const statuses = [408, 429];
    const { client, requests } = await serve((_req, res, n) =>
      n <= 2 ? apiError(res, statuses[n - 1]!, n === 1 ? 'internal_error' : 'rate_limited') : json(res, 200, campaign()),
    );
    await client.campaigns.get('x');
    expect(requests).toHaveLength(3);

    await server!.close();
    const failing = await serve((_req, res) => apiError(res, 400, 'validation_error', { fields: { title: 'Wajib diisi.' } }));
    const error = await failing.client.campaigns.create({} as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ title: 'Wajib diisi.' });
    expect(failing.requests).toHaveLength(1);
  });

  it('waits as long as Retry-After says', async () => {
    const { client, requests } = await serve((_req, res, n) =>
      n === 1 ? apiError(res, 429, 'rate_limited', { headers: { 'retry-after': '1' } }) : json(res, 200, campaign()),
    );
    await client.campaigns.get('x');
    expect(gaps(requests)[0]).toBeGreaterThanOrEqual(990);
  });

  it('waits until the HTTP date a Retry-After gives, on a 503 too', async () => {
    let until = 0;
    const { client, requests } = await serve((_req, res, n) => {
      if (n > 1) return json(res, 200, campaign());
      const date = new Date(Date.now() + 2_000).toUTCString();
      until = Date.parse(date);
      apiError(res, 503, 'internal_error', { headers: { 'retry-after': date } });
    });
    await client.campaigns.get('x');
    expect(requests).toHaveLength(2);
    const waited = gaps(requests)[0]!;
    expect(Date.now()).toBeGreaterThanOrEqual(until - 20);
    expect(waited).toBeGreaterThan(900);
    expect(waited).toBeLessThan(2_300);
  });

  it('hands a Retry-After date beyond a minute to the caller', async () => {
    const date = new Date(Date.now() + 3_600_000).toUTCString();
    const { client, requests } = await serve((_req, res) => apiError(res, 503, 'internal_error', { headers: { 'retry-after': date } }));
    await expect(client.campaigns.get('x')).rejects.toMatchObject({ status: 503 });
    expect(requests).toHaveLength(1);
  });

  it('hands a long Retry-After to the caller instead of sleeping', async () => {
    const { client, requests } = await serve((_req, res) => apiError(res, 429, 'rate_limited', { headers: { 'retry-after': '3600' } }));
    const started = performance.now();
    const error = await client.auth.requestCode('siti@example.com').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(3600);
    expect(requests).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('reuses one Idempotency-Key across the retries of a POST', async () => {
    const { client, requests } = await serve((_req, res, n) =>
      n <= 2 ? apiError(res, 502, 'internal_error') : json(res, 200, participation({ stage: 'accepted' })),
    );
    await client.participations.accept('par_test0001');
    expect(requests).toHaveLength(3);
    const keys = requests.map((r) => r.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    expect(new Set(requests.map((r) => r.body)).size).toBe(1);
  });

  it('uses a fresh key per call, or the one given', async () => {
    const { client, requests } = await serve((_req, res) => json(res, 200, participation({ stage: 'accepted' })));
    await client.participations.accept('par_test0001');
    await client.participations.accept('par_test0001');
    await client.participations.accept('par_test0001', {}, { idempotencyKey: 'mine-1' });
    const keys = requests.map((r) => r.headers['idempotency-key']);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBe('mine-1');
  });

  it('never retries a PATCH, which carries no idempotency key', async () => {
    const { client, requests } = await serve((_req, res) => apiError(res, 503, 'internal_error'));
    await expect(client.campaigns.update('cmp_test0001', { title: 'Baru sekali' })).rejects.toBeInstanceOf(APIError);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers['idempotency-key']).toBeUndefined();
  });

  it('maps a reused key with another body to IdempotencyError', async () => {
    const { client } = await serve((_req, res) => apiError(res, 409, 'idempotency_error'));
    await expect(client.participations.accept('par_test0001', {}, { idempotencyKey: 'k' })).rejects.toBeInstanceOf(IdempotencyError);
  });

  it('obeys maxRetries per client and per call', async () => {
    const { client, requests } = await serve((_req, res) => apiError(res, 503, 'internal_error'), { retry: { maxRetries: 0 } });
    await expect(client.campaigns.get('x')).rejects.toBeInstanceOf(APIError);
    expect(requests).toHaveLength(1);
    await expect(client.campaigns.get('x', { maxRetries: 1 })).rejects.toBeInstanceOf(APIError);
    expect(requests).toHaveLength(3);
  });

  it('retries a dropped connection, then throws NetworkError', async () => {
    const { client, requests } = await serve((req, res) => {
      void req;
      res.socket?.destroy();
    });
    const error = await client.campaigns.get('x', { maxRetries: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ code: 'network_error', status: undefined });
    expect(requests).toHaveLength(2);
  });

  it('recovers when a dropped connection is followed by an answer', async () => {
    const { client, requests } = await serve((_req, res, n) => (n === 1 ? res.socket?.destroy() : json(res, 200, campaign())));
    await expect(client.campaigns.get('x')).resolves.toMatchObject({ id: 'cmp_test0001' });
    expect(requests).toHaveLength(2);
  });
});

describe('timeouts and aborts', () => {
  it('throws TimeoutError when the server is slower than the timeout', async () => {
    const { client, requests } = await serve((_req, res) => setTimeout(() => json(res, 200, campaign()), 1_000));
    const started = performance.now();
    const error = await client.campaigns.get('x', { timeout: 150, maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'timeout', message: 'The Ibu Sibuk API did not answer within 150 ms.' });
    expect(performance.now() - started).toBeLessThan(800);
    expect(requests).toHaveLength(1);
  });

  it('retries a timed-out attempt and returns the next answer', async () => {
    const { client, requests } = await serve((_req, res, n) => (n === 1 ? setTimeout(() => json(res, 200, campaign()), 1_000) : json(res, 200, campaign(2))));
    await expect(client.campaigns.get('x', { timeout: 150 })).resolves.toMatchObject({ id: 'cmp_test0002' });
    expect(requests).toHaveLength(2);
  });

  it('throws AbortError on a user abort and does not retry', async () => {
    const { client, requests } = await serve((_req, res) => setTimeout(() => json(res, 200, campaign()), 1_000));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await client.campaigns.get('x', { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ code: 'aborted' });
    await new Promise((r) => setTimeout(r, 700));
    expect(requests).toHaveLength(1);
  });

  it('stops waiting for a retry when the user aborts', async () => {
    const { client, requests } = await serve((_req, res) => apiError(res, 503, 'internal_error', { headers: { 'retry-after': '5' } }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const started = performance.now();
    await expect(client.campaigns.get('x', { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(requests).toHaveLength(1);
  });

  it('refuses to start with a signal already aborted', async () => {
    const { client, requests } = await serve((_req, res) => json(res, 200, campaign()));
    await expect(client.campaigns.get('x', { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(requests).toHaveLength(0);
  });

  it('throws AbortError on an abort while the body is still arriving', async () => {
    const { client } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":');
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const started = performance.now();
    await expect(client.campaigns.get('x', { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
