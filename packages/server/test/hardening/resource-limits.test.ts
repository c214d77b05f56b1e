import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChild, type Child } from './support/child.js';

/**
 * Oversized bodies (50 MB, streamed in chunks with no declared length, and with a declared one) to
 * JSON routes, multipart uploads and tus, from callers who may not send them: the server's RSS,
 * measured in its own process at peak and after, may not grow by more than BOUND.
 */

const MB = 1024 * 1024;
const SIZE = 50 * MB;
const BOUND = 40 * MB;
const ORIGIN = 'http://localhost:5173';

let child: Child;
let dir: string;
let kolToken: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ibusibuk-memory-'));
  child = await startChild({ dataDir: dir, db: join(dir, 'api.db') });
  const minted = await fetch(`${child.url}/v1/sessions`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_test_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'besar@example.com', name: 'Ibu Besar' }),
  });
  kolToken = ((await minted.json()) as { token: string }).token;
}, 30_000);
afterAll(async () => {
  await child?.close();
  rmSync(dir, { recursive: true, force: true });
});

const CALLERS = {
  anonymous: () => ({}),
  publishable: () => ({ authorization: 'Bearer pk_test_demo', origin: ORIGIN }),
  kol: () => ({ authorization: `Bearer ${kolToken}`, origin: ORIGIN }),
};
type Caller = keyof typeof CALLERS;

/** Streams `SIZE` bytes; stops as soon as the server answers. Resolves with the status (0: connection cut). */
function stream(path: string, headers: Record<string, string>, declared: boolean): Promise<number> {
  return new Promise((resolve) => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const req = request(`${child.url}${path}`, { method: 'POST', headers: { ...headers, ...(declared ? { 'content-length': String(SIZE) } : {}) } });
    let answered = false;
    req.on('response', (response) => {
      answered = true;
      response.resume();
      response.on('end', () => {
        resolve(response.statusCode ?? 0);
        req.destroy();
      });
    });
    req.on('error', () => resolve(0));
    let sent = 0;
    const pump = () => {
      while (!answered && sent < SIZE) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

async function growth(send: () => Promise<number>) {
  const { rss: before } = await child.ask<{ rss: number }>('reset');
  const status = await send();
  const { rss, peak } = await child.ask<{ rss: number; peak: number }>('memory');
  return { status, peakGrowth: peak - before, keptGrowth: rss - before };
}

async function expectBounded(send: () => Promise<number>, refusedWith: number[]) {
  const measured = await growth(send);
  const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
  const line = `status ${measured.status}, peak +${mb(measured.peakGrowth)}, kept +${mb(measured.keptGrowth)}`;
  console.log(`[memory] ${expect.getState().currentTestName}: ${line}`);
  expect([0, ...refusedWith], line).toContain(measured.status);
  expect(measured.peakGrowth, line).toBeLessThan(BOUND);
  expect(measured.keptGrowth, line).toBeLessThan(BOUND);
}

const json = { 'content-type': 'application/json' };
const multipart = { 'content-type': 'multipart/form-data; boundary=----ibusibuk' };
const tus = (extra: Record<string, string> = {}) => ({
  'tus-resumable': '1.0.0',
  'upload-length': String(SIZE),
  'upload-metadata': 'filetype aW1hZ2UvcG5n',
  'content-type': 'application/offset+octet-stream',
  ...extra,
});

describe('oversized bodies do not grow the server’s memory', () => {
  const jsonCases: [Caller, string][] = [
    ['anonymous', '/v1/campaigns'],
    ['publishable', '/v1/auth/codes'],
    ['kol', '/v1/campaigns/cmp_x/applications'],
    ['kol', '/v1/me/payout-profile'],
  ];
  for (const [caller, path] of jsonCases) {
    for (const declared of [false, true]) {
      it(`JSON ${path} as ${caller}, ${declared ? 'declared' : 'chunked'}`, { timeout: 60_000 }, async () => {
        await expectBounded(() => stream(path, { ...CALLERS[caller](), ...json }, declared), [401, 403, 404, 413]);
      });
    }
  }

  it('multipart /v1/uploads as a publishable key, declared', { timeout: 60_000 }, async () => {
    await expectBounded(() => stream('/v1/uploads', { ...CALLERS.publishable(), ...multipart }, true), [401, 403, 413]);
  });
  it('tus creation as a KOL with the body in it, declared', { timeout: 60_000 }, async () => {
    await expectBounded(() => stream('/v1/uploads/tus', { ...CALLERS.kol(), ...tus() }, true), [400, 413]);
  });

  // Issue 15, item 1 (fixed on main): idempotency no longer reads a tus body.
  it('tus creation without a credential, with an Idempotency-Key', { timeout: 60_000 }, async () => {
    await expectBounded(() => stream('/v1/uploads/tus', tus({ 'idempotency-key': 'idem-1' }), false), [401, 413]);
  });
  it('tus creation as a publishable key', { timeout: 60_000 }, async () => {
    await expectBounded(() => stream('/v1/uploads/tus', { ...CALLERS.publishable(), ...tus() }, false), [401, 403, 413]);
  });
  it('tus creation as a KOL with an Idempotency-Key, chunked', { timeout: 60_000 }, async () => {
    await expectBounded(() => stream('/v1/uploads/tus', { ...CALLERS.kol(), ...tus({ 'idempotency-key': 'idem-2' }) }, false), [400, 413]);
  });

  // Issue 15, item 3: multipart bodies are read whole (before the 401/403, or past any size the caller
  // may send) until the lead's fix lands. Measured before it: peaks of +50 to +150 MB for 50 MB.
  it('multipart /v1/uploads as a KOL, declared (over the image limit)', { timeout: 60_000 }, async () => {
    await expectBounded(() => stream('/v1/uploads', { ...CALLERS.kol(), ...multipart }, true), [400, 413]);
  });
  it('multipart /v1/uploads without a credential, chunked', { timeout: 60_000 }, async () => {
    await expectBounded(() => stream('/v1/uploads', multipart, false), [401, 413]);
  });
  it('multipart /v1/uploads as a publishable key, chunked', { timeout: 60_000 }, async () => {
    await expectBounded(() => stream('/v1/uploads', { ...CALLERS.publishable(), ...multipart }, false), [401, 403, 413]);
  });
  it('multipart /v1/uploads as a KOL, chunked (no declared size)', { timeout: 60_000 }, async () => {
    await expectBounded(() => stream('/v1/uploads', { ...CALLERS.kol(), ...multipart }, false), [400, 411, 413]);
  });
});
