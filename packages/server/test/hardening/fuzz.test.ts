import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '@ibusibuk/sdk';
import { openApiPath } from '../../src/http/openapi.js';
import { isRawRoute, type Route } from '../../src/http/route.js';
import type { SqliteStore } from '../../src/store/sqlite-store.js';
import { applicationInput, png, startApi, type Api } from '../api/support.js';
import { changed, snapshot } from './snapshot.js';

/**
 * Property-based fuzzing of every declared route: path ids, queries, bodies and headers generated
 * from the route declarations and the API document they produce. For each request: no 5xx; every
 * refusal an `ErrorBody` with a status the document lists for the operation; and a refused request
 * writes nothing (database tables and upload folder compared before and after).
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
type Json = Record<string, unknown>;

let api: Api;
let uploadsDir: string;
let doc: Json & { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};

beforeAll(async () => {
  uploadsDir = mkdtempSync(join(tmpdir(), 'ibusibuk-fuzz-'));
  api = await startApi({ uploadsDir, uploadSweepIntervalMs: 0, webhookPollMs: 0, clockIntervalMs: 0 });
  const campaign = await api.openCampaign();
  const session = await api.officer.sessions.create({ email: 'fuzz@example.com', name: 'Ibu Fuzz' });
  const kol = api.public.withSession(session.token);
  const participation = await kol.applications.create(campaign.id, applicationInput());
  const upload = await kol.uploads.create(png(), { filename: 'fuzz.png' });
  const endpoint = await api.officer.webhookEndpoints.create({ url: 'http://127.0.0.1:9/fuzz', events: ['*'] });
  Object.assign(ids, { campaign: campaign.id, slug: campaign.slug, participation: participation.id, upload: upload.id, endpoint: endpoint.id, kol: session.kol.id });
  Object.assign(tokens, { kol: session.token });
  doc = (await (await fetch(`${api.url}/v1/openapi.json`)).json()) as typeof doc;
});
afterAll(async () => {
  await api.close();
  rmSync(uploadsDir, { recursive: true, force: true });
});

// —— values ——
const NASTY = [
  '',
  ' ',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '\u0000',
  '%00',
  '\u202e\u0000\ud83d',
  'x'.repeat(5_000),
  '-1',
  '1e309',
  'NaN',
  '2026-13-45T25:61:00Z',
  "' OR 1=1 --",
  '__proto__',
  'upl_x0000001',
  'cmp_0000000000',
];
const idLike = () => fc.constantFrom(...Object.values(ids), 'par_doesnotexist', 'cmp_doesnotexist', 'upl_doesnotexist', 'whe_doesnotexist');
const scalar = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...NASTY),
  idLike(),
);
const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 12 }), tie('value'), { maxKeys: 4 })),
})).value;

const resolve = (schema: Json): Json => {
  const ref = schema.$ref as string | undefined;
  return ref ? resolve(doc.components.schemas[ref.split('/').pop()!] ?? {}) : schema;
};

/** Values shaped by the JSON schema the document gives, mixed with values of every wrong kind. */
function fromSchema(raw: Json, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(raw);
  if (depth > 3) return scalar;
  const variants = [...((schema.oneOf ?? schema.anyOf ?? []) as Json[])];
  if (variants.length > 0) return fc.oneof(...variants.map((v) => fromSchema(v, depth + 1)), scalar);
  const shaped = shapedBy(schema, depth);
  return shaped ? fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 1, arbitrary: scalar }) : scalar;
}

function shapedBy(schema: Json, depth: number): fc.Arbitrary<unknown> | null {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if (schema.const !== undefined) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Json>;
      return fc.record(Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, fromSchema(value, depth + 1)])), { requiredKeys: [] });
    }
    case 'array':
      return fc.array(fromSchema((schema.items ?? {}) as Json, depth + 1), { maxLength: 5 });
    case 'integer':
    case 'number':
      return fc.oneof(fc.integer({ min: -10, max: 2_000_000 }), fc.constantFrom(0, -1, 2 ** 53, 1e308));
    case 'boolean':
      return fc.boolean();
    case 'string':
      if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      if (schema.format === 'email') return fc.emailAddress();
      if (schema.format === 'uri') return fc.webUrl();
      return fc.oneof(fc.string({ maxLength: 60 }), idLike());
    default:
      return null;
  }
}

// —— requests ——
interface Attempt {
  method: string;
  path: string;
  query: Record<string, unknown>;
  body: { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'raw'; text: string };
  headers: Record<string, string>;
  credential: keyof typeof CREDENTIALS;
}

const ORIGIN = 'http://localhost:5173';
const CREDENTIALS = {
  none: () => ({}),
  garbage: () => ({ authorization: 'Bearer kst_not_a_session' }),
  publishable: () => ({ authorization: 'Bearer pk_test_demo', origin: ORIGIN }),
  foreignOrigin: () => ({ authorization: 'Bearer pk_test_demo', origin: 'https://evil.example' }),
  kol: () => ({ authorization: `Bearer ${tokens.kol}`, origin: ORIGIN }),
  secret: () => ({ authorization: 'Bearer sk_test_demo' }),
};

const METHODS_OF_ALL = ['get', 'post', 'patch', 'delete', 'head', 'options'] as const;
const methodsOf = (route: Route): readonly string[] =>
  route.method === 'all' ? (isRawRoute(route) && route.documents ? route.documents : METHODS_OF_ALL) : [route.method];

const pathSegment = fc.oneof(
  idLike(),
  fc.string({ minLength: 1, maxLength: 30 }).map(encodeURIComponent),
  fc.constantFrom('..', '%2e%2e', '%2F', 'a%00b', 'x'.repeat(300), '%E0%A4%A', encodeURIComponent('<svg onload=alert(1)>')),
);

function operation(method: string, route: Route): Json | undefined {
  return doc.paths[openApiPath(route.path)]?.[method];
}

function attemptFor(route: Route): fc.Arbitrary<Attempt> {
  const method = fc.constantFrom(...methodsOf(route));
  const path = fc.array(pathSegment, { minLength: 4, maxLength: 4 }).map((segments) => {
    let i = 0;
    return route.path.replace(/:[A-Za-z]+/g, () => segments[i++]!).replace(/\*$/, () => segments[3]!);
  });
  const op = operation(route.method, route) ?? {};
  const queryNames = ((op.parameters ?? []) as Json[]).filter((p) => p.in === 'query').map((p) => [p.name as string, (p.schema ?? {}) as Json] as const);
  const query = fc.record(Object.fromEntries([...queryNames.map(([name, schema]) => [name, fromSchema(schema)]), ['junk', scalar]]), { requiredKeys: [] });
  const bodySchema = ((op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined)?.['application/json']?.schema as Json | undefined;
  const body = fc.oneof(
    fc.constant({ kind: 'none' as const }),
    (bodySchema ? fromSchema(bodySchema) : anyJson).map((value) => ({ kind: 'json' as const, value })),
    anyJson.map((value) => ({ kind: 'json' as const, value })),
    fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('{', '{"a":', '[1,2', 'null', '\u0000\u0001', '{"__proto__":{"admin":true}}')).map((text) => ({ kind: 'raw' as const, text })),
  );
  const optional = (arb: fc.Arbitrary<string>) => fc.option(arb, { nil: undefined });
  const headers = fc
    .record({
      'content-type': optional(
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/offset+octet-stream', 'application/json; charset=utf-16'),
      ),
      'idempotency-key': optional(fc.oneof(fc.uuid(), fc.string({ maxLength: 300 }))),
      'accept-language': optional(fc.constantFrom('en', 'id', 'xx', '*', 'en;q=abc')),
      'tus-resumable': optional(fc.constantFrom('1.0.0', '0.2.2', '')),
      'upload-length': optional(fc.oneof(fc.nat().map(String), fc.constantFrom('-1', '1e9', '99999999999999999999', 'abc'))),
      'upload-offset': optional(fc.oneof(fc.nat(100).map(String), fc.constantFrom('-1', 'abc'))),
      'upload-metadata': optional(fc.constantFrom('filetype aW1hZ2UvcG5n', 'filename', 'a b c', '!!!', 'filetype dGV4dC9odG1s')),
    })
    .map((h) => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined)) as Record<string, string>);
  const credential = fc.constantFrom(...(Object.keys(CREDENTIALS) as (keyof typeof CREDENTIALS)[]));
  return fc.record({ method, path, query, body, headers, credential });
}

function urlOf(attempt: Attempt): string {
  const url = new URL(attempt.path, api.url);
  for (const [name, value] of Object.entries(attempt.query)) url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  return url.toString();
}

async function send(attempt: Attempt): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { ...CREDENTIALS[attempt.credential](), ...attempt.headers };
  const hasBody = attempt.method !== 'get' && attempt.method !== 'head' && attempt.body.kind !== 'none';
  const body = !hasBody ? undefined : attempt.body.kind === 'json' ? JSON.stringify(attempt.body.value) : attempt.body.kind === 'raw' ? attempt.body.text : undefined;
  const response = await fetch(urlOf(attempt), { method: attempt.method.toUpperCase(), headers, body, redirect: 'manual' });
  return { status: response.status, text: await response.text() };
}

const db = () => (api.server.store as SqliteStore).db;

/**
 * What a refusal may write, and why: a wrong code counts against the code (5 burn it), which is the
 * brute-force defence itself.
 */
const WRITES_ON_REFUSAL: Record<string, readonly string[]> = {
  'POST /v1/auth/sessions': ['table sign_in_codes'],
};

/** fast-check's report: the counterexample, and the assertion it broke (its cause). */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const example = /Counterexample: (.*)/.exec(error.message)?.[1] ?? '';
  const cause = error.cause instanceof Error ? error.cause.message.split('\n')[0] : '';
  return `${cause}\n  counterexample: ${example.slice(0, 600)}`;
}

const routeKey = (route: Route) => `${route.method.toUpperCase()} ${route.path}`;

/**
 * Refusals every operation may give, stated once in docs/api.md ("Keys") rather than on each operation:
 * a credential that is present but unknown is 401; a publishable key from an origin it does not allow, 403.
 */
function crossCutting(attempt: Attempt, status: number): boolean {
  return (attempt.credential === 'garbage' && status === 401) || (attempt.credential === 'foreignOrigin' && status === 403);
}

async function fuzz(routes: readonly Route[]): Promise<string[]> {
  const failures: string[] = [];
  for (const route of routes) {
    await fc
      .assert(
        fc.asyncProperty(attemptFor(route), async (attempt) => {
          const before = snapshot(db(), uploadsDir);
          const { status, text } = await send(attempt);
          const where = `${attempt.method.toUpperCase()} ${attempt.path} as ${attempt.credential} → ${status}`;
          expect(status, `${where}: ${text.slice(0, 200)}`).toBeLessThan(500);
          if (status < 400) return;
          if (attempt.method !== 'head') {
            let parsed: unknown;
            try {
              parsed = JSON.parse(text);
            } catch {
              parsed = text;
            }
            expect(ErrorBody.safeParse(parsed).success, `${where}: not an error body: ${text.slice(0, 200)}`).toBe(true);
          }
          const op = operation(attempt.method, route);
          if (op && !crossCutting(attempt, status)) expect(Object.keys(op.responses as Json), `${where}: status not in the API document`).toContain(String(status));
          const diff = changed(before, snapshot(db(), uploadsDir)).filter((part) => !(WRITES_ON_REFUSAL[routeKey(route)] ?? []).includes(part));
          expect(diff, `${where}: a refused request wrote`).toEqual([]);
        }),
        { numRuns: RUNS, endOnFailure: true },
      )
      .catch((error: unknown) => failures.push(`${routeKey(route)}: ${describeFailure(error)}`));
  }
  return failures;
}

const isUploadPath = (route: Route) => route.path.startsWith('/v1/uploads');

describe('fuzzing every declared route', () => {
  it('covers every route the server declares', () => {
    expect(api.server.routes.filter(isUploadPath).length).toBeGreaterThan(3);
    expect(api.server.routes.length).toBeGreaterThan(40);
  });

  it('answers every generated request without a 5xx, refuses with documented error bodies, and writes nothing when it refuses', { timeout: 120_000 }, async () => {
    const failures = await fuzz(api.server.routes.filter((route) => route.path !== '/docs' && !isUploadPath(route)));
    expect(failures, failures.join('\n\n')).toEqual([]);
  });

  it('does the same on the upload path (multipart and tus)', { timeout: 120_000 }, async () => {
    const failures = await fuzz(api.server.routes.filter(isUploadPath));
    expect(failures, failures.join('\n\n')).toEqual([]);
  });
});
