import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { compiledSchema } from '#compiled-schema';
import { compiledSchema as pageSchema } from '../src/internal/compiled-schema.js';
import { CampaignList, ConfigurationError, Page, ResponseValidationError, createClient, type Campaign, type ClientOptions } from '../src/index.js';
import { json, scriptedServer, type Script } from './support/scripted-server.js';
import { campaign, list, participation } from './support/fixtures.js';

let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(script: Script, options: Partial<ClientOptions> = {}) {
  server = await scriptedServer(script);
  return { client: createClient({ baseUrl: server.url, publishableKey: 'pk_test_unit', ...options }), requests: server.requests };
}

describe('malformed payloads', () => {
  it('names the field path of a list item that does not match', async () => {
    const bad = { ...campaign(), compensation: { type: 'paid', fee: '1.500.000', productDescription: null } };
    const { client } = await serve((_req, res) => json(res, 200, list([bad])));
    const error = await client.campaigns.list().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ path: 'data.0.compensation.fee', code: 'invalid_response', status: 200, requestId: 'req_test123' });
    expect((error as Error).message).toContain('data.0.compensation.fee');
    expect((error as Error).message).toContain('expected number, got string');
  });

  it('names a missing nested field of a single resource', async () => {
    const { history: _dropped, ...rest } = participation();
    const { client } = await serve((_req, res) => json(res, 200, { ...rest, stage: 'flying' }));
    const error = await client.participations.get('par_test0001').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).path).toBe('stage');
    expect((error as Error).message).toMatch(/and 1 more/);
  });

  it('refuses a body that is not JSON', async () => {
    const { client } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>proxy</html>');
    });
    await expect(client.campaigns.get('x')).rejects.toBeInstanceOf(ResponseValidationError);
  });
});

describe('trusting the API', () => {
  const drifted = { ...campaign(), compensation: { type: 'paid', fee: '1.500.000', productDescription: null } };

  it('checks every answer on Node unless told otherwise', async () => {
    const { client } = await serve((_req, res) => json(res, 200, drifted));
    await expect(client.campaigns.get('x')).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('hands the answer over as it came with validate: none, as pages do by default', async () => {
    const { client } = await serve((_req, res) => json(res, 200, drifted), { validate: 'none' });
    await expect(client.campaigns.get('x')).resolves.toMatchObject({ compensation: { fee: '1.500.000' } });
  });

  it('still refuses a body that is not JSON when trusting the API', async () => {
    const { client } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>proxy</html>');
    }, { validate: 'none' });
    await expect(client.campaigns.get('x')).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('refuses an unknown validate setting', () => {
    expect(() => createClient({ baseUrl: 'http://127.0.0.1:1', publishableKey: 'pk_x', validate: 'all' as never })).toThrow(ConfigurationError);
  });
});

describe('compiled parsing', () => {
  it('parses on Node with zod\'s compiled fast path, to what the interpreter gives', () => {
    const body = list([{ ...campaign(1), unknownField: 'dropped' } as Campaign, campaign(2)], 'c2');
    const fast = compiledSchema(CampaignList);
    expect(fast).not.toBe(CampaignList);
    expect(compiledSchema(CampaignList)).toBe(fast);
    const parsed = z.parse(fast, body);
    expect(parsed).toEqual(z.parse(CampaignList, body));
    expect(parsed.data[0]).not.toHaveProperty('unknownField');
  });

  it('reports the interpreter\'s issues when the fast path refuses a body', () => {
    const body = list([{ ...campaign(1), slots: 1.5 }]);
    const fast = z.safeParse(compiledSchema(CampaignList), body);
    expect(fast.success).toBe(false);
    expect(fast.error?.issues).toEqual(z.safeParse(CampaignList, body).error?.issues);
  });

  it('keeps the interpreter when zod is told not to generate code', () => {
    z.config({ jitless: true });
    try {
      expect(compiledSchema(CampaignList)).toBe(CampaignList);
    } finally {
      z.config({ jitless: false });
    }
  });

  it('keeps the interpreter in pages, where a strict CSP forbids generated code', () => {
    expect(pageSchema(CampaignList)).toBe(CampaignList);
  });
});

describe('pagination', () => {
  const pages: Record<string, [Campaign[], string | null]> = {
    start: [[campaign(1), campaign(2)], 'c2'],
    c2: [[campaign(3), campaign(4)], 'c4'],
    c4: [[campaign(5)], null],
  };
  const script: Script = (req, res) => {
    const cursor = new URL(req.url, 'http://x').searchParams.get('cursor') ?? 'start';
    const [data, next] = pages[cursor]!;
    json(res, 200, list(data, next));
  };

  it('iterates every campaign across pages with for await', async () => {
    const { client, requests } = await serve(script);
    const titles: string[] = [];
    for await (const c of client.campaigns.list({ limit: 2 })) titles.push(c.title);
    expect(titles).toEqual(['Kampanye 1', 'Kampanye 2', 'Kampanye 3', 'Kampanye 4', 'Kampanye 5']);
    expect(requests.map((r) => r.url)).toEqual(['/v1/campaigns?limit=2', '/v1/campaigns?limit=2&cursor=c2', '/v1/campaigns?limit=2&cursor=c4']);
  });

  it('gives a page with data, hasMore, nextCursor and nextPage', async () => {
    const { client } = await serve(script);
    const page = await client.campaigns.list({ limit: 2 });
    expect(page).toBeInstanceOf(Page);
    expect(page.data.map((c) => c.id)).toEqual(['cmp_test0001', 'cmp_test0002']);
    expect(page).toMatchObject({ hasMore: true, nextCursor: 'c2' });
    const second = await page.nextPage();
    const third = await second!.nextPage();
    expect(third!.hasMore).toBe(false);
    expect(await third!.nextPage()).toBeNull();
    const all: string[] = [];
    for await (const c of page) all.push(c.id);
    expect(all).toHaveLength(5);
  });

  it('iterates a participation list the same way', async () => {
    const { client } = await serve((_req, res) => json(res, 200, list([participation()])));
    const ids: string[] = [];
    for await (const p of client.participations.list({ stage: 'applied' })) ids.push(p.id);
    expect(ids).toEqual(['par_test0001']);
  });
});
