import type Database from 'better-sqlite3';
import { composedOf, promised } from './compose.js';
import { sqliteAccess } from './sqlite/access.js';
import { sqliteCampaigns } from './sqlite/campaigns.js';
import { sqliteClock } from './sqlite/clock.js';
import { sqlitePayoutProfiles } from './sqlite/payout-profiles.js';
import { SqliteDatabase } from './sqlite/database.js';
import { sqliteIdempotency } from './sqlite/idempotency.js';
import { sqliteParticipations } from './sqlite/participations.js';
import { sqliteUploads } from './sqlite/uploads.js';
import type { Store } from './store.js';

export { migrate } from './sqlite/database.js';

/** The SQLite store: one connection shared by one part per entity (`sqlite/`). */
export class SqliteStore extends composedOf<Store>() implements Store {
  readonly db: Database.Database;

  constructor(filename: string) {
    const database = new SqliteDatabase(filename);
    // Each part's methods run synchronously (one transaction each, never interleaved) behind promises.
    super(
      promised<Store>({
        ...sqliteAccess(database),
        ...sqliteCampaigns(database),
        ...sqliteParticipations(database),
        ...sqliteUploads(database),
        ...sqliteIdempotency(database),
        ...sqliteClock(database),
        ...sqlitePayoutProfiles(database),
        isEmpty: () => {
          const row = database.sql('SELECT (SELECT COUNT(*) FROM campaigns) + (SELECT COUNT(*) FROM kols) AS n').get() as { n: number };
          return Number(row.n) === 0;
        },
        close: () => database.close(),
      }),
    );
    this.db = database.db;
  }
}
