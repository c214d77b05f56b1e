import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIResource, MOVE_LIST, createClient, type IbuSibukClient } from '@ibusibuk/sdk';
import { createApp } from '../../src/index.js';
import { endpointTable, withEndpointTable } from '../../src/http/endpoint-table.js';
import { png, startApi, type Api } from './support.js';

type Json = Record<string, any>;

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

let api: Api;
let document: Json;
beforeAll(async () => {
  api = await startApi();
  document = (await (await fetch(`${api.url}/v1/openapi.json`)).json()) as Json;
});
afterAll(() => api.close());

/** Every documented operation as `METHOD /path/{param}`. */
const operations = () =>
  Object.entries(document.paths as Record<string, Json>).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method) => METHODS.includes(method))
      .map((method) => ({ method: method.toUpperCase(), path })),
  );

/** The documented operation a concrete request is an instance of. */
const operationOf = (method: string, pathname: string) =>
  operations().find(
    (operation) =>
      operation.method === method &&
      new RegExp(`^${operation.path.replace(/\{[^/}]+\}/g, '[^/]+')}$`).test(pathname),
  );

describe('the API contract as OpenAPI', () => {
  it('serves an OpenAPI 3.1 document that Redocly’s recommended rules accept', () => {
    expect(document.openapi).toBe('3.1.0');
    const dir = mkdtempSync(join(tmpdir(), 'ibusibuk-openapi-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
      // Throws (and fails the test) on any error; warnings are printed only.
      execFileSync(join(ROOT, 'node_modules/.bin/redocly'), ['lint', join(dir, 'openapi.json'), '--config', join(ROOT, 'redocly.yaml')], {
        stdio: 'pipe',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('describes one route per lifecycle move, with the move’s input schema as its body', () => {
    for (const move of MOVE_LIST) {
      const operation = document.paths[`/v1/participations/{id}/${move.path}`]?.post;
      expect(operation, move.action).toBeDefined();
      expect(operation['x-access']).toBe(move.by);
      expect(operation.requestBody.content['application/json'].schema.$ref).toMatch(/#\/components\/schemas\/\w+Input$/);
    }
  });

  it('documents only routes the server answers', async () => {
    for (const { method, path } of operations()) {
      const concrete = path.replace(/\{[^/}]+\}/g, 'x');
      const response = await fetch(`${api.url}${concrete}`, { method, body: method === 'GET' || method === 'HEAD' ? undefined : '{}' });
      const body = method === 'HEAD' || response.status === 204 ? null : await response.json().catch(() => null);
      expect(body?.error?.message ?? '', `${method} ${path}`).not.toMatch(/no route|tidak ada rute/i);
    }
  });

  it('keeps docs/api.md’s endpoint table equal to the document', () => {
    const markdown = readFileSync(join(ROOT, 'docs/api.md'), 'utf8');
    expect(withEndpointTable(markdown, endpointTable(document)), 'run `pnpm api:docs`').toBe(markdown);
  });
});

describe('the SDK and the document', () => {
  /**
   * Calls every method of every resource of a client, against a server that records each request it
   * receives (tus-js-client on Node speaks node:http, past any fetch the SDK is given).
   */
  async function sdkRequests(): Promise<{ method: string; pathname: string; call: string }[]> {
    const sent: { method: string; pathname: string; call: string }[] = [];
    let call = '';
    const { app, close } = await createApp({ db: ':memory:', dev: true });
    const server = serve({ port: 0, hostname: '127.0.0.1', fetch: (request: Request) => {
      sent.push({ method: request.method, pathname: new URL(request.url).pathname, call });
      return app.fetch(request);
    } });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const client = createClient({ baseUrl: `http://127.0.0.1:${port}`, secretKey: 'sk_test_demo', retry: { maxRetries: 0 } });
    const kol = client.withSession((await client.sessions.create({ email: 'kontrak@example.com', name: 'Ibu Kontrak' })).token);
    for (const [name, resource] of Object.entries(client) as [string, unknown][]) {
      // Uploads are a KOL's: as the officer, tus would stop at the first refusal.
      const acting = name === 'uploads' ? (kol as unknown as Record<string, unknown>)[name] : resource;
      if (!(acting instanceof APIResource)) continue;
      const prototype = Object.getPrototypeOf(acting) as Record<string, unknown>;
      for (const method of Object.getOwnPropertyNames(prototype)) {
        if (method === 'constructor' || method.startsWith('_') || typeof prototype[method] !== 'function') continue;
        call = `${name}.${method}`;
        const before = sent.length;
        const fn = (acting as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[method]!.bind(acting);
        // Ids and bodies need not be valid: the request is what counts, not its answer.
        const attempts: unknown[][] =
          method === 'move'
            ? MOVE_LIST.map((move) => [move.action, 'par_x0000001', {}])
            : [['cmp_x0000001', {}, {}], [png(), {}]];
        for (const args of attempts) {
          await Promise.resolve()
            .then(() => fn(...args))
            .catch(() => undefined);
          if (sent.length > before && method !== 'move') break;
        }
      }
    }
    await new Promise((resolve) => server.close(resolve));
    await close();
    return sent;
  }

  it('sends every SDK request to a documented operation, and has a method for every operation', async () => {
    const sent = await sdkRequests();
    const undocumented = sent.filter((request) => !operationOf(request.method, request.pathname));
    expect(undocumented, 'SDK requests the document does not describe').toEqual([]);

    // Operations no SDK method sends, each for a reason: the media link is a plain URL an <img> loads,
    // tus's follow-up requests are sent by tus-js-client only when a chunk needs them, the document
    // describes itself, and health checks are for load balancers, not for pages.
    const notSdk = new Set([
      'GET /media/{id}',
      'GET /v1/openapi.json',
      'HEAD /v1/uploads/tus/{id}',
      'DELETE /v1/uploads/tus/{id}',
      'GET /healthz',
      'GET /readyz',
    ]);
    // Small files go in one multipart request, larger ones through tus: each transport is the SDK's.
    const transports = new Set(['POST /v1/uploads']);
    const covered = new Set(sent.map((request) => operationOf(request.method, request.pathname)).map((op) => op && `${op.method} ${op.path}`));
    const missing = operations()
      .map((op) => `${op.method} ${op.path}`)
      .filter((op) => !covered.has(op) && !notSdk.has(op) && !transports.has(op) && !op.startsWith('OPTIONS'));
    expect(missing, 'documented operations no SDK method calls').toEqual([]);
  });
});

describe('a client generated from the document', () => {
  // Compiling the generated types takes seconds on a busy 2-core machine.
  it('type-checks its calls and talks to the server', { timeout: 60_000 }, async () => {
    const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'generated-client');
    writeFileSync(join(dir, 'openapi.d.ts'), astToString(await openapiTS(document as never)));
    const program = ts.createProgram([join(dir, 'usage.ts')], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      skipLibCheck: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);

    // Imported by a path TypeScript does not follow: the file's types exist only once generated above.
    const usage = './generated-client/usage.js';
    const { useGeneratedClient } = (await import(/* @vite-ignore */ usage)) as {
      useGeneratedClient: (
        baseUrl: string,
        keys: { publishableKey: string; secretKey: string },
        campaignId: string,
      ) => Promise<{ titles: string[]; slug: string | undefined; refusal: unknown }>;
    };
    const officer = createClient({ baseUrl: api.url, secretKey: 'sk_test_demo' }) as IbuSibukClient;
    const campaign = await api.openCampaign();
    const result = await useGeneratedClient(api.url, { publishableKey: 'pk_test_demo', secretKey: 'sk_test_demo' }, campaign.id);
    expect(result.titles).toContain(campaign.title);
    expect(result.refusal).toMatchObject({ error: { code: 'validation_error' } });
    expect((await officer.campaigns.get(campaign.id)).slug).toBe(result.slug);
  });
});
