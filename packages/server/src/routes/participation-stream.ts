import { streamSSE } from 'hono/streaming';
import { participationFor } from '../http/scope.js';
import { type Route, rawRoute } from '../http/route.js';
import type { Services } from '../services.js';

/** How often the stream looks for a new event of its participation (real time: the campaign's clock may stand still). */
export const STREAM_POLL_MS = 2_000;
/** A comment line this often keeps proxies from closing an idle stream. */
export const STREAM_HEARTBEAT_MS = 15_000;

/**
 * `GET /v1/participations/:id/stream`: the participation as server-sent events, one `participation`
 * event at once and one after every change. Changes are read from the events table, which every move
 * writes in its transaction, so nothing else has to tell the stream.
 */
export function participationStreamRoute(services: Services, timing = { pollMs: STREAM_POLL_MS, heartbeatMs: STREAM_HEARTBEAT_MS }): Route {
  const { store, webhooks } = services;
  /** The newest event of the participation: its id changes whenever something happens to it. */
  const newestEvent = async (participationId: string) =>
    (await webhooks.listEvents({ brandId: null, participationId }, { limit: 1 })).data[0]?.id ?? null;
  return rawRoute({
    method: 'get',
    path: '/v1/participations/:id/stream',
    tag: 'Participations',
    summary: 'Follow one participation: server-sent events, `participation` with its JSON at once and after every change.',
    description:
      'For a page left open: an `event: participation` whose `data` is the participation, first as it is and then after each ' +
      'change; comment lines (`: heartbeat`) keep the connection alive. A KOL follows her own participations, an officer’s key or staff session those in its reach. ' +
      'Send the credential in `Authorization` (read the stream with fetch; `EventSource` cannot send it).',
    access: 'kolOrOfficer',
    produces: { 200: { contentType: 'text/event-stream', description: 'The stream: `participation` events and heartbeat comments.' } },
    handle: async (c, { caller }) => {
      // Her own for a KOL, her brand's for a brand's key or session; anything else does not exist.
      const first = await participationFor(services, caller, c.req.param('id')!);
      const id = first.id;
      return streamSSE(c, async (stream) => {
        let open = true;
        stream.onAbort(() => {
          open = false;
        });
        let seen = await newestEvent(id);
        let quietSince = Date.now();
        await stream.writeSSE({ event: 'participation', data: JSON.stringify(first), id: seen ?? undefined });
        while (open) {
          await stream.sleep(timing.pollMs);
          if (!open) break;
          const newest = await newestEvent(id);
          if (newest !== seen) {
            seen = newest;
            const participation = await store.getParticipation(id);
            if (!participation) break;
            await stream.writeSSE({ event: 'participation', data: JSON.stringify(participation), id: newest ?? undefined });
            quietSince = Date.now();
          } else if (Date.now() - quietSince >= timing.heartbeatMs) {
            await stream.write(': heartbeat\n\n');
            quietSince = Date.now();
          }
        }
      });
    },
  });
}
