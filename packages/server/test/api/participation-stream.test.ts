import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { NotFoundError, type Participation } from '@ibusibuk/sdk';
import { participationStreamRoute } from '../../src/routes/participation-stream.js';
import { participationAt, perform, startApi, type Api } from './support.js';

let api: Api;
beforeAll(async () => {
  api = await startApi({ clockIntervalMs: 0, webhookPollMs: 0 });
});
afterAll(() => api.close());

/** Reads a text/event-stream response into its `participation` events, as they come. */
function reader(response: Response) {
  const events: Participation[] = [];
  const comments: string[] = [];
  let buffer = '';
  const done = (async () => {
    const decoder = new TextDecoder();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.startsWith(':')) comments.push(block);
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        if (/^event: participation$/m.test(block) && data) events.push(JSON.parse(data.slice(6)) as Participation);
      }
    }
  })().catch(() => undefined);
  return { events, comments, done };
}

async function until(check: () => boolean, ms = 8_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('GET /v1/participations/:id/stream', () => {
  it('sends the participation at once, then again after an officer’s move, and stops when the client leaves', async () => {
    const campaign = await api.openCampaign();
    const { participation, actors } = await participationAt(api, campaign.id, 'in_review');
    const { url, headers } = actors.kol._requester.endpoint(`/v1/participations/${participation.id}/stream`);
    const abort = new AbortController();
    const response = await fetch(url, { headers, signal: abort.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const stream = reader(response);
    await until(() => stream.events.length === 1);
    expect(stream.events[0]).toEqual(participation);

    await perform('approveDraft', participation.id, actors);
    await until(() => stream.events.length === 2);
    expect(stream.events[1]!.stage).toBe('approved');

    abort.abort();
    await stream.done;
  });

  it('keeps a quiet stream alive with heartbeat comments', async () => {
    const campaign = await api.openCampaign();
    const { participation } = await participationAt(api, campaign.id, 'drafting');
    // The route with short timings, over a store that never changes: only heartbeats follow the first event.
    const services = {
      store: { getParticipation: () => participation },
      webhooks: { listEvents: () => ({ data: [], hasMore: false, nextCursor: null }) },
    };
    const route = participationStreamRoute(services as never, { pollMs: 50, heartbeatMs: 200 }) as unknown as {
      handle: (c: unknown, input: unknown) => Response;
    };
    const app = new Hono();
    app.get('/v1/participations/:id/stream', (c) => route.handle(c, { caller: { role: 'officer', label: 'test' } }));
    const abort = new AbortController();
    const response = await app.request(`/v1/participations/${participation.id}/stream`, { signal: abort.signal });
    const stream = reader(response);
    await until(() => stream.comments.length > 0, 3_000);
    expect(stream.events).toHaveLength(1);
    expect(stream.comments[0]).toBe(': heartbeat');
    abort.abort();
    await response.body?.cancel().catch(() => undefined);
  });

  it('answers another KOL’s participation, or an unknown one, with 404 and no stream', async () => {
    const campaign = await api.openCampaign();
    const { participation } = await participationAt(api, campaign.id, 'accepted');
    const stranger = await api.newKol('Ibu Lain');
    const { url, headers } = stranger._requester.endpoint(`/v1/participations/${participation.id}/stream`);
    const response = await fetch(url, { headers });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
    const unknown = await fetch(url.replace(participation.id, 'par_unknown0'), { headers: api.officer._requester.endpoint('/').headers });
    expect(unknown.status).toBe(404);
    await unknown.body?.cancel();
  });

  it('is what the SDK’s watch reads: the officer’s move arrives without asking again', async () => {
    const campaign = await api.openCampaign();
    const { participation, actors, kol } = await participationAt(api, campaign.id, 'applied');
    const seen: string[] = [];
    const abort = new AbortController();
    const watching = kol.participations.watch(participation.id, { onChange: (p) => seen.push(p.stage), signal: abort.signal });
    await until(() => seen.length === 1);
    await perform('accept', participation.id, actors);
    await until(() => seen.length === 2);
    expect(seen).toEqual(['applied', 'accepted']);
    abort.abort();
    await expect(watching).resolves.toBeUndefined();
    await expect(kol.participations.watch('par_unknown0', { onChange: () => undefined })).rejects.toBeInstanceOf(NotFoundError);
  });
});
