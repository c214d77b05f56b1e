import { afterEach, describe, expect, it } from 'vitest';
import { AbortError, EARLY_RESPONSES, createClient, type EarlyResponse } from '../src/index.js';
import { json, scriptedServer } from './support/scripted-server.js';
import { campaign } from './support/fixtures.js';

const KEY = 'pk_test_unit';
let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
const waiting = (): EarlyResponse[] => ((globalThis as Record<string, unknown>)[EARLY_RESPONSES] ??= []) as EarlyResponse[];

afterEach(async () => {
  delete (globalThis as Record<string, unknown>)[EARLY_RESPONSES];
  await server?.close();
  server = undefined;
});

/** A server answering every GET with the campaign, and a client of it. */
async function serve() {
  server = await scriptedServer((_req, res) => json(res, 200, campaign(1, { slug: 'mpasi' })));
  return { client: createClient({ baseUrl: server.url, publishableKey: KEY }), url: `${server.url}/v1/campaigns/mpasi` };
}

/** What the CDN loader leaves: the request sent now, as the element would send it. */
function leaveEarly(url: string, { authorization = `Bearer ${KEY}`, language = 'id', sentAt = Date.now() } = {}) {
  const response = fetch(url, { headers: { authorization, 'accept-language': language, accept: 'application/json' } });
  waiting().push({ url, authorization, language, sentAt, response });
}

describe('early responses', () => {
  it('takes the answer a page asked for before the SDK loaded, instead of asking again', async () => {
    const { client, url } = await serve();
    leaveEarly(url);
    const got = await client.campaigns.get('mpasi');
    expect(got.slug).toBe('mpasi');
    expect(server!.requests).toHaveLength(1);
    expect(waiting()).toEqual([]);
  });

  it('takes it once: the next call asks the server', async () => {
    const { client, url } = await serve();
    leaveEarly(url);
    await client.campaigns.get('mpasi');
    await client.campaigns.get('mpasi');
    expect(server!.requests).toHaveLength(2);
  });

  it('asks again when the credential or the language differ, and leaves those answers', async () => {
    const { client, url } = await serve();
    leaveEarly(url, { authorization: 'Bearer sess_someone_else' });
    leaveEarly(url, { language: 'en' });
    await client.campaigns.get('mpasi');
    expect(server!.requests).toHaveLength(3);
    expect(waiting()).toHaveLength(2);
  });

  it('leaves an answer older than ten seconds unused, and drops it', async () => {
    const { client, url } = await serve();
    leaveEarly(url, { sentAt: Date.now() - 11_000 });
    leaveEarly(`${url}-other`, { sentAt: Date.now() - 11_000 });
    await client.campaigns.get('mpasi');
    expect(server!.requests).toHaveLength(3);
    expect(waiting()).toEqual([]);
  });

  it('sends after all when the early request failed', async () => {
    const { client, url } = await serve();
    const response = Promise.reject(new TypeError('Failed to fetch'));
    response.catch(() => {});
    waiting().push({ url, authorization: `Bearer ${KEY}`, language: 'id', sentAt: Date.now(), response });
    expect((await client.campaigns.get('mpasi')).slug).toBe('mpasi');
    expect(server!.requests).toHaveLength(1);
  });

  it('stops waiting for it when the caller aborts', async () => {
    const { client, url } = await serve();
    waiting().push({ url, authorization: `Bearer ${KEY}`, language: 'id', sentAt: Date.now(), response: new Promise<Response>(() => {}) });
    const controller = new AbortController();
    const call = client.campaigns.get('mpasi', { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(AbortError);
  });
});
