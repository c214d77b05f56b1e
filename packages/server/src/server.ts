import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type App, createApp } from './app.js';
import type { Clock } from './clock.js';
import { trackRequests } from './ops/drain.js';
import type { ServerOptions } from './options.js';
import type { Store } from './store/store.js';

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8787` */
  url: string;
  port: number;
  clock: Clock;
  store: Store;
  logger: App['logger'];
  /** Every route the server answers, as declared. */
  routes: App['routes'];
  /** Deletes expired uploads now (the server also does it periodically). */
  sweepUploads: App['sweepUploads'];
  /** One tick of the campaign's clock now, and the messages and webhooks it caused. */
  tick: App['tick'];
  /**
   * Graceful shutdown: stops accepting connections and taking jobs, lets the requests in flight
   * finish (up to `shutdownGraceMs`; event streams are ended at once), then closes the database.
   */
  close(): Promise<void>;
}

/** Creates the app and listens; resolves once the port is bound. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const { app, store, close, stopJobs, drain, sweepUploads, tick, clock, routes, logger } = await createApp(options);
  const hostname = options.hostname ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname }, () => resolve(s));
    s.once('error', reject);
  });
  const requests = trackRequests(server as Server);
  const { port } = server.address() as AddressInfo;
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  let stopped: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    clock,
    store,
    logger,
    routes,
    sweepUploads,
    tick,
    close() {
      stopped ??= (async () => {
        drain();
        logger.info({ inFlight: requests.inFlight }, 'shutting down: finishing requests in flight');
        await Promise.all([requests.drain(options.shutdownGraceMs ?? 10_000), stopJobs()]);
        await close();
        logger.info('shut down');
      })();
      return stopped;
    },
  };
}
