import type { Synchronous } from '../compose.js';
import type { IdempotencyOutcome, IdempotencyStore } from '../store.js';
import type { SqliteDatabase } from './database.js';
import { iso, str, type Row } from './rows.js';

/** Idempotency keys and the responses they replay, in SQLite. */
export function sqliteIdempotency(database: SqliteDatabase): Synchronous<IdempotencyStore> {
  return {
    reserveIdempotencyKey(reservation) {
      return database.tx((): IdempotencyOutcome => {
        const now = iso(reservation.now);
        database.sql('DELETE FROM idempotency_keys WHERE expires_at <= ?').run(now);
        const inserted = database
          .sql(
            `INSERT INTO idempotency_keys (scope, key, request_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (scope, key) DO NOTHING`,
          )
          .run(reservation.scope, reservation.key, reservation.requestHash, now, iso(reservation.expiresAt));
        if (inserted.changes > 0) return { state: 'reserved' };
        const row = database
          .sql('SELECT * FROM idempotency_keys WHERE scope = ? AND key = ?')
          .get(reservation.scope, reservation.key) as Row;
        if (row.request_hash !== reservation.requestHash) return { state: 'mismatch' };
        if (row.status == null) return { state: 'in_flight' };
        return {
          state: 'replay',
          response: { status: Number(row.status), body: str(row.body), contentType: str(row.content_type) },
        };
      });
    },

    completeIdempotencyKey(scope, key, response) {
      database
        .sql('UPDATE idempotency_keys SET status = ?, body = ?, content_type = ? WHERE scope = ? AND key = ?')
        .run(response.status, response.body, response.contentType, scope, key);
    },

    releaseIdempotencyKey(scope, key) {
      database.sql('DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND status IS NULL').run(scope, key);
    },
  };
}
