import { iso, str } from '../sqlite/rows.js';
import type { IdempotencyOutcome, IdempotencyStore } from '../store.js';
import type { PgDatabase } from './database.js';

/** Idempotency keys and the responses they replay, in PostgreSQL (shared by every process). */
export function pgIdempotency(database: PgDatabase): IdempotencyStore {
  return {
    reserveIdempotencyKey(reservation) {
      return database.tx(async (q): Promise<IdempotencyOutcome> => {
        const now = iso(reservation.now);
        await q.query('DELETE FROM idempotency_keys WHERE expires_at <= ?', [now]);
        const inserted = await q.query(
          `INSERT INTO idempotency_keys (scope, key, request_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (scope, key) DO NOTHING`,
          [reservation.scope, reservation.key, reservation.requestHash, now, iso(reservation.expiresAt)],
        );
        if (inserted.rowCount > 0) return { state: 'reserved' };
        const row = (await q.query('SELECT * FROM idempotency_keys WHERE scope = ? AND key = ?', [reservation.scope, reservation.key])).rows[0];
        // Released by its first sender between our insert and this read: it is free again, but this request must be sent once more.
        if (!row) return { state: 'in_flight' };
        if (row.request_hash !== reservation.requestHash) return { state: 'mismatch' };
        if (row.status == null) return { state: 'in_flight' };
        return { state: 'replay', response: { status: Number(row.status), body: str(row.body), contentType: str(row.content_type) } };
      });
    },

    async completeIdempotencyKey(scope, key, response) {
      await database.query('UPDATE idempotency_keys SET status = ?, body = ?, content_type = ? WHERE scope = ? AND key = ?', [
        response.status,
        response.body,
        response.contentType,
        scope,
        key,
      ]);
    },

    async releaseIdempotencyKey(scope, key) {
      await database.query('DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND status IS NULL', [scope, key]);
    },
  };
}
