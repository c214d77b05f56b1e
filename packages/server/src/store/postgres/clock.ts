import { isLocale } from '@ibusibuk/sdk';
import { eventOfRow, iso, str, strOrNull } from '../sqlite/rows.js';
import type { ClockStore } from '../store.js';
import type { PgDatabase } from './database.js';
import { recordPgEvent } from './events.js';

/** The campaign clock's part of the PostgreSQL store: reminders, events to tell, KOL contact. */
export function pgClock(database: PgDatabase): ClockStore {
  return {
    writeReminder(reminder, event) {
      return database.tx(async (q) => {
        // The primary key makes a reminder happen once, whichever process's clock wrote it first.
        const written = await q.query(
          `INSERT INTO reminders (participation_id, deadline, kind, due_at, written_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT DO NOTHING`,
          [reminder.participationId, reminder.deadline, reminder.kind, reminder.dueAt, iso(reminder.at)],
        );
        if (written.rowCount === 0) return false;
        await recordPgEvent(q, event, reminder.at);
        return true;
      });
    },

    async eventsToNotify(limit) {
      const { rows } = await database.query(
        'SELECT id, type, created_at, data FROM events WHERE notified_at IS NULL ORDER BY created_at, seq LIMIT ?',
        [limit],
      );
      return rows.map(eventOfRow);
    },

    async claimEventsToNotify(limit, now, until) {
      // SKIP LOCKED: two processes claiming at once take different events, neither waits.
      const { rows } = await database.query(
        `UPDATE events SET notify_claimed_until = ?
         WHERE seq IN (
           SELECT seq FROM events
           WHERE notified_at IS NULL AND (notify_claimed_until IS NULL OR notify_claimed_until < ?)
           ORDER BY created_at, seq LIMIT ? FOR UPDATE SKIP LOCKED)
         RETURNING seq, id, type, created_at, data`,
        [iso(until), iso(now), limit],
      );
      // RETURNING keeps no order: oldest first again.
      rows.sort((a, b) => str(a.created_at).localeCompare(str(b.created_at)) || Number(a.seq) - Number(b.seq));
      return rows.map(eventOfRow);
    },

    async releaseEventClaims(eventIds) {
      await database.query('UPDATE events SET notify_claimed_until = NULL WHERE id = ANY(?)', [[...eventIds]]);
    },

    async markNotified(eventIds, at) {
      await database.query('UPDATE events SET notified_at = ? WHERE id = ANY(?)', [iso(at), [...eventIds]]);
    },

    async kolContact(kolId) {
      const row = (await database.query('SELECT email, name, whatsapp, locale, whatsapp_opt_out FROM kols WHERE id = ?', [kolId])).rows[0];
      if (!row) return null;
      const locale = strOrNull(row.locale);
      return {
        email: str(row.email),
        name: strOrNull(row.name),
        whatsapp: strOrNull(row.whatsapp),
        locale: locale && isLocale(locale) ? locale : 'id',
        whatsappOptOut: Number(row.whatsapp_opt_out) === 1,
      };
    },

    async setKolPreferences(kolId, preferences) {
      if (preferences.locale) await database.query('UPDATE kols SET locale = ? WHERE id = ?', [preferences.locale, kolId]);
      if (preferences.whatsapp !== undefined) {
        await database.query('UPDATE kols SET whatsapp_opt_out = ? WHERE id = ?', [preferences.whatsapp ? 0 : 1, kolId]);
      }
    },
  };
}
