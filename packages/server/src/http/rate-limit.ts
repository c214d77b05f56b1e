import type { IncomingMessage } from 'node:http';
import type Database from 'better-sqlite3';
import type { MiddlewareHandler } from 'hono';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, RateLimiterSQLite } from 'rate-limiter-flexible';
import type { Clock } from '../clock.js';
import { sweepSignInCodesHourly } from '../domain/code-expiry.js';
import { rateLimited } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import type { PgDatabase } from '../store/postgres/database.js';
import type { Store } from '../store/store.js';
import type { AppEnv } from './env.js';

/** So many requests per so many seconds. */
export interface Quota {
  points: number;
  durationSeconds: number;
}

/** The sign-in routes' limits, besides the per-email ones the routes keep (5 codes an hour, 5 wrong attempts). */
export interface SignInLimits {
  /** `POST /v1/auth/codes` from one client address (an IPv6 address counts by its /64). */
  codesPerAddress: Quota;
  /** `POST /v1/auth/sessions` (code checks) from one client address. */
  checksPerAddress: Quota;
  /** `POST /v1/auth/codes` from everyone: the ceiling on mail sent and rows written. */
  codesOverall: Quota;
}

/**
 * Mobile carriers in Indonesia put many subscribers behind one address (carrier-grade NAT), so the
 * per-address limits leave room for a few dozen people signing in at once; the overall one caps a
 * spread-out flood (the probe issued 2,500 codes in 10 s).
 */
export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  codesPerAddress: { points: 10, durationSeconds: 15 * 60 },
  checksPerAddress: { points: 30, durationSeconds: 15 * 60 },
  codesOverall: { points: 300, durationSeconds: 60 },
};

/** A dev server prints every code in a public outbox anyway; its limits only stop runaway loops. */
const DEV_FACTOR = 50;

/** One counter: `consume` resolves while under its quota and rejects with a RateLimiterRes past it. */
export interface Counter {
  consume(key: string): Promise<RateLimiterRes>;
}

/**
 * Where the counters live. SQLite: the server's own database, so every process on the same file
 * shares them; a PostgreSQL store passes a factory over rate-limiter-flexible's RateLimiterPostgres.
 */
export interface Counters {
  counter(name: string, quota: Quota): Counter;
  /** Forgets windows that ended (the SQLite table would otherwise keep one row per address ever seen). */
  clearExpired(): void;
}

const RATE_LIMIT_TABLE = 'rate_limits';

/** Counters in the server's SQLite database (the table rate-limiter-flexible's SQLite store reads). */
export function sqliteCounters(db: Database.Database): Counters {
  db.exec(`CREATE TABLE IF NOT EXISTS ${RATE_LIMIT_TABLE} (key TEXT PRIMARY KEY, points INTEGER NOT NULL DEFAULT 0, expire INTEGER)`);
  return {
    counter: (name, quota) =>
      new RateLimiterSQLite({
        storeClient: db,
        storeType: 'better-sqlite3',
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        keyPrefix: name,
        points: quota.points,
        duration: quota.durationSeconds,
      }),
    clearExpired: () => {
      if (db.open) db.prepare(`DELETE FROM ${RATE_LIMIT_TABLE} WHERE expire < ?`).run(Date.now());
    },
  };
}

/** Counters in the PostgreSQL database (rate-limiter-flexible's Postgres store): every process sees the same counts. */
export async function pgCounters(database: PgDatabase): Promise<Counters> {
  // The table rate-limiter-flexible would create, made here so no request comes before it exists.
  await database.query(
    `CREATE TABLE IF NOT EXISTS ${RATE_LIMIT_TABLE} (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
  );
  return {
    counter: (name, quota) =>
      new RateLimiterPostgres({
        storeClient: database.pool,
        storeType: 'pool',
        tableName: RATE_LIMIT_TABLE,
        ...(database.schema ? { schemaName: database.schema } : {}),
        tableCreated: true,
        // Expired rows are deleted by clearExpired below, on the sign-in sweep; no timer of its own.
        clearExpiredByTimeout: false,
        keyPrefix: name,
        points: quota.points,
        duration: quota.durationSeconds,
      }),
    clearExpired: () => {
      database.query(`DELETE FROM ${RATE_LIMIT_TABLE} WHERE expire < ?`, [Date.now()]).catch(() => {});
    },
  };
}

/** Counters in this process only: tests, or a single process with no shared database. */
export function memoryCounters(): Counters {
  return {
    counter: (name, quota) => new RateLimiterMemory({ keyPrefix: name, points: quota.points, duration: quota.durationSeconds }),
    clearExpired: () => {},
  };
}

/**
 * The client's address: the socket's peer, or with `trustProxy` (how many proxies of ours stand in
 * front) the X-Forwarded-For entry that many hops from the right, which our nearest proxy wrote.
 * Entries further left are whatever the client sent, so they are never read.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trustProxy: boolean | number = false): string {
  const hops = trustProxy === true ? 1 : trustProxy === false ? 0 : Math.max(0, Math.floor(trustProxy));
  let address = socketAddress ?? 'unknown';
  if (hops > 0 && forwardedFor) {
    const chain = forwardedFor.split(',').map((entry) => entry.trim()).filter(Boolean);
    address = chain[chain.length - hops] ?? chain[0] ?? address;
  }
  return addressKey(address);
}

/** IPv4 as is; IPv6 by its /64 (one subscriber's whole prefix); IPv4-mapped IPv6 as IPv4. */
export function addressKey(address: string): string {
  const plain = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped) return mapped[1]!;
  if (!plain.includes(':')) return plain;
  const [head = '', tail = ''] = plain.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = plain.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

export interface SignInRateLimitOptions {
  counters: Counters;
  /** Sign-in codes older than a day are deleted, at most once an hour, by these. */
  store: Store;
  clock: Clock;
  /** Dev servers get limits 50 times looser unless `limits` are given. */
  dev?: boolean;
  limits?: Partial<SignInLimits>;
  /** How many proxies of ours add X-Forwarded-For; default none (the socket's address). */
  trustProxy?: boolean | number;
}

/**
 * Limits `POST /v1/auth/codes` and `POST /v1/auth/sessions` per client address and overall:
 * 429 `rate_limited` with Retry-After. It reads no body, so it can run before authentication.
 * Windows are wall-clock time, not the campaign's clock (which a dev server can move forward).
 */
export function signInRateLimit(options: SignInRateLimitOptions): MiddlewareHandler<AppEnv> {
  const factor = options.dev && !options.limits ? DEV_FACTOR : 1;
  const limits = { ...DEFAULT_SIGN_IN_LIMITS, ...options.limits };
  const scaled = (quota: Quota): Quota => ({ points: quota.points * factor, durationSeconds: quota.durationSeconds });
  const { counters } = options;
  const codesPerAddress = counters.counter('signin:codes:address', scaled(limits.codesPerAddress));
  const checksPerAddress = counters.counter('signin:checks:address', scaled(limits.checksPerAddress));
  const codesOverall = counters.counter('signin:codes:all', scaled(limits.codesOverall));
  const sweep = sweepSignInCodesHourly(options.store, options.clock, () => counters.clearExpired());

  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const path = c.req.path.replace(/\/+$/, '');
    const isCodes = path === '/v1/auth/codes';
    if (!isCodes && path !== '/v1/auth/sessions') return next();
    sweep();
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    const address = clientAddress(incoming?.socket.remoteAddress, c.req.header('x-forwarded-for'), options.trustProxy);
    const refused = isCodes
      ? ((await spend(codesPerAddress, address)) ?? (await spend(codesOverall, 'all')))
      : await spend(checksPerAddress, address);
    if (refused) throw rateLimited(refused.msBeforeNext / 1000, m.tooManyFromAddress);
    return next();
  };
}

/** Takes a point; the counter's state when it refuses, null when allowed. */
async function spend(counter: Counter, key: string): Promise<RateLimiterRes | null> {
  try {
    await counter.consume(key);
    return null;
  } catch (outcome) {
    if (outcome instanceof RateLimiterRes) return outcome;
    throw outcome;
  }
}
