import { type Counters, pgCounters, sqliteCounters } from '../http/rate-limit.js';
import { PgWebhookStore } from '../webhooks/pg-webhook-store.js';
import { SqliteWebhookStore } from '../webhooks/sqlite-webhook-store.js';
import type { WebhookStore } from '../webhooks/webhook-store.js';
import { PgStore } from './postgres-store.js';
import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

/** Whether `db` names a PostgreSQL database rather than a SQLite file. */
export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//.test(db);

/** Everything the server keeps in its database: the store, the webhook rows and the sign-in counters. */
export interface OpenedDatabase {
  store: Store;
  webhooks: WebhookStore;
  counters: Counters;
}

/** Opens `db`: a `postgres://…` URL (migrated on open) or a SQLite file (or `:memory:`). */
export async function openDatabase(db: string): Promise<OpenedDatabase> {
  if (isPostgresUrl(db)) {
    const store = await PgStore.open(db);
    return { store, webhooks: new PgWebhookStore(store.database), counters: await pgCounters(store.database) };
  }
  const store = new SqliteStore(db);
  return { store, webhooks: new SqliteWebhookStore(store.db), counters: sqliteCounters(store.db) };
}
