import { iso, json } from '../sqlite/rows.js';
import type { PayoutProfileStore, StoredPayoutProfile } from '../store.js';
import type { PgDatabase } from './database.js';

/** Where a KOL's fees go, kept on her KOL row (one profile, reused across campaigns). */
export function pgPayoutProfiles(database: PgDatabase): PayoutProfileStore {
  return {
    async getPayoutProfile(kolId) {
      const row = (await database.query('SELECT payout_profile FROM kols WHERE id = ?', [kolId])).rows[0];
      return row?.payout_profile ? (JSON.parse(String(row.payout_profile)) as StoredPayoutProfile) : null;
    },
    async savePayoutProfile(kolId, profile, at) {
      const stored: StoredPayoutProfile = { details: profile.details, taxId: profile.taxId ?? null, updatedAt: iso(at) };
      await database.query('UPDATE kols SET payout_profile = ? WHERE id = ?', [json(stored), kolId]);
      return stored;
    },
  };
}
