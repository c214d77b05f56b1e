import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { ManualClock, startServer } from '@ibusibuk/server';
import { campaignInput } from '../api/support.js';
import { startCli } from './cli-process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'ibusibuk-shutdown-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const env = {
  IBUSIBUK_PORT: '0',
  IBUSIBUK_DATA_DIR: dataDir,
  IBUSIBUK_DB: join(dataDir, 'api.db'),
  IBUSIBUK_DEMO_KEYS: 'true',
  IBUSIBUK_SHUTDOWN_GRACE_MS: '15000',
};

/** Resolves once a new connection to `url` is refused. */
async function refusedAt(url: string): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    try {
      await fetch(`${url}/healthz`);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} still accepts connections`);
}

describe('graceful shutdown of the CLI', () => {
  it('finishes a slow request in flight when SIGTERM arrives, refuses new connections meanwhile, then exits 0, and the write is kept', async () => {
    // No log format set: outside dev mode the lines are JSON.
    const cli = await startCli(env);
    const body = Buffer.from(JSON.stringify(campaignInput({ title: 'Kampanye Saat Mati' })));
    const half = Math.floor(body.length / 2);

    // A client on a slow connection: the first half of its body now, the rest after SIGTERM.
    const url = new URL('/v1/campaigns', cli.url);
    const answer = new Promise<{ status: number; requestId: string; connection: string | undefined; json: { id: string } }>((resolve, reject) => {
      const req = request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(body.length), authorization: 'Bearer sk_test_demo' },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode!, requestId: String(res.headers['x-request-id']), connection: res.headers.connection, json: JSON.parse(text) as { id: string } }),
        );
      });
      req.on('error', reject);
      req.write(body.subarray(0, half));
      setTimeout(() => {
        cli.child.kill('SIGTERM');
        // Only once the server has stopped accepting does the slow client send the rest.
        refusedAt(cli.url).then(() => req.end(body.subarray(half)), reject);
      }, 300);
    });

    const created = await answer;
    expect(created.status).toBe(201);
    expect(created.json.id).toMatch(/^cmp_/);
    // Its client is told not to send another request on this connection.
    expect(created.connection).toBe('close');
    expect(await cli.exited).toBe(0);

    const logs = cli.logs();
    const at = (msg: string) => logs.findIndex((line) => line.msg === msg);
    expect(logs.find((line) => line.msg === 'signal received')).toMatchObject({ signal: 'SIGTERM' });
    expect(logs.find((line) => line.msg === 'shutting down: finishing requests in flight')).toMatchObject({ inFlight: 1 });
    const line = logs.find((l) => l.msg === 'request' && l.path === '/v1/campaigns');
    expect(line).toMatchObject({ method: 'POST', status: 201, requestId: created.requestId, level: 30 });
    expect(at('signal received')).toBeLessThan(logs.indexOf(line!));
    expect(logs.indexOf(line!)).toBeLessThan(at('shut down'));

    // The acknowledged write is in the database the next process opens.
    const next = await startCli(env);
    const read = await fetch(`${next.url}/v1/campaigns/${created.json.id}`, { headers: { authorization: 'Bearer sk_test_demo' } });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ id: created.json.id, title: 'Kampanye Saat Mati' });
    next.child.kill('SIGINT');
    expect(await next.exited).toBe(0);
  }, 60_000);

  it('with --dev, logs one short line per request, with its id, instead of JSON', async () => {
    const cli = await startCli({ IBUSIBUK_PORT: '0', IBUSIBUK_DB: ':memory:' }, ['--dev']);
    const res = await fetch(`${cli.url}/healthz`);
    const requestId = res.headers.get('x-request-id')!;
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
    expect(cli.stdout()).toMatch(new RegExp(`INFO: GET /healthz 200 \\d+ ms \\{"requestId":"${requestId}"\\}`));
    expect(cli.logs()).toEqual([]);
  }, 60_000);
});

describe('closing a server in code', () => {
  it('stops its jobs before closing the database: no job runs against a closed store', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>), done()) }));
    const server = await startServer({
      db: ':memory:',
      port: 0,
      clock: new ManualClock(new Date('2026-06-01T00:00:00Z')),
      logger,
      clockIntervalMs: 10,
      webhookPollMs: 10,
      uploadSweepIntervalMs: 10,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lines.filter((line) => (line.level as number) >= 50)).toEqual([]);
    expect(lines.at(-1)).toMatchObject({ msg: 'shut down' });
  });
});
