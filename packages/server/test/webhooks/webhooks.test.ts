import type Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Event, WebhookDelivery, WebhookEndpoint } from '@ibusibuk/sdk';
import { DAY, HOUR, ManualClock, MINUTE } from '../../src/clock.js';
import {
  RETRY_SCHEDULE_MS,
  SqliteWebhookStore,
  WebhookDispatcher,
  recordEvent,
  type EventInput,
} from '../../src/webhooks/index.js';
import { openDb, startReceiver, stageChanged } from './support.js';

const ALL = { brandId: null };

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

let db: Database.Database;
let store: SqliteWebhookStore;
let clock: ManualClock;
let receiver: Receiver;
let secret = '';

const record = (input: EventInput) => db.transaction(() => recordEvent(db, input, clock.now()))();
const dispatcher = (options: Partial<ConstructorParameters<typeof WebhookDispatcher>[0]> = {}) =>
  new WebhookDispatcher({ store, clock, ...options });
const deliveries = async (endpointId: string) => (await store.listDeliveries(endpointId, ALL, { limit: 100 }))!.data;

beforeEach(async () => {
  db = openDb();
  store = new SqliteWebhookStore(db);
  // Starts at the real time, so the receivers' timestamp check agrees without tricks for short waits.
  clock = new ManualClock(new Date());
  receiver = await startReceiver({ clock, secret: () => secret });
});

afterEach(async () => {
  await receiver.close();
  db.close();
});

async function endpoint(events: string[] = ['*'], brandId: string | null = null) {
  const created = await store.createEndpoint({ url: receiver.url, events, description: 'back-office', brandId }, clock.now());
  secret = created.secret;
  return created;
}

describe('recordEvent', () => {
  it('runs only inside the transaction of the change it records', () => {
    expect(() => recordEvent(db, stageChanged('applied', 'accepted'), clock.now())).toThrow(/inside the transaction/);
  });

  it('writes the event and one pending delivery per enabled endpoint that subscribes to it', async () => {
    const all = await endpoint(['*']);
    const stages = await endpoint(['participation.stage_changed']);
    const campaigns = await endpoint(['campaign.published']);
    const off = await endpoint(['*']);
    await store.updateEndpoint(off.id, { status: 'disabled' }, clock.now(), ALL);
    const otherBrand = await endpoint(['*'], 'brd_other0001');

    const event = record(stageChanged('applied', 'accepted'));

    expect(z.parse(Event, event)).toEqual(event);
    expect(await store.getEvent(event.id)).toEqual(event);
    expect(await deliveries(all.id)).toMatchObject([{ eventId: event.id, status: 'pending', attempt: 0 }]);
    expect(await deliveries(stages.id)).toHaveLength(1);
    expect(await deliveries(campaigns.id)).toEqual([]);
    expect(await deliveries(off.id)).toEqual([]);
    expect(await deliveries(otherBrand.id)).toEqual([]);
  });

  it('leaves nothing behind when the change rolls back', async () => {
    const all = await endpoint();
    expect(() =>
      db.transaction(() => {
        recordEvent(db, stageChanged('applied', 'accepted'), clock.now());
        throw new Error('the change failed');
      })(),
    ).toThrow('the change failed');
    expect((await store.listEvents({ brandId: null }, { limit: 10 })).data).toEqual([]);
    expect(await deliveries(all.id)).toEqual([]);
  });
});

describe('webhook dispatcher', () => {
  it('sends each event exactly once, signed, with the event id as webhook-id', async () => {
    const ep = await endpoint();
    const first = record(stageChanged(null, 'applied'));
    const second = record(stageChanged('applied', 'accepted'));
    const sender = dispatcher();

    // Two runs asked for at once (a wake-up and the poll) still send each delivery once.
    const [report] = await Promise.all([sender.runDue(), sender.runDue()]);
    await sender.runDue();

    expect(report).toEqual({ attempted: 2, succeeded: 2, failed: 0, disabledEndpoints: [] });
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([first.id, second.id]);
    for (const r of receiver.received) {
      expect(r.verifyError).toBeNull();
      expect(r.event).toEqual(JSON.parse(r.body));
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['webhook-timestamp']).toBe(String(Math.floor(clock.now().getTime() / 1000)));
    }
    expect(receiver.received[0]!.event).toEqual(first);
    expect((await deliveries(ep.id)).map((d) => [d.status, d.attempt, d.responseStatus, d.nextAttemptAt])).toEqual([
      ['succeeded', 1, 204, null],
      ['succeeded', 1, 204, null],
    ]);
    for (const d of await deliveries(ep.id)) expect(z.parse(WebhookDelivery, d)).toEqual(d);
  });

  it('signs with the endpoint’s own secret: a receiver holding another refuses it', async () => {
    await endpoint();
    record(stageChanged('applied', 'accepted'));
    secret = `whsec_${Buffer.from('not the endpoint secret!').toString('base64')}`;
    await dispatcher().runDue();
    expect(receiver.received[0]!.verifyError).toBe('No matching signature found');
  });

  it('retries a 500 after the clock reaches the next attempt, with the same webhook-id', async () => {
    const ep = await endpoint();
    const event = record(stageChanged('in_review', 'revision_requested', { note: 'Tambahkan tagar.' }));
    receiver.answer(500);
    const sender = dispatcher();

    expect(await sender.runDue()).toMatchObject({ attempted: 1, failed: 1 });
    const [waiting] = await deliveries(ep.id);
    expect(waiting).toMatchObject({ status: 'pending', attempt: 1, responseStatus: 500, error: 'HTTP 500' });
    expect(waiting!.nextAttemptAt).toBe(new Date(clock.now().getTime() + 5_000).toISOString());

    clock.advance(4_999);
    expect((await sender.runDue()).attempted).toBe(0);
    clock.advance(1);
    expect(await sender.runDue()).toMatchObject({ attempted: 1, succeeded: 1 });

    expect(receiver.received).toHaveLength(2);
    const [try1, try2] = receiver.received;
    expect(try1!.headers['webhook-id']).toBe(event.id);
    expect(try2!.headers['webhook-id']).toBe(event.id);
    expect(try2!.body).toBe(try1!.body);
    expect(Number(try2!.headers['webhook-timestamp']) - Number(try1!.headers['webhook-timestamp'])).toBe(5);
    expect(try2!.verifyError).toBeNull();
    expect((await deliveries(ep.id))[0]).toMatchObject({ status: 'succeeded', attempt: 2, responseStatus: 204, error: null });
  });

  it('counts a receiver that does not answer in time as a failure', async () => {
    const ep = await endpoint();
    record(stageChanged('applied', 'accepted'));
    receiver.answer('hang');
    await dispatcher({ timeoutMs: 200 }).runDue();
    expect((await deliveries(ep.id))[0]).toMatchObject({ status: 'pending', attempt: 1, responseStatus: null, error: 'timeout after 200 ms' });
  });

  it('follows the documented schedule, then gives up on the delivery', async () => {
    const ep = await endpoint();
    record(stageChanged('applied', 'accepted'));
    receiver.answer(...RETRY_SCHEDULE_MS.map(() => 503));
    const sender = dispatcher();
    const gaps: number[] = [];
    for (const delay of RETRY_SCHEDULE_MS) {
      clock.advance(delay);
      const before = receiver.received.length;
      await sender.runDue();
      expect(receiver.received.length, `attempt after ${delay} ms`).toBe(before + 1);
      gaps.push(delay);
    }
    expect(gaps).toEqual([0, 5_000, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR]);
    expect((await deliveries(ep.id))[0]).toMatchObject({ status: 'failed', attempt: 8, nextAttemptAt: null });
    clock.advance(DAY);
    expect((await sender.runDue()).attempted).toBe(0);
    expect(receiver.received.every((r) => r.verifyError === null)).toBe(true);
  });

  it('disables an endpoint that failed for five days without a break, and tells its owner once', async () => {
    const ep = await endpoint();
    const told: string[] = [];
    const sender = dispatcher({ onEndpointDisabled: (disabled) => void told.push(disabled.id) });
    receiver.answer(...Array.from({ length: 100 }, () => 500));
    // A new event every 12 hours, each retried on the schedule.
    for (let hour = 0; hour <= 5 * 24; hour += 1) {
      if (hour % 12 === 0) record(stageChanged('applied', 'accepted'));
      await sender.runDue();
      clock.advance(HOUR);
    }
    expect(told).toEqual([ep.id]);
    const disabled = (await store.getEndpoint(ep.id, ALL))!;
    expect(disabled.status).toBe('disabled');
    expect((await deliveries(ep.id)).filter((d) => d.status === 'pending')).toEqual([]);
    expect(receiver.received.every((r) => r.verifyError === null)).toBe(true);

    // Later events are not queued for it.
    const sent = receiver.received.length;
    record(stageChanged('applied', 'accepted'));
    expect(await sender.runDue()).toMatchObject({ attempted: 0 });
    expect(receiver.received).toHaveLength(sent);

    // Switched back on by its owner, it starts a fresh streak.
    await store.updateEndpoint(ep.id, { status: 'enabled' }, clock.now(), ALL);
    record(stageChanged('accepted', 'drafting'));
    expect(await sender.runDue()).toMatchObject({ attempted: 1, succeeded: 0, disabledEndpoints: [] });
  });

  it('a success in between resets the failure streak', async () => {
    const ep = await endpoint();
    const sender = dispatcher();
    for (let day = 0; day < 7; day++) {
      receiver.answer(day === 3 ? 200 : 500);
      record(stageChanged('applied', 'accepted'));
      await sender.runDue();
      clock.advance(DAY);
    }
    expect((await store.getEndpoint(ep.id, ALL))!.status).toBe('enabled');
  });
});

describe('deliveries survive a restart', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ibusibuk-webhooks-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a new process sends what the last one left pending, including a send it died in', async () => {
    const file = join(dir, 'ibusibuk.db');
    db.close();
    db = openDb(file);
    store = new SqliteWebhookStore(db);
    const ep = await endpoint();
    const failedOnce = record(stageChanged('applied', 'accepted'));
    receiver.answer(500);
    await dispatcher().runDue();
    const neverTried = record(stageChanged('accepted', 'drafting'));
    const inFlight = record(stageChanged('drafting', 'in_review'));
    // The old process took this one and died before it knew the answer.
    expect(await store.claimDue(clock.now(), new Date(clock.now().getTime() + 70_000), 1)).toHaveLength(1);
    db.close();

    db = openDb(file);
    store = new SqliteWebhookStore(db);
    clock.advance(70_000);
    const sender = dispatcher({ pollIntervalMs: 20 });
    sender.start();
    await expect.poll(() => receiver.received.length, { timeout: 5_000 }).toBe(4);
    await sender.stop();

    const ids = receiver.received.slice(1).map((r) => r.headers['webhook-id']).sort();
    expect(ids).toEqual([failedOnce.id, neverTried.id, inFlight.id].sort());
    expect(receiver.received.every((r) => r.verifyError === null)).toBe(true);
    expect((await deliveries(ep.id)).map((d) => d.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
  });
});

describe('webhook store', () => {
  it('shows the secret only when the endpoint is created', async () => {
    const created = await endpoint(['campaign.published', 'campaign.published']);
    expect(created.secret).toMatch(/^whsec_/);
    expect(created.events).toEqual(['campaign.published']);
    const read = (await store.getEndpoint(created.id, ALL))!;
    expect(read).not.toHaveProperty('secret');
    expect(z.parse(WebhookEndpoint, read)).toEqual(read);
    expect((await store.listEndpoints(ALL, { limit: 10 })).data).toEqual([read]);
  });

  it('keeps one brand away from another brand’s endpoints', async () => {
    const theirs = await endpoint(['*'], 'brd_other0001');
    const mine = { brandId: 'brd_test0001' };
    expect(await store.getEndpoint(theirs.id, mine)).toBeNull();
    expect(await store.updateEndpoint(theirs.id, { status: 'disabled' }, clock.now(), mine)).toBeNull();
    expect(await store.deleteEndpoint(theirs.id, mine)).toBe(false);
    expect(await store.listDeliveries(theirs.id, mine, { limit: 10 })).toBeNull();
    expect((await store.listEndpoints(mine, { limit: 10 })).data).toEqual([]);
  });

  it('updates and deletes an endpoint with its deliveries', async () => {
    const ep = await endpoint();
    record(stageChanged('applied', 'accepted'));
    const updated = (await store.updateEndpoint(ep.id, { description: '', events: ['participation.overdue'] }, clock.now(), ALL))!;
    expect(updated).toMatchObject({ description: null, events: ['participation.overdue'], url: receiver.url });
    expect(await store.deleteEndpoint(ep.id, ALL)).toBe(true);
    expect(await store.getEndpoint(ep.id, ALL)).toBeNull();
    expect(db.prepare('SELECT count(*) AS n FROM webhook_deliveries').get()).toEqual({ n: 0 });
  });

  it('lists events newest first, by page, by type and by participation', async () => {
    const events = [
      record(stageChanged(null, 'applied')),
      record(stageChanged(null, 'applied', { participation: { id: 'par_other0001' } })),
      record(stageChanged('applied', 'accepted')),
    ];
    const first = await store.listEvents(ALL, { limit: 2 });
    expect(first.data.map((e) => e.id)).toEqual([events[2]!.id, events[1]!.id]);
    expect(first.hasMore).toBe(true);
    const second = await store.listEvents(ALL, { limit: 2, cursor: first.nextCursor! });
    expect(second).toEqual({ data: [events[0]], hasMore: false, nextCursor: null });
    expect((await store.listEvents({ ...ALL, participationId: 'par_other0001' }, { limit: 10 })).data).toEqual([events[1]]);
    expect((await store.listEvents({ ...ALL, type: 'participation.overdue' }, { limit: 10 })).data).toEqual([]);
    await expect(store.listEvents(ALL, { limit: 2, cursor: 'bm9wZQ' })).rejects.toThrow();
  });
});

describe('docs/webhooks.md', () => {
  const doc = readFileSync(new URL('../../../../docs/webhooks.md', import.meta.url), 'utf8');
  const snippet = readFileSync(new URL('../../../../examples/webhook-receiver/verify.mjs', import.meta.url), 'utf8');

  it('shows the verification code the tests run, word for word', () => {
    expect(doc).toContain(snippet.trim());
  });

  it('states the retry schedule the dispatcher follows', () => {
    expect(doc).toContain('| 1 | immediately |');
    expect(doc).toMatch(/\| 8 \| 10 h/);
  });

  it('shows a check that refuses a changed body', async () => {
    const { verifyWebhook } = await import('../../../../examples/webhook-receiver/verify.mjs');
    const key = `whsec_${Buffer.from('a secret of twenty-four!').toString('base64')}`;
    const now = new Date();
    const body = JSON.stringify({ id: 'evt_abcdef123456', type: 'campaign.closed' });
    const headers = {
      'webhook-id': 'evt_abcdef123456',
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': new Webhook(key).sign('evt_abcdef123456', now, body),
    };
    expect(verifyWebhook(key, body, headers)).toEqual(JSON.parse(body));
    expect(() => verifyWebhook(key, body.replace('closed', 'published'), headers)).toThrow();
  });
});
