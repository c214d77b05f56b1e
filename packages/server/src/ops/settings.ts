import type { BrandSecretKeyOption, PublishableKeyOption } from '../keys.js';
import type { ServerOptions } from '../options.js';
import { LOG_LEVELS } from './logger.js';

/**
 * Every setting of the CLI, each as a flag and as an environment variable (a flag wins).
 * One table serves the parser, `--help` and the check that docs/deploy.md names each one.
 */
export interface Setting {
  /** The flag without its dashes. */
  flag: string;
  /** Environment variables read, first found wins. */
  env: readonly string[];
  kind: 'string' | 'boolean' | 'integer' | 'list';
  /** What the help shows after the flag, e.g. `N`. */
  value?: string;
  help: string;
  /** Sets the option from the value (already typed by `kind`). */
  apply(options: CliOptions, value: never): void;
}

/** Server options plus what only the CLI does. */
export type CliOptions = ServerOptions & { seed?: 'demo' | false };

const setting = <K extends Setting['kind']>(
  s: Omit<Setting, 'apply' | 'kind'> & { kind: K; apply(options: CliOptions, value: ValueOf<K>): void },
): Setting => s as unknown as Setting;
type ValueOf<K> = K extends 'boolean' ? boolean : K extends 'integer' ? number : K extends 'list' ? string[] : string;

export class SettingError extends Error {}

/** `sk_…=BRAND` → a restricted key option. */
function brandKey(text: string): BrandSecretKeyOption {
  const at = text.indexOf('=');
  if (at <= 0 || at === text.length - 1) throw new SettingError(`--brand-key takes sk_…=BRAND, got ${text.slice(0, 6)}…`);
  return { key: text.slice(0, at).trim(), brand: text.slice(at + 1).trim() };
}

/** `pk_…=https://a.example https://b.example` → a publishable key and its origins. */
function publishableKey(text: string): PublishableKeyOption {
  const at = text.indexOf('=');
  const origins = text.slice(at + 1).split(/\s+/).filter(Boolean);
  if (at <= 0 || origins.length === 0) throw new SettingError(`--publishable-key takes pk_…=ORIGIN[ ORIGIN…], got ${text.slice(0, 6)}…`);
  return { key: text.slice(0, at).trim(), allowedOrigins: origins };
}

const oneOf =
  <T extends string>(flag: string, allowed: readonly T[]) =>
  (text: string): T => {
    if (!(allowed as readonly string[]).includes(text)) throw new SettingError(`--${flag} takes one of ${allowed.join(', ')}; got ${text}`);
    return text as T;
  };

export const SETTINGS: readonly Setting[] = [
  setting({ flag: 'port', env: ['IBUSIBUK_PORT', 'PORT'], kind: 'integer', value: 'N', help: 'port to listen on (default 8787; 0 picks a free one)', apply: (o, v) => {
    if (v < 0 || v > 65535) throw new SettingError('--port must be a port number');
    o.port = v;
  } }),
  setting({ flag: 'host', env: ['IBUSIBUK_HOST'], kind: 'string', value: 'H', help: 'interface to bind (default 127.0.0.1; 0.0.0.0 for every one)', apply: (o, v) => void (o.hostname = v) }),
  setting({ flag: 'db', env: ['IBUSIBUK_DB', 'DATABASE_URL'], kind: 'string', value: 'FILE|:memory:|postgres://…', help: 'the database: a SQLite file (default <data-dir>/ibusibuk.db), :memory:, or a PostgreSQL URL (?schema=name keeps the tables in one schema)', apply: (o, v) => void (o.db = v) }),
  setting({ flag: 'data-dir', env: ['IBUSIBUK_DATA_DIR'], kind: 'string', value: 'DIR', help: 'folder for the SQLite file and uploads on disk (default ./.data)', apply: (o, v) => void (o.dataDir = v) }),
  setting({ flag: 'seed', env: ['IBUSIBUK_SEED'], kind: 'string', value: 'demo', help: 'fill an empty database with the demo data', apply: (o, v) => void (o.seed = oneOf('seed', ['demo'])(v)) }),
  setting({ flag: 'dev', env: ['IBUSIBUK_DEV'], kind: 'boolean', help: 'dev mode: outbox, movable clock, response checks, pretty logs', apply: (o, v) => void (o.dev = v) }),
  setting({ flag: 'demo-keys', env: ['IBUSIBUK_DEMO_KEYS'], kind: 'boolean', help: 'accept pk_test_demo / sk_test_demo (default on with --dev or --seed demo)', apply: (o, v) => void (o.demoKeys = v) }),
  setting({ flag: 'secret-key', env: ['IBUSIBUK_SECRET_KEYS'], kind: 'list', value: 'sk_…', help: 'a secret key acting on every brand (repeatable; the variable is comma-separated)', apply: (o, v) => void (o.secretKeys = [...(o.secretKeys ?? []), ...v]) }),
  setting({ flag: 'brand-key', env: ['IBUSIBUK_BRAND_KEYS'], kind: 'list', value: 'sk_…=BRAND', help: 'a secret key restricted to one brand, by id (brd_…) or name (repeatable; comma-separated)', apply: (o, v) => void (o.secretKeys = [...(o.secretKeys ?? []), ...v.map(brandKey)]) }),
  setting({ flag: 'publishable-key', env: ['IBUSIBUK_PUBLISHABLE_KEYS'], kind: 'list', value: 'pk_…=ORIGIN …', help: 'a publishable key and its allowed origins, space-separated (repeatable; comma-separated)', apply: (o, v) => void (o.publishableKeys = v.map(publishableKey)) }),
  setting({ flag: 'trust-proxy', env: ['IBUSIBUK_TRUST_PROXY'], kind: 'integer', value: 'N', help: 'how many proxies of ours append to X-Forwarded-For (default 0: the socket address counts)', apply: (o, v) => void (o.trustProxy = v) }),
  setting({ flag: 'officer-email', env: ['IBUSIBUK_OFFICER_EMAIL'], kind: 'string', value: 'ADDRESS', help: 'the officers’ address for applications and submissions to review', apply: (o, v) => void (o.officerEmail = v) }),
  setting({ flag: 'uploads-dir', env: ['IBUSIBUK_UPLOADS_DIR'], kind: 'string', value: 'DIR', help: 'folder for uploads on disk (default <data-dir>/uploads)', apply: (o, v) => void (o.uploadsDir = v) }),
  setting({ flag: 'storage', env: ['IBUSIBUK_STORAGE'], kind: 'string', value: 'disk|s3', help: 'where upload bytes live (default disk)', apply: (o, v) => void (o.storage = oneOf('storage', ['disk', 's3'])(v)) }),
  setting({ flag: 's3-bucket', env: ['IBUSIBUK_S3_BUCKET'], kind: 'string', value: 'NAME', help: 'the bucket for uploads (with --storage s3; it must exist)', apply: (o, v) => void (o.s3 = { ...o.s3, bucket: v }) }),
  setting({ flag: 's3-endpoint', env: ['IBUSIBUK_S3_ENDPOINT'], kind: 'string', value: 'URL', help: 'an S3-compatible service other than AWS (MinIO, R2, …); path-style addressing', apply: (o, v) => void (o.s3 = { bucket: '', ...o.s3, endpoint: v }) }),
  setting({ flag: 's3-region', env: ['IBUSIBUK_S3_REGION', 'AWS_REGION'], kind: 'string', value: 'REGION', help: 'the bucket’s region (default us-east-1)', apply: (o, v) => void (o.s3 = { bucket: '', ...o.s3, region: v }) }),
  setting({ flag: 's3-access-key-id', env: ['IBUSIBUK_S3_ACCESS_KEY_ID', 'AWS_ACCESS_KEY_ID'], kind: 'string', value: 'ID', help: 'credentials (default: the AWS SDK’s own chain: environment, profile, instance role)', apply: (o, v) => void (o.s3 = { bucket: '', ...o.s3, accessKeyId: v }) }),
  setting({ flag: 's3-secret-access-key', env: ['IBUSIBUK_S3_SECRET_ACCESS_KEY', 'AWS_SECRET_ACCESS_KEY'], kind: 'string', value: 'SECRET', help: 'the secret of --s3-access-key-id', apply: (o, v) => void (o.s3 = { bucket: '', ...o.s3, secretAccessKey: v }) }),
  setting({ flag: 'media-delivery', env: ['IBUSIBUK_MEDIA_DELIVERY'], kind: 'string', value: 'stream|redirect', help: 'media links stream the bytes through the server, or redirect to a short-lived signed URL of the object storage (s3 only; default stream)', apply: (o, v) => void (o.mediaDelivery = oneOf('media-delivery', ['stream', 'redirect'])(v)) }),
  setting({ flag: 'media-secret', env: ['IBUSIBUK_MEDIA_SECRET'], kind: 'string', value: 'SECRET', help: 'signs media links; give every process the same one (default: random per process)', apply: (o, v) => void (o.mediaSecret = v) }),
  setting({ flag: 'media-url-ttl', env: ['IBUSIBUK_MEDIA_URL_TTL_SECONDS'], kind: 'integer', value: 'S', help: 'lifetime of signed media links in seconds (default 900)', apply: (o, v) => void (o.mediaUrlTtlSeconds = v) }),
  setting({ flag: 'max-image-bytes', env: ['IBUSIBUK_MAX_IMAGE_BYTES'], kind: 'integer', value: 'N', help: 'largest image (default 20 MB)', apply: (o, v) => void (o.maxImageBytes = v) }),
  setting({ flag: 'max-video-bytes', env: ['IBUSIBUK_MAX_VIDEO_BYTES'], kind: 'integer', value: 'N', help: 'largest video (default 500 MB)', apply: (o, v) => void (o.maxVideoBytes = v) }),
  setting({ flag: 'max-json-bytes', env: ['IBUSIBUK_MAX_JSON_BYTES'], kind: 'integer', value: 'N', help: 'largest JSON body (default 1 MB)', apply: (o, v) => void (o.maxJsonBytes = v) }),
  setting({ flag: 'unattached-upload-ttl-ms', env: ['IBUSIBUK_UNATTACHED_UPLOAD_TTL_MS'], kind: 'integer', value: 'MS', help: 'uploads nothing names are deleted after this (default 24 h)', apply: (o, v) => void (o.unattachedUploadTtlMs = v) }),
  setting({ flag: 'incomplete-upload-ttl-ms', env: ['IBUSIBUK_INCOMPLETE_UPLOAD_TTL_MS'], kind: 'integer', value: 'MS', help: 'unfinished resumable uploads are deleted after this (default 24 h)', apply: (o, v) => void (o.incompleteUploadTtlMs = v) }),
  setting({ flag: 'upload-sweep-ms', env: ['IBUSIBUK_UPLOAD_SWEEP_MS'], kind: 'integer', value: 'MS', help: 'how often expired uploads are deleted; 0 never (default 1 h)', apply: (o, v) => void (o.uploadSweepIntervalMs = v) }),
  setting({ flag: 'clock-ms', env: ['IBUSIBUK_CLOCK_MS'], kind: 'integer', value: 'MS', help: 'how often reminders and automatic approvals run and messages go out; 0 never (default 60 000)', apply: (o, v) => void (o.clockIntervalMs = v) }),
  setting({ flag: 'webhook-poll-ms', env: ['IBUSIBUK_WEBHOOK_POLL_MS'], kind: 'integer', value: 'MS', help: 'how often due webhook deliveries are looked for; 0 never (default 1000)', apply: (o, v) => void (o.webhookPollMs = v) }),
  setting({ flag: 'shutdown-grace-ms', env: ['IBUSIBUK_SHUTDOWN_GRACE_MS'], kind: 'integer', value: 'MS', help: 'on SIGTERM/SIGINT, how long requests in flight may take to finish (default 10 000)', apply: (o, v) => void (o.shutdownGraceMs = v) }),
  setting({ flag: 'log', env: ['IBUSIBUK_LOG'], kind: 'boolean', help: 'false logs nothing; true logs at info (the default)', apply: (o, v) => void (o.log = v) }),
  setting({ flag: 'log-level', env: ['IBUSIBUK_LOG_LEVEL'], kind: 'string', value: LOG_LEVELS.join('|'), help: 'what is logged (default info)', apply: (o, v) => void (o.logLevel = oneOf('log-level', LOG_LEVELS)(v)) }),
  setting({ flag: 'log-format', env: ['IBUSIBUK_LOG_FORMAT'], kind: 'string', value: 'json|pretty', help: 'one JSON object a line, or short lines (default pretty with --dev, json otherwise)', apply: (o, v) => void (o.logFormat = oneOf('log-format', ['json', 'pretty'] as const)(v)) }),
];

/** Read by the server itself rather than through a flag (e-mail over SMTP). */
export const SMTP_ENV = ['IBUSIBUK_SMTP_URL', 'IBUSIBUK_SMTP_HOST', 'IBUSIBUK_SMTP_PORT', 'IBUSIBUK_SMTP_USER', 'IBUSIBUK_SMTP_PASS', 'IBUSIBUK_SMTP_FROM'] as const;

const TRUE = /^(1|true|yes|on)$/i;
const FALSE = /^(0|false|no|off)?$/i;

/** The environment's text for a setting as its kind, from the first of its variables that is set. */
function fromEnv(s: Setting, env: NodeJS.ProcessEnv): string | undefined {
  for (const name of s.env) {
    const text = env[name]?.trim();
    if (text !== undefined && text !== '') return text;
  }
  return undefined;
}

function typed(s: Setting, text: string | boolean | string[], source: string): boolean | number | string | string[] {
  switch (s.kind) {
    case 'boolean':
      if (typeof text === 'boolean') return text;
      if (typeof text === 'string' && TRUE.test(text)) return true;
      if (typeof text === 'string' && FALSE.test(text)) return false;
      throw new SettingError(`${source} takes true or false`);
    case 'integer': {
      const n = Number(text);
      if (!Number.isSafeInteger(n) || n < 0) throw new SettingError(`${source} takes a whole number ≥ 0, got ${String(text)}`);
      return n;
    }
    case 'list':
      return Array.isArray(text) ? text : String(text).split(',').map((item) => item.trim()).filter(Boolean);
    default:
      return String(text);
  }
}

/** `parseArgs` options for every setting. */
export const argOptions = () =>
  Object.fromEntries(SETTINGS.map((s) => [s.flag, s.kind === 'boolean' ? { type: 'boolean' as const } : s.kind === 'list' ? { type: 'string' as const, multiple: true } : { type: 'string' as const }]));

/**
 * The server's options from flags (`values`, as parseArgs gives them) and the environment:
 * a flag wins over its variable. For lists, the variable's items and the flags' add up.
 */
export function optionsFrom(values: Record<string, string | boolean | string[] | undefined>, env: NodeJS.ProcessEnv): CliOptions {
  const options: CliOptions = {};
  for (const s of SETTINGS) {
    const flag = values[s.flag];
    const variable = fromEnv(s, env);
    if (s.kind === 'list') {
      const items = [...(variable ? (typed(s, variable, s.env[0]!) as string[]) : []), ...((flag as string[] | undefined) ?? [])];
      if (items.length > 0) s.apply(options, items as never);
      continue;
    }
    if (flag !== undefined) s.apply(options, typed(s, flag, `--${s.flag}`) as never);
    else if (variable !== undefined) s.apply(options, typed(s, variable, s.env[0]!) as never);
  }
  return options;
}

export const usage = (): string =>
  [
    'Usage: ibusibuk-server [flags]   (every flag also as an environment variable; a flag wins)',
    ...SETTINGS.map((s) => `  --${s.flag}${s.value ? ` ${s.value}` : ''}\n      ${s.help} [${s.env.join(', ')}]`),
    `  e-mail: ${SMTP_ENV.join(', ')} (environment only)`,
    '  -h, --help',
  ].join('\n');
