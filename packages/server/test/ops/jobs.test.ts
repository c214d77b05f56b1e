import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { SqliteWebhookStore, WebhookDispatcher, recordEvent } from '../../src/webhooks/index.js';
import { openDb, stageChanged } from '../webhooks/support.js';

/** An endpoint that takes 150 ms to answer each delivery, counting them. */
async function slowReceiver() {
  let received = 0;
  let first: () => void = () => {};
  const firstArrived = new Promise<void>((resolve) => (first = resolve));
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      first();
      setTimeout(() => res.writeHead(204).end(), 150);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received: () => received,
    firstArrived,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('webhook deliveries at shutdown', () => {
  it('finish the batch in flight, take no further one, and leave the rest due for the next process', async () => {
    const db = openDb();
    const store = new SqliteWebhookStore(db);
    const clock = new ManualClock(new Date());
    const receiver = await slowReceiver();
    try {
      const endpoint = await store.createEndpoint({ url: receiver.url, events: ['*'], description: 'back-office', brandId: null }, clock.now());
      for (let i = 0; i < 20; i++) db.transaction(() => recordEvent(db, stageChanged('applied', 'accepted'), clock.now()))();
      const pending = async () => (await store.listDeliveries(endpoint.id, { brandId: null }, { limit: 100 }))!.data.filter((d) => d.status === 'pending').length;
      expect(await pending()).toBe(20);

      const dispatcher = new WebhookDispatcher({ store, clock, concurrency: 8, pollIntervalMs: 10 });
      dispatcher.start();
      await receiver.firstArrived;
      await dispatcher.stop();

      // The 8 in flight were answered and recorded; the other 12 were never sent.
      expect(receiver.received()).toBe(8);
      expect(await pending()).toBe(12);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(receiver.received()).toBe(8);

      // Another process picks them up, each once.
      const next = await new WebhookDispatcher({ store, clock, concurrency: 8 }).runDue();
      expect(next).toMatchObject({ attempted: 12, succeeded: 12 });
      expect(receiver.received()).toBe(20);
      expect(await pending()).toBe(0);
    } finally {
      await receiver.close();
      db.close();
    }
  });
});
