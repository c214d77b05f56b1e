import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MEDIA_LIMITS } from '@ibusibuk/sdk';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type Clock, DAY, HOUR, OffsetClock, systemClock } from './clock.js';
import { tickCampaignClock, type ClockTick } from './campaign-clock/index.js';
import { DevOutboxTransport, DevWhatsAppTransport, EmailTransport, composeEndpointDisabled, emailOptionsFromEnv, tellPendingEvents, type TellOptions, type Transport } from './notifications/index.js';
import { eventRoutes } from './routes/events.js';
import { payoutProfileRoutes } from './routes/payout-profiles.js';
import { WebhookDispatcher } from './webhooks/index.js';
import { ApiError, payloadTooLarge } from './errors.js';
import { messages as m } from './i18n/messages.js';
import { authenticate } from './http/auth.js';
import { cors } from './http/cors.js';
import type { AppEnv } from './http/env.js';
import { onError, onNotFound } from './http/error-handler.js';
import { signInRateLimit } from './http/rate-limit.js';
import { requestContext } from './http/request-id.js';
import { requestLog } from './http/request-log.js';
import { healthRoutes } from './ops/health.js';
import { type Logger, createLogger } from './ops/logger.js';
import { installKeys } from './keys.js';
import type { ServerOptions } from './options.js';
import { applicationRoutes } from './routes/applications.js';
import { authRoutes } from './routes/auth.js';
import { referenceRoutes } from './routes/reference.js';
import { mountRoutes, type Route } from './http/route.js';
import { campaignRoutes } from './routes/campaigns.js';
import { devRoutes } from './routes/dev.js';
import { embedRoutes } from './routes/embed.js';
import { participationRoutes } from './routes/participations.js';
import { staticRoutes } from './routes/static.js';
import { mediaRoutes, uploadRoutes } from './routes/uploads.js';
import { seedDemo } from './seed/demo.js';
import type { Services } from './services.js';
import { openDatabase } from './store/open.js';
import type { Store } from './store/store.js';
import { type SweepReport, sweepUploads } from './uploads/expiry.js';
import { ResumableUploads, isResumablePath } from './uploads/resumable.js';
import { MediaSigner } from './uploads/signing.js';
import { uploadStorageFor } from './uploads/choose.js';

export interface App {
  app: Hono<AppEnv>;
  /** Every route the app serves, as declared. */
  routes: readonly Route[];
  /** The server's clock: every time the API writes comes from it. */
  clock: Clock;
  store: Store;
  /** Deletes uploads never attached (after `unattachedUploadTtlMs`) and never completed (after `incompleteUploadTtlMs`); also runs periodically. */
  sweepUploads(): Promise<SweepReport>;
  /** One tick of the campaign's clock (automatic approvals, reminders), then the messages and webhooks it caused. */
  tick(): Promise<ClockTick & { told: number }>;
  /** The server's logger (JSON lines, or pretty ones in dev mode). */
  logger: Logger;
  /** Stops taking jobs: the campaign clock, message sending, webhook deliveries and the upload sweep; resolves once the running ones are done. */
  stopJobs(): Promise<void>;
  /** Marks the app as shutting down: `GET /readyz` answers 503 from now on. */
  drain(): void;
  /** Stops jobs, closes the database and removes temporary upload folders. */
  close(): Promise<void>;
}

const MB = 1_000_000;
/** The API's version, as the OpenAPI document states it. */
export const API_VERSION = '1.0.0';

/**
 * A declared Content-Length decides as bodyLimit would (it checks the same header), but without touching
 * `c.req.raw.body`, which makes @hono/node-server build a full fetch Request and stream the body through it.
 */
const declaredLengthFirst =
  (maxSize: number, limit: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> =>
  (c, next) => {
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return limit(c, next);
    if (parseInt(length || '0', 10) > maxSize) throw payloadTooLarge();
    return next();
  };
const underTest = () => process.env.NODE_ENV === 'test' || process.env.VITEST !== undefined;

/** The given logger, or one from the options: quiet under tests (unexpected errors only), pretty in dev mode, JSON lines otherwise. */
const loggerFor = (options: ServerOptions): Logger =>
  options.logger ??
  createLogger({
    level: options.logLevel ?? (options.log === false ? 'silent' : options.log ? 'info' : underTest() ? 'error' : 'info'),
    format: options.logFormat ?? (options.dev ? 'pretty' : 'json'),
  });

/** The API as a Hono app over its store; `startServer` puts it on a port. */
export async function createApp(options: ServerOptions = {}): Promise<App> {
  const dataDir = options.dataDir ?? './.data';
  const dbPath = options.db ?? join(dataDir, 'ibusibuk.db');
  const inMemory = dbPath === ':memory:';
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  // A dev server's clock can be moved forward (POST /v1/dev/clock) so a person can watch deadlines pass.
  const clock = options.clock ?? (options.dev ? new OffsetClock(systemClock) : systemClock);
  const dev = options.dev ?? false;
  const logger = loggerFor(options);

  // SQLite by default; a postgres:// URL for several processes on one database.
  const { store, webhooks, counters } = await openDatabase(dbPath);
  const uploads = uploadStorageFor(options, { dataDir, inMemory });

  await installKeys(store, {
    demo: options.demoKeys ?? (dev || options.seed === 'demo' || underTest()),
    publishable: options.publishableKeys ?? [],
    secret: options.secretKeys ?? [],
  });
  let corsOrigins = (await store.listPublishableKeys()).flatMap((key) => key.allowedOrigins);

  // Email: an SMTP server when one is set; a dev server keeps messages in its outbox; otherwise they are only logged.
  const smtp = options.smtp === undefined ? emailOptionsFromEnv() : options.smtp;
  const mail: Transport = smtp
    ? new EmailTransport(smtp)
    : dev
      ? new DevOutboxTransport(store, clock)
      : { send: async (message) => void logger.info({ subject: message.subject }, 'message dropped: no SMTP server is set') };

  const services: Services = {
    mail,
    store,
    webhooks,
    clock,
    dev,
    uploads,
    // Links signed by one process must open on every other: they share the secret when one is set.
    signer: new MediaSigner(options.mediaSecret ? Buffer.from(options.mediaSecret) : undefined),
    mediaDelivery: options.mediaDelivery === 'redirect' && uploads.signedUrl ? 'redirect' : 'stream',
    mediaUrlTtlSeconds: options.mediaUrlTtlSeconds ?? 900,
    limits: {
      jsonBytes: options.maxJsonBytes ?? 1 * MB,
      imageBytes: options.maxImageBytes ?? MEDIA_LIMITS.image,
      videoBytes: options.maxVideoBytes ?? MEDIA_LIMITS.video,
    },
    corsOrigins: () => corsOrigins,
    checkResponses: dev,
  };

  if (options.seed === 'demo' && (await store.isEmpty())) {
    await seedDemo(services);
    // The seed's history is the past, not news: nobody is told of it.
    for (let told = await store.eventsToNotify(500); told.length > 0; told = await store.eventsToNotify(500)) {
      await store.markNotified(told.map((event) => event.id), clock.now());
    }
    corsOrigins = (await store.listPublishableKeys()).flatMap((key) => key.allowedOrigins);
  }

  const app = new Hono<AppEnv>();
  app.onError(onError(logger));
  app.notFound(onNotFound);
  app.use('*', requestContext(services.checkResponses));
  app.use('*', requestLog(logger));
  app.use('*', cors(services.corsOrigins));
  // Sign-in limits per client address and overall (issue 15, item 7); before anything reads the body.
  app.use('/v1/auth/*', signInRateLimit({ counters, store, clock, dev, trustProxy: options.trustProxy, limits: options.signInLimits }));

  // Who is calling, from the headers alone: before any body is read or even limited.
  app.use('/v1/*', authenticate(services));

  const tooLarge = () => {
    throw payloadTooLarge();
  };
  const jsonLimit = declaredLengthFirst(services.limits.jsonBytes, bodyLimit({ maxSize: services.limits.jsonBytes, onError: tooLarge }));
  // One-request uploads are for small files (images); videos and anything large go through tus.
  const multipartMax = services.limits.imageBytes + MB;
  const multipartLimit = declaredLengthFirst(multipartMax, bodyLimit({ maxSize: multipartMax, onError: tooLarge }));
  // tus bounds each request itself: no byte past the declared Upload-Length is accepted.
  app.use('/v1/*', (c, next) => {
    // GET and HEAD carry no body; bodyLimit would still build the full fetch Request just to see that.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    if (isResumablePath(c.req.path)) return next();
    if (c.req.path === '/v1/uploads') {
      // Only a KOL may upload: anyone else is refused by the route's guard without a byte being read.
      if (c.get('caller')?.role !== 'kol') return next();
      // One request must say its size (browsers' FormData does), so it is checked before any byte:
      // a chunked body, whose size shows only as it streams, is refused.
      if (c.req.header('transfer-encoding') !== undefined) {
        throw new ApiError(411, 'validation_error', m.uploadLengthRequired);
      }
      return multipartLimit(c, next);
    }
    return jsonLimit(c, next);
  });

  const resumable = new ResumableUploads(services);
  let draining = false;
  // Every route, declared once with its schemas: mounted here and described by /v1/openapi.json.
  const routes: Route[] = [
    ...campaignRoutes(services),
    ...embedRoutes(services),
    ...applicationRoutes(services),
    ...participationRoutes(services),
    ...uploadRoutes(services, resumable),
    ...authRoutes(services),
    ...eventRoutes(services),
    ...payoutProfileRoutes(services),
    ...devRoutes(services, () => tick()),
    ...mediaRoutes(services),
    ...staticRoutes(),
    ...healthRoutes({
      logger,
      draining: () => draining,
      checks: [
        { name: 'database', check: () => store.isEmpty() },
        { name: 'uploads', check: () => uploads.check() },
      ],
    }),
  ];
  routes.push(...referenceRoutes(() => routes, API_VERSION));
  mountRoutes(app, routes, { dev, services });
  app.get('/', (c) => c.json({ name: 'Ibu Sibuk API', version: 'v1', openapi: '/v1/openapi.json', ...(dev ? { docs: '/docs' } : {}) }));

  const lifetimes = {
    unattachedMs: options.unattachedUploadTtlMs ?? DAY,
    incompleteMs: options.incompleteUploadTtlMs ?? DAY,
  };
  const sweep = () => sweepUploads(services, resumable, lifetimes);
  const sweepEvery = options.uploadSweepIntervalMs ?? HOUR;
  const sweeper =
    sweepEvery > 0
      ? setInterval(() => {
          sweep().catch((err: unknown) => logger.error({ err }, 'upload sweep failed'));
        }, sweepEvery)
      : undefined;
  sweeper?.unref();

  const officerEmail = options.officerEmail === undefined ? (process.env.IBUSIBUK_OFFICER_EMAIL ?? (dev ? 'officer@ibusibuk.localhost' : null)) : options.officerEmail;
  const tell: TellOptions = {
    channels: {
      email: services.mail,
      whatsapp: dev ? new DevWhatsAppTransport() : null,
    },
    officer: officerEmail ? { role: 'officer', name: 'Project Officer', email: officerEmail, locale: 'id' } : null,
  };
  const dispatcher = new WebhookDispatcher({
    store: services.webhooks,
    onError: (err) => logger.error({ err }, 'webhook delivery failed'),
    clock,
    pollIntervalMs: options.webhookPollMs ?? 1_000,
    // An endpoint failing for days is switched off; its owner (the officers' address) is told why and how to turn it back on.
    onEndpointDisabled: async (endpoint, failingSince) => {
      if (officerEmail) await services.mail.send(composeEndpointDisabled(endpoint, failingSince, { role: 'owner', name: null, email: officerEmail }));
    },
  });
  let telling: Promise<number> | null = null;
  // One run at a time: a tick and the timer must not send the same event twice.
  const tellEvents = () => (telling ??= tellPendingEvents(services, tell).finally(() => (telling = null)));
  let ticking: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    const ticked = await tickCampaignClock(services);
    const told = await tellEvents();
    await dispatcher.runDue();
    return { ...ticked, told };
  };
  const timedTick = () => {
    ticking = tick().catch((err: unknown) => logger.error({ err }, 'campaign clock failed'));
  };
  const clockEvery = options.clockIntervalMs ?? 60_000;
  const clockTimer =
    clockEvery > 0
      ? setInterval(timedTick, clockEvery)
      : undefined;
  clockTimer?.unref();
  if ((options.webhookPollMs ?? 1_000) > 0) dispatcher.start();

  let jobsStopped: Promise<void> | undefined;
  const stopJobs = () =>
    (jobsStopped ??= (async () => {
      clearInterval(sweeper);
      clearInterval(clockTimer);
      await ticking;
      await dispatcher.stop();
      await telling;
    })());
  let closed: Promise<void> | undefined;
  return {
    app,
    routes,
    clock,
    store,
    logger,
    sweepUploads: sweep,
    tick,
    stopJobs,
    drain: () => void (draining = true),
    close: () =>
      (closed ??= (async () => {
        draining = true;
        await stopJobs();
        await store.close();
        await uploads.dispose();
      })()),
  };
}
