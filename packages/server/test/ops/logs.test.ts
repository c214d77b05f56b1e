import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp } from '@ibusibuk/server';
import { startApi } from '../api/support.js';

/** A pino logger whose JSON lines the test reads. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  );
  return { logger, lines };
}

describe('structured logs', () => {
  const { logger, lines } = capturingLogger();
  let api: Awaited<ReturnType<typeof startApi>>;
  beforeAll(async () => {
    api = await startApi({ logger });
  });
  afterAll(() => api.close());

  it('writes one JSON line per request with the id the caller sees in X-Request-Id', async () => {
    const response = await fetch(`${api.url}/v1/campaigns`, { headers: { authorization: 'Bearer pk_test_demo', origin: 'http://localhost:5173' } });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^req_/);
    const line = lines.find((l) => l.requestId === requestId);
    expect(line).toMatchObject({ level: 30, msg: 'request', method: 'GET', path: '/v1/campaigns', status: 200 });
    expect(typeof line!.ms).toBe('number');
  });

  it('leaves the query out, where media links carry their signature', async () => {
    const response = await fetch(`${api.url}/media/upl_AAAAAAAAAAAAAAAA?exp=1&sig=rahasia`);
    expect(response.status).toBe(403);
    const line = lines.find((l) => l.requestId === response.headers.get('x-request-id'));
    expect(line).toMatchObject({ path: '/media/upl_AAAAAAAAAAAAAAAA', status: 403 });
    expect(JSON.stringify(line)).not.toContain('rahasia');
  });

  it('logs an unexpected failure with the request id its 500 answer names, without telling the caller why', async () => {
    api.server.store.close();
    const response = await fetch(`${api.url}/v1/campaigns`, { headers: { authorization: 'Bearer sk_test_demo' } });
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { requestId: string; message: string } };
    expect(body.error.message).not.toMatch(/database/i);
    const failure = lines.find((l) => l.msg === 'unexpected error' && l.requestId === body.error.requestId);
    expect(failure).toMatchObject({ level: 50, err: { message: expect.stringMatching(/database/i) } });
    expect(lines.find((l) => l.msg === 'request failed' && l.requestId === body.error.requestId)).toMatchObject({ status: 500, level: 40 });
  });
});

describe('log defaults', () => {
  it('are quiet under tests (unexpected errors only); a level that is set wins', async () => {
    const quiet = await createApp({ db: ':memory:', clockIntervalMs: 0, webhookPollMs: 0, uploadSweepIntervalMs: 0 });
    expect(quiet.logger.level).toBe('error');
    const chosen = await createApp({ db: ':memory:', clockIntervalMs: 0, webhookPollMs: 0, uploadSweepIntervalMs: 0, logLevel: 'debug' });
    expect(chosen.logger.level).toBe('debug');
    return Promise.all([quiet.close(), chosen.close()]);
  });
});
