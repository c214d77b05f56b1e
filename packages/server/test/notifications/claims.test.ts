import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { testDatabase } from '../database.js';
import { campaignFields } from '../helpers.js';

/**
 * Each event is told once, however many processes tell: a process claims the events it tells.
 * On PostgreSQL (IBUSIBUK_TEST_DATABASE_URL) the two stores are two connection pools on one
 * schema, as two server processes are; on SQLite one store plays both.
 */
describe('claims on the events to tell', () => {
  const db = testDatabase();
  const onPostgres = db.startsWith('postgres');
  let one: Store;
  let two: Store;
  const now = new Date('2026-06-01T08:00:00.000Z');
  const later = (ms: number) => new Date(now.getTime() + ms);

  beforeAll(async () => {
    one = (await openDatabase(db)).store;
    two = onPostgres ? (await openDatabase(db)).store : one;
    // Four events: four campaigns published.
    for (let i = 0; i < 4; i++) {
      const campaign = await one.createCampaign(campaignFields({ status: 'draft' }), now);
      await one.setCampaignStatus(campaign.id, ['draft'], 'open', later(i));
    }
  });
  afterAll(async () => {
    await one.close();
    if (two !== one) await two.close();
  });

  it('gives each untold event to one claimer, oldest first, until the claim lapses or is given back', async () => {
    const untold = (await one.eventsToNotify(100)).map((event) => event.id);
    expect(untold).toHaveLength(4);

    // Both claim at the same moment: together they hold each event once.
    const [first, second] = await Promise.all([
      one.claimEventsToNotify(3, now, later(60_000)),
      two.claimEventsToNotify(3, now, later(60_000)),
    ]);
    const claimed = [...first, ...second].map((event) => event.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect([...claimed].sort()).toEqual([...untold].sort());
    for (const batch of [first, second]) expect(batch.map((e) => e.id)).toEqual(untold.filter((id) => batch.some((e) => e.id === id)));

    // While claimed, nobody else takes them; given back, they are taken again.
    expect(await two.claimEventsToNotify(10, later(1_000), later(61_000))).toEqual([]);
    await one.releaseEventClaims([untold[0]!]);
    expect((await two.claimEventsToNotify(10, later(1_000), later(61_000))).map((e) => e.id)).toEqual([untold[0]]);

    // Told events are never claimed again; a lapsed claim (its process died) is.
    await one.markNotified([untold[0]!, untold[1]!], later(2_000));
    const afterLapse = await two.claimEventsToNotify(10, later(120_000), later(180_000));
    expect(afterLapse.map((e) => e.id)).toEqual(untold.slice(2));
  });
});
