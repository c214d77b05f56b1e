import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** Streams that never end on their own (server-sent events): shutdown ends them, and their clients reconnect elsewhere. */
const isEndless = (res: ServerResponse) => String(res.getHeader('content-type') ?? '').startsWith('text/event-stream');

/**
 * Follows the responses of `server` still being written, so shutdown can wait for them.
 * `drain()` stops accepting connections, ends event streams and idle keep-alive connections,
 * waits for every other response to finish (at most `graceMs`, then ends what is left), and
 * resolves once the server is closed.
 */
export function trackRequests(server: Server) {
  const open = new Set<ServerResponse>();
  let draining = false;
  // While draining, answers say `Connection: close`, so clients do not send their next request
  // on a connection about to close.
  const closing = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  };
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    open.add(res);
    res.once('close', () => open.delete(res));
    if (draining) closing(res);
  });
  return {
    get inFlight() {
      return open.size;
    },
    async drain(graceMs: number): Promise<void> {
      draining = true;
      for (const res of open) closing(res);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const deadline = Date.now() + graceMs;
      while (Date.now() < deadline) {
        for (const res of open) if (isEndless(res)) res.end();
        // A connection kept alive after its last response would hold close() open.
        server.closeIdleConnections();
        if (open.size === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      server.closeAllConnections();
      await closed;
    },
  };
}
