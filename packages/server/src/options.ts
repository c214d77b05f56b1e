import type { Clock } from './clock.js';
import type { BrandSecretKeyOption, PublishableKeyOption } from './keys.js';

export interface ServerOptions {
  /**
   * SQLite file, or `':memory:'` (tests), or a PostgreSQL URL (`postgres://…`, `?schema=name` to keep the
   * tables in one schema) for several processes on one database. Default `<dataDir>/ibusibuk.db`.
   */
  db?: string;
  /** Folder for the database and uploads. Default `./.data`. */
  dataDir?: string;
  /** Dev mode: keeps sent e-mails in the outbox at `GET /v1/dev/outbox`, checks responses against the SDK schemas. */
  dev?: boolean;
  /** `'demo'` fills an empty database with demo campaigns, KOLs and participations. */
  seed?: 'demo' | false;
  /** Source of every "now"; default the system clock. */
  clock?: Clock;
  /** `0` picks a free port (startServer only). Default 8787. */
  port?: number;
  /** Default `127.0.0.1` (startServer only). */
  hostname?: string;
  /** Keys to accept besides the demo keys. */
  publishableKeys?: PublishableKeyOption[];
  /** `sk_…` acts on every brand (Orami's officers); `{ key, brand }` only on one brand's campaigns (`brd_…` id, or a name). */
  secretKeys?: (string | BrandSecretKeyOption)[];
  /** Demo keys `pk_test_demo` / `sk_test_demo`; default on in dev mode, with the demo seed and under tests. */
  demoKeys?: boolean;
  /** Where uploaded files go. Default `<dataDir>/uploads`, or a temporary folder for `':memory:'`. */
  uploadsDir?: string;
  /** Lifetime of signed media links. Default 900 s. */
  mediaUrlTtlSeconds?: number;
  /** Largest accepted image / video / JSON body, in bytes. Defaults 20 MB / 500 MB / 1 MB. */
  maxImageBytes?: number;
  maxVideoBytes?: number;
  maxJsonBytes?: number;
  /** Uploads no draft or insight names are deleted after this long. Default 24 h. */
  unattachedUploadTtlMs?: number;
  /** Resumable uploads left incomplete are deleted after this long. Default 24 h. */
  incompleteUploadTtlMs?: number;
  /** How often the server deletes expired uploads; 0 never (call `sweepUploads()` yourself). Default 1 h. */
  uploadSweepIntervalMs?: number;
  /** `true`: log at `info` (the default outside tests); `false`: log nothing. `logLevel` wins over it. */
  log?: boolean;
  /** `fatal` … `trace`, or `silent`. Default `info`; under tests `error` (unexpected errors only). */
  logLevel?: import('pino').LevelWithSilent;
  /** `json` (one object a line) or `pretty` (short lines). Default `pretty` in dev mode, `json` otherwise. */
  logFormat?: import('./ops/logger.js').LogFormat;
  /** A logger of your own (pino); the options above are then ignored. */
  logger?: import('./ops/logger.js').Logger;
  /** How long shutdown waits for requests in flight before it ends their connections. Default 10 000 (startServer only). */
  shutdownGraceMs?: number;
  /**
   * Email through this SMTP server (an `smtp://…` URL or nodemailer's options); default from
   * `IBUSIBUK_SMTP_*`. Without one, messages go to the dev outbox in dev mode and are dropped otherwise.
   */
  smtp?: import('./notifications/email.js').EmailOptions | null;
  /** The officers' address for applications and submissions to review (`IBUSIBUK_OFFICER_EMAIL`). */
  officerEmail?: string | null;
  /**
   * How often the campaign's clock ticks (reminders, automatic approvals) and messages are sent, in ms.
   * Default 60 000; 0 turns the timers off (tests tick by hand with `App.tick()`).
   */
  clockIntervalMs?: number;
  /**
   * How many proxies of ours stand in front and append to X-Forwarded-For (`true` = one). Default none:
   * the client's address is the socket's, and X-Forwarded-For is ignored (anyone can write it).
   */
  trustProxy?: boolean | number;
  /** Sign-in limits per client address and overall (see `DEFAULT_SIGN_IN_LIMITS`); a dev server's default ones are 50 times looser. */
  signInLimits?: Partial<import('./http/rate-limit.js').SignInLimits>;
  /** How often webhook deliveries are looked for, in ms. Default 1000; 0 turns it off. */
  webhookPollMs?: number;
  /** Where upload bytes live: `disk` (default: `uploadsDir`) or `s3` (an S3-compatible bucket, see `s3`). */
  storage?: 'disk' | 's3';
  /** The bucket and how to reach it, for `storage: 's3'`. */
  s3?: import('./uploads/s3-storage.js').S3Settings;
  /**
   * How `/media/:id` links deliver bytes: `stream` through this server (default), or `redirect` to a
   * signed URL of the object storage, valid for the rest of the link's life (s3 only).
   */
  mediaDelivery?: 'stream' | 'redirect';
  /** The secret that signs media links. Several processes must share one; default a random one per process. */
  mediaSecret?: string;
}
