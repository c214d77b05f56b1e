import { composedOf } from './compose.js';
import { pgAccess } from './postgres/access.js';
import { pgCampaigns } from './postgres/campaigns.js';
import { pgClock } from './postgres/clock.js';
import { PgDatabase } from './postgres/database.js';
import { pgIdempotency } from './postgres/idempotency.js';
import { pgParticipations } from './postgres/participations.js';
import { pgPayoutProfiles } from './postgres/payout-profiles.js';
import { pgUploads } from './postgres/uploads.js';
import type { Store } from './store.js';

/** The PostgreSQL store: one pool shared by one part per entity (`postgres/`); several processes may share its database. */
export class PgStore extends composedOf<Store>() implements Store {
  readonly database: PgDatabase;

  private constructor(database: PgDatabase) {
    super({
      ...pgAccess(database),
      ...pgCampaigns(database),
      ...pgParticipations(database),
      ...pgUploads(database),
      ...pgIdempotency(database),
      ...pgClock(database),
      ...pgPayoutProfiles(database),
      isEmpty: async () => {
        const row = (await database.query('SELECT (SELECT COUNT(*) FROM campaigns) + (SELECT COUNT(*) FROM kols) AS n')).rows[0]!;
        return Number(row.n) === 0;
      },
      close: () => database.close(),
    });
    this.database = database;
  }

  /** Connects to `url` (`postgres://…`, optionally `?schema=name`) and applies the migrations not yet applied. */
  static async open(url: string): Promise<PgStore> {
    const database = new PgDatabase(url);
    await database.migrate();
    return new PgStore(database);
  }
}
