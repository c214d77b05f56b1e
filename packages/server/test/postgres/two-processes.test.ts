import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidTransitionError, createClient, type IbuSibukClient } from '@ibusibuk/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actors, applicationInput, briefInput, campaignInput, pathTo, perform, png, sampleBody } from '../api/support.js';
import { testDatabase } from '../database.js';
import { type Child, startChild } from '../hardening/support/child.js';

/**
 * Two server processes on one PostgreSQL database, as behind a load balancer: what one writes
 * the other answers at once, and a move made twice at the same moment happens once.
 */
describe.skipIf(!process.env.IBUSIBUK_TEST_DATABASE_URL)('two server processes on one PostgreSQL database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ibusibuk-two-'));
  let one: Child;
  let two: Child;
  const officerOf = (child: Child) => createClient({ baseUrl: child.url, secretKey: 'sk_test_demo', retry: { maxRetries: 0 } });
  const publicOf = (child: Child) => createClient({ baseUrl: child.url, publishableKey: 'pk_test_demo' });

  beforeAll(async () => {
    // Both start together: the migrations run once, under the advisory lock.
    const db = testDatabase();
    [one, two] = await Promise.all([startChild({ db, dataDir }), startChild({ db, dataDir })]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([one?.close(), two?.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  // The child processes run on the system clock: the campaign's dates are set from now.
  const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
  const timeline = () => ({ applyBy: days(20), draftDue: days(25), postWindow: { start: days(-1), end: days(40) }, insightDue: days(45) });

  /** An open campaign made through process one, and a KOL whose session process one minted. */
  async function campaignAndKol(): Promise<{ campaignId: string; kolOn: (child: Child) => IbuSibukClient }> {
    const officer = officerOf(one);
    const campaign = await officer.campaigns.create(campaignInput({ timeline: timeline() }));
    await officer.briefs.put(campaign.id, briefInput());
    await officer.campaigns.publish(campaign.id);
    const session = await officer.sessions.create({ email: `dua-${campaign.id}@example.com`, name: 'Ibu Dua Proses' });
    return { campaignId: campaign.id, kolOn: (child) => publicOf(child).withSession(session.token) };
  }

  it('shows an application made through one process in the other’s list at once', async () => {
    const { campaignId, kolOn } = await campaignAndKol();
    // The campaign published through one is open in the other's public list.
    const open = await publicOf(two).campaigns.list({ limit: 100 });
    expect(open.data.map((c) => c.id)).toContain(campaignId);

    const applied = await kolOn(two).applications.create(campaignId, applicationInput());
    const listed = await officerOf(one).participations.list({ campaignId });
    expect(listed.data.map((p) => [p.id, p.stage])).toEqual([[applied.id, 'applied']]);
    expect((await kolOn(one).participations.get(applied.id)).stage).toBe('applied');
  }, 60_000);

  it('lets one of two officers approving the same draft through different processes win; the other gets 409', async () => {
    const { campaignId, kolOn } = await campaignAndKol();
    const kol = kolOn(two);
    const upload = await kol.uploads.create(png(), { filename: 'draft.png' });
    const actors: Actors = { officer: officerOf(one), kol: kolOn(one), mediaId: upload.id };
    let participation = await kol.applications.create(campaignId, applicationInput());
    for (const action of pathTo('in_review')) participation = await perform(action, participation.id, actors);
    expect(participation.stage).toBe('in_review');

    const body = sampleBody('approveDraft', actors) as never;
    const outcomes = await Promise.allSettled([
      officerOf(one).participations.move('approveDraft', participation.id, body),
      officerOf(two).participations.move('approveDraft', participation.id, body),
    ]);
    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const lost = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(InvalidTransitionError);

    const after = await officerOf(two).participations.get(participation.id);
    expect(after.stage).toBe('approved');
    expect(after.history.filter((entry) => entry.action === 'approveDraft')).toHaveLength(1);
    const events = await officerOf(one).events.list({ participationId: participation.id, type: 'participation.stage_changed', limit: 100 });
    expect(events.data.filter((event) => 'participation' in event.data && event.data.participation.stage === 'approved')).toHaveLength(1);
  }, 60_000);
});
