import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidTransitionError, ValidationError, createClient, type Event } from '@ibusibuk/sdk';
import { DAY, HOUR } from '../../src/clock.js';
import { applicationInput, participationAt, perform, startApi, type Api } from './support.js';

// The campaign's clock, walked forward with the injectable clock (no sleeps): the test server
// ticks only when told (clockIntervalMs: 0), as a timer would every minute.
let api: Api;
beforeAll(async () => {
  api = await startApi({ clockIntervalMs: 0, webhookPollMs: 0 });
});
afterAll(() => api.close());

const outboxFor = async (email: string) => (await api.public.dev.outbox(email)).data;

/** A campaign whose dates sit relative to the test clock's now. */
async function campaignIn(days: { draftDue: number; postOpens: number; postCloses: number }, rules = {}) {
  const now = api.clock.now().getTime();
  const at = (d: number) => new Date(now + d * DAY).toISOString();
  return api.openCampaign({
    timeline: { applyBy: at(2), draftDue: at(days.draftDue), postWindow: { start: at(days.postOpens), end: at(days.postCloses) }, insightDue: at(40) },
    rules,
  });
}

describe('deadlines that follow the work', () => {
  it('refuses a post before the window opens, saying when, and changes nothing', async () => {
    const campaign = await campaignIn({ draftDue: 5, postOpens: 10, postCloses: 20 });
    const { participation, kol } = await participationAt(api, campaign.id, 'approved');
    const refused = await kol.posts.submit(participation.id, { url: 'https://www.instagram.com/reel/Cxyz123/' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fields!.url).toMatch(/Jendela unggah belum dibuka.*WIB/);
    await expect(api.officer.participations.get(participation.id)).resolves.toEqual(participation);
  });

  it('accepts work after its due date and marks it late', async () => {
    const campaign = await campaignIn({ draftDue: 1, postOpens: -1, postCloses: 3 });
    const { participation, actors } = await participationAt(api, campaign.id, 'drafting');
    const due = (await api.officer.campaigns.get(campaign.id)).timeline.draftDue;
    api.clock.set(new Date(Date.parse(due) + HOUR));
    const drafted = await perform('submitDraft', participation.id, actors);
    expect(drafted.stage).toBe('in_review');
    expect(drafted.drafts.at(-1)).toMatchObject({ late: true });
  });

  it('sends each reminder once, at its time, in the KOL’s language; then once when overdue', async () => {
    const campaign = await campaignIn({ draftDue: 6, postOpens: 7, postCloses: 20 });
    const kol = await api.newKol('Ibu Jam');
    const me = await kol.me.get();
    const en = kol.withSession(kol.sessionToken!);
    en.setLocale('en');
    const applied = await en.applications.create(campaign.id, applicationInput());
    await api.officer.participations.accept(applied.id);
    await api.tick();
    const before = (await outboxFor(me.email)).length;
    const reminders = async () => (await outboxFor(me.email)).slice(0, (await outboxFor(me.email)).length - before);

    // Day 0 → 2: nothing due yet.
    api.clock.advance(2 * DAY);
    await api.tick();
    expect(await reminders()).toHaveLength(0);
    // 3 days before the draft is due: one reminder, in English (she applied from an English page).
    api.clock.advance(1 * DAY + HOUR);
    await api.tick();
    await api.tick();
    expect((await reminders()).map((m) => m.subject)).toEqual([expect.stringMatching(/3 days/i)]);
    // 1 day before: one more.
    api.clock.advance(2 * DAY);
    await api.tick();
    await api.tick();
    expect(await reminders()).toHaveLength(2);
    expect((await reminders())[0]!.subject).toMatch(/tomorrow|1 day/i);
    // Past it: once overdue, however often the clock ticks.
    api.clock.advance(2 * DAY);
    await api.tick();
    await api.tick();
    expect(await reminders()).toHaveLength(3);
    expect((await reminders())[0]!.text).toMatch(/overdue|late|passed/i);
    const events = (await api.officer.events.list({ participationId: applied.id, limit: 50 })).data.map((e) => e.type);
    expect(events.filter((t) => t === 'participation.deadline_approaching')).toHaveLength(2);
    expect(events.filter((t) => t === 'participation.overdue')).toHaveLength(1);
  });

  it('approves a draft the officer did not review within the campaign’s limit, as the system', async () => {
    const campaign = await campaignIn({ draftDue: 5, postOpens: 6, postCloses: 20 }, { reviewHours: 48 });
    const { participation } = await participationAt(api, campaign.id, 'in_review');
    api.clock.advance(47 * HOUR);
    await api.tick();
    expect((await api.officer.participations.get(participation.id)).stage).toBe('in_review');
    api.clock.advance(2 * HOUR);
    await api.tick();
    const approved = await api.officer.participations.get(participation.id);
    expect(approved.stage).toBe('approved');
    expect(approved.history.at(-1)).toMatchObject({ action: 'approveDraft', actor: { role: 'system', id: 'auto-approval' } });
  });

  it('refuses a revision request past the campaign’s limit with a clear 409', async () => {
    const campaign = await campaignIn({ draftDue: 5, postOpens: 6, postCloses: 20 }, { maxRevisionRounds: 1 });
    const { participation, actors } = await participationAt(api, campaign.id, 'in_review');
    await perform('requestRevision', participation.id, actors);
    const again = await perform('submitDraft', participation.id, actors);
    const refused = await perform('requestRevision', again.id, actors).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidTransitionError);
    expect((refused as Error).message).toMatch(/Batas revisi kampanye ini sudah tercapai \(1 kali\)/);
    await expect(api.officer.participations.get(participation.id)).resolves.toMatchObject({ stage: 'in_review' });
  });
});

describe('events and webhooks', () => {
  let receiver: Server;
  let url = '';
  const received: { id: string; event: Event }[] = [];
  let failNext = 0;

  beforeAll(async () => {
    receiver = createServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        if (failNext > 0) {
          failNext--;
          response.writeHead(500).end();
          return;
        }
        received.push({ id: String(request.headers['webhook-id']), event: JSON.parse(body) as Event });
        (received as unknown as { raw: { headers: IncomingMessage['headers']; body: string }[] }).raw ??= [];
        (received as unknown as { raw: { headers: IncomingMessage['headers']; body: string }[] }).raw.push({ headers: request.headers, body });
        response.writeHead(204).end();
      });
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => receiver.once('listening', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  });
  afterAll(() => new Promise((resolve) => receiver.close(resolve)));

  it('records each move as one event in its transaction, and lists them for officers only', async () => {
    const campaign = await campaignIn({ draftDue: 5, postOpens: -1, postCloses: 20 });
    const { participation } = await participationAt(api, campaign.id, 'accepted');
    const events = (await api.officer.events.list({ participationId: participation.id })).data;
    expect(events.map((e) => e.type)).toEqual(['participation.stage_changed', 'participation.stage_changed']);
    expect(events[0]).toMatchObject({ data: { previousStage: 'applied', participation: { stage: 'accepted' }, actor: { role: 'officer' } } });
    const kol = await api.newKol();
    await expect(kol.events.list()).rejects.toMatchObject({ status: 403 });
  });

  it('signs every delivery by the Standard Webhooks scheme, retries after a 500 with the same id, and sends each event once', async () => {
    const endpoint = await api.officer.webhookEndpoints.create({ url, events: ['participation.stage_changed'] });
    expect(endpoint.secret).toMatch(/^whsec_/);
    const campaign = await campaignIn({ draftDue: 5, postOpens: -1, postCloses: 20 });
    failNext = 1;
    const { participation } = await participationAt(api, campaign.id, 'accepted');
    await api.tick(); // first attempt of both events: the first answered 500
    expect(received.filter((r) => r.event.data && 'participation' in r.event.data && r.event.data.participation.id === participation.id)).toHaveLength(1);
    api.clock.advance(10_000); // past the first retry's delay
    await api.tick();
    await api.tick();
    const mine = received.filter((r) => 'participation' in r.event.data && r.event.data.participation.id === participation.id);
    expect(mine.map((r) => r.event.data && 'previousStage' in r.event.data && r.event.data.previousStage).sort()).toEqual(['applied', null].sort());
    expect(new Set(mine.map((r) => r.id)).size).toBe(2);
    const verifier = new Webhook(endpoint.secret!);
    const raw = (received as unknown as { raw: { headers: IncomingMessage['headers']; body: string }[] }).raw;
    for (const delivery of raw) {
      const timestamp = Number(delivery.headers['webhook-timestamp']);
      const realNow = Date.now;
      // The library checks the timestamp against Date.now(); the server's clock is the test's.
      Date.now = () => timestamp * 1000;
      try {
        expect(() => verifier.verify(delivery.body, delivery.headers as Record<string, string>)).not.toThrow();
      } finally {
        Date.now = realNow;
      }
    }
    const deliveries = (await api.officer.webhookEndpoints.deliveries(endpoint.id!)).data;
    expect(deliveries.some((d) => d.attempt >= 2 && d.status === 'succeeded')).toBe(true);
  });

  it('lets an officer client read events through the SDK’s pagination', async () => {
    const client = createClient({ baseUrl: api.url, secretKey: 'sk_test_demo' });
    let n = 0;
    for await (const event of client.events.list({ limit: 5 })) {
      expect(event.object).toBe('event');
      if (++n >= 12) break;
    }
    expect(n).toBe(12);
  });
});

describe('a KOL’s choice of channel', () => {
  it('lets her turn WhatsApp off and keep her language', async () => {
    const kol = await api.newKol();
    await expect(kol.notificationPreferences.get()).resolves.toEqual({ object: 'notification_preferences', locale: 'id', whatsapp: true });
    await expect(kol.notificationPreferences.update({ whatsapp: false, locale: 'en' })).resolves.toEqual({
      object: 'notification_preferences',
      locale: 'en',
      whatsapp: false,
    });
    await expect(api.officer.notificationPreferences.get()).rejects.toMatchObject({ status: 403 });
  });
});
