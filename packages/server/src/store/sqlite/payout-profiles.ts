import type { PayoutProfileInput } from '@ibusibuk/sdk';
import type * as z from 'zod/mini';
import type { Synchronous } from '../compose.js';
import type { PayoutProfileStore, StoredPayoutProfile } from '../store.js';
import type { SqliteDatabase } from './database.js';
import { iso, json, type Row } from './rows.js';

/** Where a KOL's fees go, kept on her KOL row (one profile, reused across campaigns). */
export function sqlitePayoutProfiles(database: SqliteDatabase): Synchronous<PayoutProfileStore> {
  return {
    getPayoutProfile(kolId) {
      const row = database.sql('SELECT payout_profile FROM kols WHERE id = ?').get(kolId) as Row | undefined;
      return row?.payout_profile ? (JSON.parse(String(row.payout_profile)) as StoredPayoutProfile) : null;
    },
    savePayoutProfile(kolId, profile: z.output<typeof PayoutProfileInput>, at) {
      const stored: StoredPayoutProfile = { details: profile.details, taxId: profile.taxId ?? null, updatedAt: iso(at) };
      database.sql('UPDATE kols SET payout_profile = ? WHERE id = ?').run(json(stored), kolId);
      return stored;
    },
  };
}
