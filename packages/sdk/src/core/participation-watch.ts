import type { Participation } from '../schemas/participation.js';
import { serverSentEvents } from '../internal/sse.js';
import type { APIRequester } from './request.js';

/** What `participations.watch` needs besides the id. */
export interface WatchOptions {
  /** Called with the participation as it is, then after each change. */
  onChange: (participation: Participation) => void;
  /** Stops watching; the promise `watch` returned then resolves. */
  signal?: AbortSignal | undefined;
  /** Called once if the stream cannot be used and polling takes over (a proxy that buffers, an older server). */
  onFallback?: ((reason: unknown) => void) | undefined;
}

/** Polling, where streaming fails, starts this often and slows down while nothing changes. */
export const WATCH_POLL_MS = 5_000;
export const WATCH_POLL_MAX_MS = 60_000;
/** A stream that ended after working is opened again after this long. */
const RECONNECT_MS = 1_000;

const sleep = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });

// By status and code rather than by class, so this lazily loaded chunk shares no module with the page's.
/** Refusals that no retry or fallback changes (401, 403, 404): the caller has to hear them. */
const final = (error: unknown) => [401, 403, 404].includes((error as { status?: number } | null)?.status ?? 0);
const aborted = (error: unknown) => (error as { code?: string } | null)?.code === 'aborted';

/** A stream that could not be read as one; polling takes over. */
class NotStreaming extends Error {}

/**
 * Follows a participation: the server's event stream while it works, else `get` every 5 s doubling to 60 s
 * while nothing changes. Resolves when `signal` aborts; rejects on a refusal (401, 403, 404).
 */
export async function watchParticipation(
  requester: APIRequester,
  get: (id: string, signal: AbortSignal | undefined) => Promise<Participation>,
  id: string,
  { onChange, signal, onFallback }: WatchOptions,
): Promise<void> {
  let last = '';
  const deliver = (participation: Participation) => {
    const key = `${participation.updatedAt}|${participation.stage}|${participation.history.length}`;
    if (key === last) return;
    last = key;
    onChange(participation);
  };
  const stopped = () => signal?.aborted === true;

  // Streaming, reopened after it ends as long as it delivered something.
  for (;;) {
    if (stopped()) return;
    let delivered = false;
    try {
      const { url, headers, fetch } = requester.endpoint(`/v1/participations/${encodeURIComponent(id)}/stream`);
      const response = await fetch(url, { headers: { ...headers, accept: 'text/event-stream' }, signal: signal ?? null, cache: 'no-store' });
      if (!response.ok || !response.body || !/text\/event-stream/.test(response.headers.get('content-type') ?? '')) {
        // `get` speaks for a refusal with the SDK's own errors; if it answers, the stream alone is the trouble.
        void response.body?.cancel().catch(() => undefined);
        deliver(await get(id, signal));
        throw new NotStreaming(`stream answered ${response.status}`);
      }
      for await (const event of serverSentEvents(response.body)) {
        if (event.event !== 'participation') continue;
        deliver(JSON.parse(event.data) as Participation);
        delivered = true;
      }
    } catch (error) {
      if (stopped()) return;
      if (final(error)) throw error;
      if (aborted(error)) return;
      if (!delivered) {
        onFallback?.(error);
        break;
      }
    }
    await sleep(RECONNECT_MS, signal);
  }

  // Polling, slower while nothing changes.
  let wait = WATCH_POLL_MS;
  while (!stopped()) {
    await sleep(wait, signal);
    if (stopped()) return;
    const before = last;
    try {
      deliver(await get(id, signal));
      wait = last === before ? Math.min(wait * 2, WATCH_POLL_MAX_MS) : WATCH_POLL_MS;
    } catch (error) {
      if (stopped()) return;
      if (final(error)) throw error;
      wait = Math.min(wait * 2, WATCH_POLL_MAX_MS);
    }
  }
}
