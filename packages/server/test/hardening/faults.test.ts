import { mkdtempSync, rmSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from '@ibusibuk/sdk';
import { applicationInput, campaignInput, startApi } from '../api/support.js';
import { startChild } from './support/child.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('SIGKILL during a stream of writes', () => {
  it('keeps every acknowledged write, whole, over three kills', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ibusibuk-kill-'));
    folders.push(dir);
    const options = { dataDir: dir, db: join(dir, 'api.db') };
    const acknowledged = new Map<string, string>();
    let sent = 0;
    for (let round = 0; round < 3; round++) {
      const child = await startChild(options);
      const officer = createClient({ baseUrl: child.url, secretKey: 'sk_test_demo', retry: { maxRetries: 0 } });
      let killed = false;
      // Four writers, each at most 500 writes; the kill comes while they run.
      const writer = async () => {
        for (let i = 0; i < 500 && !killed; i++) {
          const title = `Kampanye ${round}-${++sent}`;
          try {
            const campaign = await officer.campaigns.create(campaignInput({ title }));
            acknowledged.set(campaign.id, title);
          } catch {
            // Unacknowledged: the write may or may not have landed.
          }
        }
      };
      const writers = [writer(), writer(), writer(), writer()];
      await new Promise((resolve) => setTimeout(resolve, 400 + round * 150));
      killed = true;
      await child.kill();
      await Promise.all(writers);
    }
    expect(acknowledged.size).toBeGreaterThan(20);

    const db = new Database(options.db, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const child = await startChild(options);
    try {
      const officer = createClient({ baseUrl: child.url, secretKey: 'sk_test_demo' });
      // The SDK on Node parses every campaign with its schema: a half-written row would fail here.
      const stored = new Map<string, string>();
      for await (const campaign of officer.campaigns.list({ status: 'draft', limit: 100 })) stored.set(campaign.id, campaign.title);
      for (const [id, title] of acknowledged) expect(stored.get(id), id).toBe(title);
      console.log(`[faults] ${acknowledged.size} acknowledged writes over 3 kills, all present; ${stored.size - acknowledged.size} unacknowledged ones landed`);
    } finally {
      await child.close();
    }
  });
});

/**
 * A proxy on loopback that, for each POST (by its Idempotency-Key), forwards the first attempt and
 * then drops the connection before the answer reaches the client (the write happened, the ack was
 * lost), answers the second with 503, and lets the third through.
 */
async function faultyProxy(upstream: string) {
  const attempts = new Map<string, number>();
  const stats = { dropped: 0, unavailable: 0, passed: 0 };
  const forward = (req: IncomingMessage, res: ServerResponse | null) =>
    new Promise<void>((resolve) => {
      const target = new URL(req.url ?? '/', upstream);
      const out = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
        if (!res) {
          answer.resume();
          answer.on('end', () => resolve());
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('end', () => resolve());
      });
      out.on('error', () => resolve());
      req.pipe(out);
    });
  const server = createServer((req, res) => {
    const key = req.headers['idempotency-key'];
    if (req.method !== 'POST' || typeof key !== 'string') return void forward(req, res);
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    if (attempt === 1) {
      stats.dropped++;
      void forward(req, null).then(() => req.socket.destroy());
    } else if (attempt === 2) {
      stats.unavailable++;
      req.resume();
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '0' });
      res.end(JSON.stringify({ error: { code: 'internal_error', message: 'Unavailable', requestId: 'req_proxy' } }));
    } else {
      stats.passed++;
      void forward(req, res);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stats, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('the SDK through dropped connections and 503s', () => {
  it('creates each thing once: its Idempotency-Key makes the retries replays', { timeout: 60_000 }, async () => {
    const api = await startApi();
    const proxy = await faultyProxy(api.url);
    try {
      const retrying = { retry: { maxRetries: 4 } };
      const officer = createClient({ baseUrl: proxy.url, secretKey: 'sk_test_demo', ...retrying });
      const campaigns = await Promise.all(Array.from({ length: 8 }, (_, i) => officer.campaigns.create(campaignInput({ title: `Lewat proksi ${i}` }))));
      const kols = await Promise.all(
        Array.from({ length: 8 }, async (_, i) => {
          const session = await api.officer.sessions.create({ email: `proksi${i}@example.com`, name: `Ibu Proksi ${i}` });
          return createClient({ baseUrl: proxy.url, sessionToken: session.token, ...retrying });
        }),
      );
      const open = await api.officer.campaigns.publish(campaigns[0]!.id);
      await api.officer.briefs.put(open.id, { objective: 'Uji', keyMessages: ['a'], dos: [], donts: [], hashtags: [], mentions: [] });
      await Promise.all(kols.map((kol) => kol.applications.create(open.id, applicationInput())));

      expect(proxy.stats.dropped).toBe(16);
      expect(proxy.stats.unavailable).toBe(16);
      const titles = (await api.officer.campaigns.list({ status: 'draft', limit: 100 })).data.map((c) => c.title);
      for (let i = 1; i < 8; i++) expect(titles.filter((t) => t === `Lewat proksi ${i}`)).toHaveLength(1);
      const participations = (await api.officer.participations.list({ campaignId: open.id, limit: 100 })).data;
      expect(participations).toHaveLength(8);
      expect(new Set(participations.map((p) => p.kolId)).size).toBe(8);
    } finally {
      await proxy.close();
      await api.close();
    }
  });
});
