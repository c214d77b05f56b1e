import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorBody } from '@ibusibuk/sdk';
import { ManualClock, startServer, type RunningServer, type ServerOptions } from '@ibusibuk/server';
import { DAY, HOUR } from '../../src/clock.js';
import { sweepSignInCodes } from '../../src/domain/code-expiry.js';
import { DEFAULT_SIGN_IN_LIMITS, addressKey, clientAddress } from '../../src/http/rate-limit.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';

const servers: RunningServer[] = [];
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function start(options: Partial<ServerOptions> = {}) {
  const server = await startServer({
    db: ':memory:',
    seed: false,
    dev: true,
    port: 0,
    clock: new ManualClock(new Date('2026-06-01T00:00:00Z')),
    signInLimits: DEFAULT_SIGN_IN_LIMITS,
    ...options,
  });
  servers.push(server);
  return server;
}

const post = (server: RunningServer, path: string, body: object, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { authorization: 'Bearer pk_test_demo', origin: 'http://localhost:5173', 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const askCode = (server: RunningServer, email: string, headers?: Record<string, string>) => post(server, '/v1/auth/codes', { email }, headers);

async function expectRateLimited(response: Response) {
  expect(response.status).toBe(429);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  const body = ErrorBody.parse(await response.json());
  expect(body.error.code).toBe('rate_limited');
}

describe('sign-in limits per client address', () => {
  it('refuses the 11th code request from one address in 15 minutes, whatever the emails', async () => {
    const server = await start();
    for (let i = 0; i < DEFAULT_SIGN_IN_LIMITS.codesPerAddress.points; i++) expect((await askCode(server, `ibu${i}@example.com`)).status).toBe(201);
    const refused = await askCode(server, 'satu-lagi@example.com');
    await expectRateLimited(refused);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
  });

  it('ignores X-Forwarded-For unless told a proxy of ours writes it', async () => {
    const server = await start({ signInLimits: { ...DEFAULT_SIGN_IN_LIMITS, codesPerAddress: { points: 2, durationSeconds: 900 } } });
    expect((await askCode(server, 'a@example.com', { 'x-forwarded-for': '203.0.113.1' })).status).toBe(201);
    expect((await askCode(server, 'b@example.com', { 'x-forwarded-for': '203.0.113.2' })).status).toBe(201);
    await expectRateLimited(await askCode(server, 'c@example.com', { 'x-forwarded-for': '203.0.113.3' }));
  });

  it('with trustProxy, counts the address our proxy appended, not what the client wrote before it', async () => {
    const server = await start({ trustProxy: true, signInLimits: { ...DEFAULT_SIGN_IN_LIMITS, codesPerAddress: { points: 2, durationSeconds: 900 } } });
    const from = (spoofed: string, real: string) => ({ 'x-forwarded-for': `${spoofed}, ${real}` });
    expect((await askCode(server, 'a@example.com', from('10.0.0.1', '198.51.100.7'))).status).toBe(201);
    expect((await askCode(server, 'b@example.com', from('10.0.0.2', '198.51.100.7'))).status).toBe(201);
    await expectRateLimited(await askCode(server, 'c@example.com', from('10.0.0.3', '198.51.100.7')));
    // Another client behind the same proxy has its own budget.
    expect((await askCode(server, 'd@example.com', from('10.0.0.3', '198.51.100.8'))).status).toBe(201);
  });

  it('caps code requests overall, across addresses', async () => {
    const server = await start({ trustProxy: true, signInLimits: { ...DEFAULT_SIGN_IN_LIMITS, codesOverall: { points: 5, durationSeconds: 60 } } });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await askCode(server, `ibu${i}@example.com`, { 'x-forwarded-for': `198.51.100.${i}` })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
  });

  it('limits code checks per address, so guessing across many emails stops too', async () => {
    const server = await start({ signInLimits: { ...DEFAULT_SIGN_IN_LIMITS, checksPerAddress: { points: 3, durationSeconds: 900 } } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(server, '/v1/auth/sessions', { email: `ibu${i}@example.com`, code: '000000' })).status);
    expect(statuses.slice(0, 3).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });

  it('shares its counters between processes on one database file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ibusibuk-limits-'));
    folders.push(dir);
    const limits = { ...DEFAULT_SIGN_IN_LIMITS, codesPerAddress: { points: 3, durationSeconds: 900 } };
    const one = await start({ db: join(dir, 'api.db'), dataDir: dir, signInLimits: limits });
    const two = await start({ db: join(dir, 'api.db'), dataDir: dir, signInLimits: limits });
    expect((await askCode(one, 'a@example.com')).status).toBe(201);
    expect((await askCode(two, 'b@example.com')).status).toBe(201);
    expect((await askCode(one, 'c@example.com')).status).toBe(201);
    await expectRateLimited(await askCode(two, 'd@example.com'));
  });

  it('keys IPv6 clients by their /64 and IPv4-mapped ones as IPv4', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('127.0.0.1')).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '1.2.3.4')).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '1.2.3.4, 5.6.7.8', true)).toBe('5.6.7.8');
    expect(clientAddress('127.0.0.1', '1.2.3.4, 5.6.7.8, 10.0.0.1', 2)).toBe('5.6.7.8');
  });
});

describe('brute force of a code', () => {
  it('burns the code after 5 wrong guesses: the right one is then refused, and a sixth guess gets nothing', async () => {
    const server = await start();
    const email = 'tebak@example.com';
    expect((await askCode(server, email)).status).toBe(201);
    const outbox = (await (await fetch(`${server.url}/v1/dev/outbox?email=${email}`, { headers: { authorization: 'Bearer pk_test_demo', origin: 'http://localhost:5173' } })).json()) as {
      data: { code: string }[];
    };
    const code = outbox.data[0]!.code;
    const guesses = ['000000', '111111', '222222', '333333', '444444', '555555'].filter((guess) => guess !== code).slice(0, 5);
    for (const guess of guesses) expect((await post(server, '/v1/auth/sessions', { email, code: guess })).status).toBe(400);
    await expectRateLimited(await post(server, '/v1/auth/sessions', { email, code }));
    // At most 5 codes an hour per email, 5 guesses each: 25 guesses an hour against a million codes.
  });
});

describe('expiry of sign-in codes', () => {
  it('deletes codes older than a day, used or not, and keeps recent ones', async () => {
    const store = new SqliteStore(':memory:');
    const clock = new ManualClock(new Date('2026-06-01T00:00:00Z'));
    const issue = (email: string) =>
      store.issueCode({ email, codeHash: `h-${email}`, now: clock.now(), expiresAt: new Date(clock.now().getTime() + 600_000), maxPerHour: 5 });
    await issue('lama@example.com');
    await store.checkCode({ email: 'lama@example.com', codeHash: 'h-lama@example.com', now: clock.now(), maxAttempts: 5 });
    await issue('lupa@example.com');
    clock.advance(DAY + HOUR);
    await issue('baru@example.com');
    expect(await sweepSignInCodes(store, clock)).toBe(2);
    expect(store.db.prepare('SELECT email FROM sign_in_codes').all()).toEqual([{ email: 'baru@example.com' }]);
    await store.close();
  });

  it('runs on the server at most once an hour of its clock, from the sign-in routes', async () => {
    const server = await start();
    const count = () => (server.store as SqliteStore).db.prepare('SELECT count(*) AS n FROM sign_in_codes').get() as { n: number };
    expect((await askCode(server, 'pertama@example.com')).status).toBe(201);
    expect(count().n).toBe(1);
    (server.clock as ManualClock).advance(DAY + HOUR);
    expect((await askCode(server, 'kedua@example.com')).status).toBe(201);
    expect(count().n).toBe(1);
  });
});
