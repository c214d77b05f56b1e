import { isLocale } from '@ibusibuk/sdk';
import { recordEvent } from '../../webhooks/record-event.js';
import type { Synchronous } from '../compose.js';
import type { ClockStore } from '../store.js';
import type { SqliteDatabase } from './database.js';
import { eventOfRow, iso, json, str, strOrNull, type Row } from './rows.js';

/** The campaign clock's part of the SQLite store: reminders, events to tell, KOL contact. */
export function sqliteClock(database: SqliteDatabase): Synchronous<ClockStore> {
  return {
    writeReminder(reminder, event) {
      return database.tx(() => {
        const written = database
          .sql(
            `INSERT INTO reminders (participation_id, deadline, kind, due_at, written_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT DO NOTHING`,
          )
          .run(reminder.participationId, reminder.deadline, reminder.kind, reminder.dueAt, iso(reminder.at));
        if (written.changes === 0) return false;
        recordEvent(database.db, event, reminder.at);
        return true;
      });
    },

    eventsToNotify(limit) {
      const rows = database
        .sql('SELECT id, type, created_at, data FROM events WHERE notified_at IS NULL ORDER BY created_at, rowid LIMIT ?')
        .all(limit) as Row[];
      return rows.map(eventOfRow);
    },

    claimEventsToNotify(limit, now, until) {
      return database.tx(() => {
        const rows = database
          .sql(
            `SELECT id, type, created_at, data FROM events
             WHERE notified_at IS NULL AND (notify_claimed_until IS NULL OR notify_claimed_until < ?)
             ORDER BY created_at, rowid LIMIT ?`,
          )
          .all(iso(now), limit) as Row[];
        const claim = database.sql('UPDATE events SET notify_claimed_until = ? WHERE id = ?');
        for (const row of rows) claim.run(iso(until), row.id);
        return rows.map(eventOfRow);
      });
    },

    releaseEventClaims(eventIds) {
      database.sql('UPDATE events SET notify_claimed_until = NULL WHERE id IN (SELECT value FROM json_each(?))').run(json(eventIds));
    },

    markNotified(eventIds, at) {
      database.sql('UPDATE events SET notified_at = ? WHERE id IN (SELECT value FROM json_each(?))').run(iso(at), json(eventIds));
    },

    kolContact(kolId) {
      const row = database.sql('SELECT email, name, whatsapp, locale, whatsapp_opt_out FROM kols WHERE id = ?').get(kolId) as Row | undefined;
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

    setKolPreferences(kolId, preferences) {
      if (preferences.locale) database.sql('UPDATE kols SET locale = ? WHERE id = ?').run(preferences.locale, kolId);
      if (preferences.whatsapp !== undefined) {
        database.sql('UPDATE kols SET whatsapp_opt_out = ? WHERE id = ?').run(preferences.whatsapp ? 0 : 1, kolId);
      }
    },
  };
}
