import Database from 'better-sqlite3';
import type {
  Brief,
  Campaign,
  CampaignStatus,
  Draft,
  HistoryEntry,
  Insight,
  KolProfile,
  Participation,
  Payout,
  Post,
  Stage,
} from '@ibusibuk/sdk';
import { transition } from '@ibusibuk/sdk';
import { invalidTransition, notFound, validationError } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import { newId } from '../ids.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { MIGRATIONS } from './migrations.js';
import type {
  ApiKeyRecord,
  BriefOutput,
  CampaignFields,
  CampaignFilter,
  CodeCheck,
  CodeCheckResult,
  CodeIssue,
  CodeIssueResult,
  IdempotencyOutcome,
  IdempotencyReservation,
  KolProfileOutput,
  NewApplication,
  OutboxRecord,
  Page,
  PageRequest,
  ParticipationFilter,
  ParticipationMove,
  SessionRecord,
  StatusChange,
  Store,
  StoredResponse,
  UploadRecord,
} from './store.js';

type Row = Record<string, unknown>;

const json = (value: unknown): string => JSON.stringify(value);
const parse = <T>(text: unknown): T => JSON.parse(String(text)) as T;
const str = (value: unknown): string => String(value);
const strOrNull = (value: unknown): string | null => (value == null ? null : String(value));

const toUpload = (row: Row): UploadRecord => ({
  id: str(row.id),
  kolId: str(row.kol_id),
  kind: row.kind === 'video' ? 'video' : 'image',
  mimeType: str(row.mime_type),
  size: Number(row.size),
  storageKey: str(row.storage_key),
  createdAt: new Date(str(row.created_at)),
});
const iso = (date: Date): string => date.toISOString();

/** Applies the migrations not yet applied; returns the versions it ran. */
export function migrate(db: Database.Database): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').all().map((row) => Number((row as Row).version)),
  );
  const ran: number[] = [];
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    })();
    ran.push(migration.version);
  }
  return ran;
}

/** The SQLite store (better-sqlite3): synchronous, so each transaction runs without interleaving. */
export class SqliteStore implements Store {
  readonly db: Database.Database;
  /** Prepared statements by SQL text: preparing costs more than running. */
  readonly #statements = new Map<string, Database.Statement>();
  /**
   * Campaign pages by query, kept while the database is unchanged (`#generation`): the public list is
   * read far more often than campaigns change, and reading 21 wide rows costs more than the rest of a request.
   * The pages are shared: callers must not mutate them.
   */
  readonly #campaignPages = new Map<string, Page<Campaign>>();
  #pagesGeneration = '';
  readonly #apiKeys = new Map<string, ApiKeyRecord | null>();
  #apiKeysGeneration = '';
  #changes?: Database.Statement;
  #dataVersion?: Database.Statement;

  constructor(filename: string) {
    this.db = new Database(filename);
    if (filename !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
  }

  #sql(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  /** The same, returning rows as arrays of column values (cached apart: `raw` is a statement's state). */
  #rawSql(sql: string): Database.Statement {
    const key = `raw\0${sql}`;
    let statement = this.#statements.get(key);
    if (!statement) {
      statement = this.db.prepare(sql).raw(true);
      this.#statements.set(key, statement);
    }
    return statement;
  }

  // One wrapper for every transaction: db.transaction() builds a new function with its variants on each call.
  readonly #transaction = (fn: () => unknown) => fn();
  #runInTransaction?: (fn: () => unknown) => unknown;
  #tx<T>(fn: () => T): T {
    this.#runInTransaction ??= this.db.transaction(this.#transaction);
    return this.#runInTransaction(fn) as T;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  isEmpty(): boolean {
    const row = this.#sql('SELECT (SELECT COUNT(*) FROM campaigns) + (SELECT COUNT(*) FROM kols) AS n')
      .get() as Row;
    return Number(row.n) === 0;
  }

  // ── keys ──────────────────────────────────────────────────────────────

  saveApiKey(key: ApiKeyRecord): void {
    this.#sql(
        `INSERT INTO api_keys (hash, kind, label, allowed_origins) VALUES (?, ?, ?, ?)
         ON CONFLICT (hash) DO UPDATE SET kind = excluded.kind, label = excluded.label, allowed_origins = excluded.allowed_origins`,
      )
      .run(key.hash, key.kind, key.label, json(key.allowedOrigins));
  }

  findApiKey(hash: string): ApiKeyRecord | null {
    // Every keyed request asks: kept while the database is unchanged, like the campaign pages.
    const generation = this.#generation();
    if (generation !== this.#apiKeysGeneration) {
      this.#apiKeys.clear();
      this.#apiKeysGeneration = generation;
    }
    const known = this.#apiKeys.get(hash);
    if (known !== undefined) return known;
    const row = this.#sql('SELECT * FROM api_keys WHERE hash = ?').get(hash) as Row | undefined;
    const key = row ? toApiKey(row) : null;
    if (!this.db.inTransaction) {
      if (this.#apiKeys.size >= 1000) this.#apiKeys.clear();
      this.#apiKeys.set(hash, key);
    }
    return key;
  }

  listPublishableKeys(): ApiKeyRecord[] {
    return (this.#sql("SELECT * FROM api_keys WHERE kind = 'publishable'").all() as Row[]).map(toApiKey);
  }

  // ── KOLs and sign-in ──────────────────────────────────────────────────

  getKol(id: string): KolProfile | null {
    const row = this.#sql('SELECT * FROM kols WHERE id = ?').get(id) as Row | undefined;
    return row ? toKol(row) : null;
  }

  findKolByEmail(email: string): KolProfile | null {
    const row = this.#sql('SELECT * FROM kols WHERE email = ?').get(normalizeEmail(email)) as Row | undefined;
    return row ? toKol(row) : null;
  }

  ensureKol(email: string, name: string | null, at: Date): KolProfile {
    return this.#tx(() => {
      const address = normalizeEmail(email);
      this.#sql(
          `INSERT INTO kols (id, email, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (email) DO NOTHING`,
        )
        .run(newId('kol'), address, name, iso(at), iso(at));
      if (name) {
        this.#sql('UPDATE kols SET name = ?, updated_at = ? WHERE email = ? AND name IS NULL').run(name, iso(at), address);
      }
      return this.findKolByEmail(address)!;
    });
  }

  saveKolProfile(kolId: string, profile: KolProfileOutput, at: Date): KolProfile {
    this.#sql(
        `UPDATE kols SET name = ?, whatsapp = ?, city = ?, province = ?, social_accounts = ?, children = ?,
           niches = ?, updated_at = ? WHERE id = ?`,
      )
      .run(
        profile.name,
        profile.whatsapp,
        profile.city,
        profile.province ?? null,
        json(profile.socialAccounts),
        json(profile.children),
        json(profile.niches),
        iso(at),
        kolId,
      );
    const kol = this.getKol(kolId);
    if (!kol) throw notFound(m.kolNotFound);
    return kol;
  }

  createSession(session: SessionRecord): void {
    this.#sql('INSERT INTO sessions (token_hash, kol_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
      .run(session.tokenHash, session.kolId, iso(session.createdAt), iso(session.expiresAt));
  }

  findSession(tokenHash: string, now: Date): SessionRecord | null {
    const row = this.#sql('SELECT * FROM sessions WHERE token_hash = ? AND expires_at > ?')
      .get(tokenHash, iso(now)) as Row | undefined;
    if (!row) return null;
    return {
      tokenHash: str(row.token_hash),
      kolId: str(row.kol_id),
      createdAt: new Date(str(row.created_at)),
      expiresAt: new Date(str(row.expires_at)),
    };
  }

  issueCode(code: CodeIssue): CodeIssueResult {
    return this.#tx((): CodeIssueResult => {
      const email = normalizeEmail(code.email);
      const hourAgo = iso(new Date(code.now.getTime() - 3_600_000));
      const recent = this.#sql('SELECT created_at FROM sign_in_codes WHERE email = ? AND created_at > ? ORDER BY created_at ASC')
        .all(email, hourAgo) as Row[];
      if (recent.length >= code.maxPerHour) {
        const oldest = Date.parse(str(recent[0]!.created_at));
        return { ok: false, retryAfterSeconds: Math.ceil((oldest + 3_600_000 - code.now.getTime()) / 1000) };
      }
      this.#sql("UPDATE sign_in_codes SET state = 'superseded' WHERE email = ? AND state = 'active'").run(email);
      this.#sql('INSERT INTO sign_in_codes (email, code_hash, created_at, expires_at) VALUES (?, ?, ?, ?)')
        .run(email, code.codeHash, iso(code.now), iso(code.expiresAt));
      return { ok: true };
    });
  }

  checkCode(check: CodeCheck): CodeCheckResult {
    return this.#tx((): CodeCheckResult => {
      const email = normalizeEmail(check.email);
      const row = this.#sql("SELECT * FROM sign_in_codes WHERE email = ? AND state IN ('active', 'burned') ORDER BY id DESC LIMIT 1")
        .get(email) as Row | undefined;
      if (!row) return 'missing';
      if (row.state === 'burned') return 'burned';
      if (Date.parse(str(row.expires_at)) <= check.now.getTime()) return 'expired';
      if (row.code_hash === check.codeHash) {
        this.#sql("UPDATE sign_in_codes SET state = 'used' WHERE id = ?").run(row.id);
        return 'ok';
      }
      const attempts = Number(row.attempts) + 1;
      const state = attempts >= check.maxAttempts ? 'burned' : 'active';
      this.#sql('UPDATE sign_in_codes SET attempts = ?, state = ? WHERE id = ?').run(attempts, state, row.id);
      return 'wrong';
    });
  }

  addOutboxMessage(message: OutboxRecord): void {
    this.#sql('INSERT INTO outbox (recipient, subject, body, code, sent_at) VALUES (?, ?, ?, ?, ?)')
      .run(normalizeEmail(message.to), message.subject, message.text, message.code, iso(message.sentAt));
  }

  listOutbox(email: string | null): OutboxRecord[] {
    const rows = (
      email
        ? this.#sql('SELECT * FROM outbox WHERE recipient = ? ORDER BY id DESC LIMIT 100').all(normalizeEmail(email))
        : this.#sql('SELECT * FROM outbox ORDER BY id DESC LIMIT 100').all()
    ) as Row[];
    return rows.map((row) => ({
      to: str(row.recipient),
      subject: str(row.subject),
      text: str(row.body),
      code: strOrNull(row.code),
      sentAt: new Date(str(row.sent_at)),
    }));
  }

  // ── campaigns and briefs ──────────────────────────────────────────────

  createCampaign(campaign: CampaignFields, at: Date): Campaign {
    return this.#tx(() => {
      const id = newId('cmp');
      const brandId = this.#brandId(campaign.brand);
      const created = iso(campaign.createdAt ?? at);
      this.#sql(
          `INSERT INTO campaigns (id, slug, brand_id, title, summary, description, cover_url, status, compensation_type,
             fee, product_description, slots, platforms, deliverables, requirements, timeline, tags, created_at, updated_at)
           VALUES (@id, @slug, @brandId, @title, @summary, @description, @coverUrl, @status, @compensationType,
             @fee, @productDescription, @slots, @platforms, @deliverables, @requirements, @timeline, @tags, @created, @updated)`,
        )
        .run({
          ...campaignColumns(campaign),
          id,
          brandId,
          status: campaign.status ?? 'draft',
          created,
          updated: iso(at),
        });
      return this.getCampaign(id)!;
    });
  }

  updateCampaign(id: string, campaign: CampaignFields, at: Date): Campaign | null {
    return this.#tx(() => {
      const brandId = this.#brandId(campaign.brand);
      const result = this.#sql(
          `UPDATE campaigns SET slug = @slug, brand_id = @brandId, title = @title, summary = @summary,
             description = @description, cover_url = @coverUrl, compensation_type = @compensationType, fee = @fee,
             product_description = @productDescription, slots = @slots, platforms = @platforms,
             deliverables = @deliverables, requirements = @requirements, timeline = @timeline, tags = @tags,
             updated_at = @updated
           WHERE id = @id`,
        )
        .run({ ...campaignColumns(campaign), id, brandId, updated: iso(at) });
      return result.changes === 0 ? null : this.getCampaign(id);
    });
  }

  setCampaignStatus(id: string, from: readonly CampaignStatus[], to: CampaignStatus, at: Date): StatusChange {
    return this.#tx((): StatusChange => {
      const result = this.#sql(
          `UPDATE campaigns SET status = ?, updated_at = ?
           WHERE id = ? AND status IN (SELECT value FROM json_each(?))`,
        )
        .run(to, iso(at), id, json(from));
      const campaign = this.getCampaign(id);
      return result.changes > 0 && campaign ? { ok: true, campaign } : { ok: false, campaign };
    });
  }

  getCampaign(idOrSlug: string): Campaign | null {
    const row = this.#sql(`${CAMPAIGN_SELECT} WHERE c.id = ? OR c.slug = ?`)
      .get(idOrSlug, idOrSlug) as Row | undefined;
    return row ? toCampaign(row) : null;
  }

  slugTaken(slug: string, exceptId?: string): boolean {
    return this.#sql('SELECT 1 FROM campaigns WHERE slug = ? AND id IS NOT ?').get(slug, exceptId ?? null) !== undefined;
  }

  listCampaigns(filter: CampaignFilter, page: PageRequest): Page<Campaign> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.statuses.length > 0) {
      where.push(`c.status IN (${filter.statuses.map(() => '?').join(', ')})`);
      params.push(...filter.statuses);
    }
    if (filter.platform) {
      where.push('EXISTS (SELECT 1 FROM json_each(c.platforms) WHERE value = ?)');
      params.push(filter.platform);
    }
    if (filter.compensation) {
      where.push('c.compensation_type = ?');
      params.push(filter.compensation);
    }
    if (filter.tag) {
      where.push('EXISTS (SELECT 1 FROM json_each(c.tags) WHERE lower(value) = lower(?))');
      params.push(filter.tag.trim());
    }
    if (filter.brand) {
      where.push('b.name_key = ?');
      params.push(brandKey(filter.brand));
    }
    if (filter.q?.trim()) {
      const like = `%${filter.q.trim().toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      where.push("(lower(c.title) LIKE ? ESCAPE '\\' OR lower(c.summary) LIKE ? ESCAPE '\\' OR lower(b.name) LIKE ? ESCAPE '\\')");
      params.push(like, like, like);
    }
    // Inside a transaction a page could show writes that are later rolled back: never cached there.
    const cacheable = !this.db.inTransaction;
    const key = cacheable ? JSON.stringify([where, params, page.limit, page.cursor ?? null]) : '';
    if (cacheable) {
      const generation = this.#generation();
      if (generation !== this.#pagesGeneration) {
        this.#campaignPages.clear();
        this.#pagesGeneration = generation;
      }
      const hit = this.#campaignPages.get(key);
      if (hit) return hit;
    }
    // Rows as arrays: better-sqlite3 builds a 20-key object per row otherwise, which cost more than the query.
    const rows = this.#page(CAMPAIGN_LIST_SELECT, 'c', where, params, page, true) as unknown as unknown[][];
    const result = toPage(rows, page.limit, campaignFromList, (row) => ({ createdAt: str(row[LIST.createdAt]), id: str(row[LIST.id]) }));
    if (cacheable) {
      if (this.#campaignPages.size >= 256) this.#campaignPages.clear();
      this.#campaignPages.set(key, result);
    }
    return result;
  }

  /**
   * Changes since the connection opened (any INSERT/UPDATE/DELETE on it, even rolled back) and
   * commits by other connections: while both stay the same, no table has changed.
   */
  #generation(): string {
    // Two statements: the pragma as a table-valued function in one SELECT costs twice as much.
    this.#changes ??= this.db.prepare('SELECT total_changes()').pluck();
    this.#dataVersion ??= this.db.prepare('PRAGMA data_version').pluck();
    return `${this.#changes.get()}:${this.#dataVersion.get()}`;
  }

  getBrief(campaignId: string): Brief | null {
    const row = this.#sql('SELECT * FROM briefs WHERE campaign_id = ?').get(campaignId) as Row | undefined;
    return row ? toBrief(row) : null;
  }

  putBrief(campaignId: string, brief: BriefOutput, at: Date): Brief {
    return this.#tx(() => {
      this.#sql(
          `INSERT INTO briefs (campaign_id, version, content, updated_at) VALUES (?, 1, ?, ?)
           ON CONFLICT (campaign_id) DO UPDATE SET version = version + 1, content = excluded.content,
             updated_at = excluded.updated_at`,
        )
        .run(campaignId, json(brief), iso(at));
      return this.getBrief(campaignId)!;
    });
  }

  // ── participations ────────────────────────────────────────────────────

  createApplication(input: NewApplication): Participation | null {
    return this.#tx(() => {
      const id = newId('par');
      const at = iso(input.at);
      const result = this.#sql(
          `INSERT INTO participations (id, campaign_id, kol_id, stage, application, created_at, updated_at)
           VALUES (?, ?, ?, 'applied', ?, ?, ?) ON CONFLICT (campaign_id, kol_id) DO NOTHING`,
        )
        .run(id, input.campaignId, input.kolId, json(input.application), at, at);
      if (result.changes === 0) return null;
      this.#appendHistory(id, {
        from: null,
        to: 'applied',
        action: 'apply',
        actor: { role: 'kol', id: input.kolId },
        note: null,
        at,
      });
      this.saveKolProfile(input.kolId, input.profile, input.at);
      return this.getParticipation(id);
    });
  }

  getParticipation(id: string): Participation | null {
    const row = this.#sql('SELECT * FROM participations WHERE id = ?').get(id) as Row | undefined;
    return row ? this.#toParticipations([row])[0]! : null;
  }

  listParticipations(filter: ParticipationFilter, page: PageRequest): Page<Participation> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.kolId) {
      where.push('p.kol_id = ?');
      params.push(filter.kolId);
    }
    if (filter.campaignId) {
      where.push('p.campaign_id = ?');
      params.push(filter.campaignId);
    }
    if (filter.stage) {
      where.push('p.stage = ?');
      params.push(filter.stage);
    }
    const rows = this.#page('SELECT p.* FROM participations p', 'p', where, params, page);
    const listed = toPage(rows, page.limit, (row) => row);
    return { ...listed, data: this.#toParticipations(listed.data) };
  }

  moveParticipation(id: string, move: ParticipationMove): Participation {
    return this.#tx(() => {
      const current = this.getParticipation(id);
      if (!current || (move.kolId !== undefined && current.kolId !== move.kolId)) {
        throw notFound(m.participationNotFound);
      }
      const to = transition(current.stage, move.action, move.actor.role);
      if (to === null) throw invalidTransition(m.invalidTransition(current.stage, move.action));
      const change = move.change?.(current) ?? {};
      if (change.slot === 'fill') {
        const filled = this.#sql('UPDATE campaigns SET slots_filled = slots_filled + 1 WHERE id = ? AND slots_filled < slots')
          .run(current.campaignId);
        if (filled.changes === 0) {
          const slots = Number((this.#sql('SELECT slots FROM campaigns WHERE id = ?').get(current.campaignId) as Row).slots);
          throw invalidTransition(m.campaignFull(slots));
        }
      } else if (change.slot === 'release') {
        this.#sql('UPDATE campaigns SET slots_filled = slots_filled - 1 WHERE id = ? AND slots_filled > 0')
          .run(current.campaignId);
      }
      const at = iso(move.at);
      const updated = this.#sql(
          `UPDATE participations SET stage = @to, drafts = @drafts, post = @post, insights = @insights,
             payout = @payout, updated_at = @at
           WHERE id = @id AND stage = @from`,
        )
        .run({
          id,
          from: current.stage,
          to,
          drafts: json(change.drafts ?? current.drafts),
          post: change.post !== undefined ? jsonOrNull(change.post) : jsonOrNull(current.post),
          insights: json(change.insights ?? current.insights),
          payout: change.payout !== undefined ? jsonOrNull(change.payout) : jsonOrNull(current.payout),
          at,
        });
      // Someone else moved it first: this move is no longer legal, and the transaction rolls back.
      if (updated.changes === 0) throw invalidTransition(m.invalidTransition(current.stage, move.action));
      this.#appendHistory(id, { from: current.stage, to, action: move.action, actor: move.actor, note: move.note, at });
      return this.getParticipation(id)!;
    });
  }

  // ── uploads ───────────────────────────────────────────────────────────

  createUpload(upload: UploadRecord): void {
    this.#sql(
        `INSERT INTO uploads (id, kol_id, kind, mime_type, size, storage_key, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(upload.id, upload.kolId, upload.kind, upload.mimeType, upload.size, upload.storageKey, iso(upload.createdAt));
  }

  getUpload(id: string): UploadRecord | null {
    const row = this.#sql('SELECT * FROM uploads WHERE id = ?').get(id) as Row | undefined;
    return row ? toUpload(row) : null;
  }

  deleteUnattachedUploads(createdBefore: Date): UploadRecord[] {
    return this.#tx(() => {
      // Upload ids are random and quoted in the stored JSON, so a text search finds exactly the ones named.
      const rows = this.#sql(
        `SELECT * FROM uploads u
         WHERE u.created_at < ?
           AND NOT EXISTS (
             SELECT 1 FROM participations p
             WHERE p.kol_id = u.kol_id
               AND (instr(p.drafts, '"' || u.id || '"') > 0 OR instr(p.insights, '"' || u.id || '"') > 0))`,
      ).all(iso(createdBefore)) as Row[];
      for (const row of rows) this.#sql('DELETE FROM uploads WHERE id = ?').run(row.id);
      return rows.map(toUpload);
    });
  }

  // ── idempotency ───────────────────────────────────────────────────────

  reserveIdempotencyKey(reservation: IdempotencyReservation): IdempotencyOutcome {
    return this.#tx((): IdempotencyOutcome => {
      const now = iso(reservation.now);
      this.#sql('DELETE FROM idempotency_keys WHERE expires_at <= ?').run(now);
      const inserted = this.#sql(
          `INSERT INTO idempotency_keys (scope, key, request_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (scope, key) DO NOTHING`,
        )
        .run(reservation.scope, reservation.key, reservation.requestHash, now, iso(reservation.expiresAt));
      if (inserted.changes > 0) return { state: 'reserved' };
      const row = this.#sql('SELECT * FROM idempotency_keys WHERE scope = ? AND key = ?')
        .get(reservation.scope, reservation.key) as Row;
      if (row.request_hash !== reservation.requestHash) return { state: 'mismatch' };
      if (row.status == null) return { state: 'in_flight' };
      return {
        state: 'replay',
        response: { status: Number(row.status), body: str(row.body), contentType: str(row.content_type) },
      };
    });
  }

  completeIdempotencyKey(scope: string, key: string, response: StoredResponse): void {
    this.#sql('UPDATE idempotency_keys SET status = ?, body = ?, content_type = ? WHERE scope = ? AND key = ?')
      .run(response.status, response.body, response.contentType, scope, key);
  }

  releaseIdempotencyKey(scope: string, key: string): void {
    this.#sql('DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND status IS NULL').run(scope, key);
  }

  // ── internals ─────────────────────────────────────────────────────────

  #brandId(brand: { name: string; logoUrl: string | null }): string {
    const key = brandKey(brand.name);
    this.#sql('INSERT INTO brands (id, name, name_key, logo_url) VALUES (?, ?, ?, ?) ON CONFLICT (name_key) DO NOTHING')
      .run(newId('brd'), brand.name.trim(), key, brand.logoUrl);
    if (brand.logoUrl) this.#sql('UPDATE brands SET logo_url = ? WHERE name_key = ?').run(brand.logoUrl, key);
    return str((this.#sql('SELECT id FROM brands WHERE name_key = ?').get(key) as Row).id);
  }

  /** One newest-first page: keyset pagination on (created_at, id), one row more than asked to learn `hasMore`. */
  #page(select: string, alias: string, where: string[], params: unknown[], page: PageRequest, raw = false): Row[] {
    const conditions = [...where];
    const values = [...params];
    if (page.cursor !== undefined) {
      const cursor = decodeCursor(page.cursor);
      if (!cursor) throw validationError({ cursor: m.invalidCursor });
      // A row-value comparison lets SQLite seek the (created_at, id) index; the
      // equivalent OR form makes it scan every row before the cursor.
      conditions.push(`(${alias}.created_at, ${alias}.id) < (?, ?)`);
      values.push(cursor.createdAt, cursor.id);
    }
    const sql = `${select} ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
      ORDER BY ${alias}.created_at DESC, ${alias}.id DESC LIMIT ?`;
    const statement = raw ? this.#rawSql(sql) : this.#sql(sql);
    return statement.all(...values, page.limit + 1) as Row[];
  }

  #appendHistory(participationId: string, entry: HistoryEntry): void {
    this.#sql(
        `INSERT INTO participation_history (participation_id, from_stage, to_stage, action, actor_role, actor_id, note, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(participationId, entry.from, entry.to, entry.action, entry.actor.role, entry.actor.id, entry.note, entry.at);
  }

  /** Participations with their history, read in one query however many there are. */
  #toParticipations(rows: Row[]): Participation[] {
    if (rows.length === 0) return [];
    const histories = new Map<string, HistoryEntry[]>();
    const entries = this.#sql(
      `SELECT * FROM participation_history WHERE participation_id IN (SELECT value FROM json_each(?)) ORDER BY id ASC`,
    ).all(json(rows.map((row) => row.id))) as Row[];
    for (const h of entries) {
      const list = histories.get(str(h.participation_id)) ?? [];
      list.push({
        from: strOrNull(h.from_stage) as Stage | null,
        to: str(h.to_stage) as Stage,
        action: str(h.action),
        actor: { role: h.actor_role === 'officer' ? 'officer' : 'kol', id: str(h.actor_id) },
        note: strOrNull(h.note),
        at: str(h.at),
      });
      histories.set(str(h.participation_id), list);
    }
    return rows.map((row) => toParticipation(row, histories.get(str(row.id)) ?? []));
  }
}

function toParticipation(row: Row, history: HistoryEntry[]): Participation {
  return {
    id: str(row.id),
    object: 'participation',
    campaignId: str(row.campaign_id),
    kolId: str(row.kol_id),
    stage: str(row.stage) as Stage,
    application: parse(row.application),
    drafts: parse<Draft[]>(row.drafts),
    post: row.post == null ? null : parse<Post>(row.post),
    insights: parse<Insight[]>(row.insights),
    payout: row.payout == null ? null : parse<Payout>(row.payout),
    history,
    createdAt: str(row.created_at),
    updatedAt: str(row.updated_at),
  };
}

const CAMPAIGN_SELECT = `SELECT c.*, b.id AS brand_id, b.name AS brand_name, b.logo_url AS brand_logo_url
  FROM campaigns c JOIN brands b ON b.id = c.brand_id`;

/** The list's columns, read by position (`LIST`) from raw rows. */
const LIST_COLUMNS = [
  'c.id', 'c.slug', 'b.id', 'b.name', 'b.logo_url', 'c.title', 'c.summary', 'c.description', 'c.cover_url',
  'c.platforms', 'c.deliverables', 'c.compensation_type', 'c.fee', 'c.product_description', 'c.slots',
  'c.slots_filled', 'c.requirements', 'c.timeline', 'c.tags', 'c.status', 'c.created_at', 'c.updated_at',
] as const;
const LIST = {
  id: 0, slug: 1, brandId: 2, brandName: 3, brandLogoUrl: 4, title: 5, summary: 6, description: 7, coverUrl: 8,
  platforms: 9, deliverables: 10, compensationType: 11, fee: 12, productDescription: 13, slots: 14,
  slotsFilled: 15, requirements: 16, timeline: 17, tags: 18, status: 19, createdAt: 20, updatedAt: 21,
} as const;
const CAMPAIGN_LIST_SELECT = `SELECT ${LIST_COLUMNS.join(', ')} FROM campaigns c JOIN brands b ON b.id = c.brand_id`;

/** `toCampaign` for a raw row of `CAMPAIGN_LIST_SELECT`. */
function campaignFromList(row: unknown[]): Campaign {
  return {
    id: str(row[LIST.id]),
    object: 'campaign',
    slug: str(row[LIST.slug]),
    brand: { id: str(row[LIST.brandId]), name: str(row[LIST.brandName]), logoUrl: strOrNull(row[LIST.brandLogoUrl]) },
    title: str(row[LIST.title]),
    summary: str(row[LIST.summary]),
    description: str(row[LIST.description]),
    coverUrl: strOrNull(row[LIST.coverUrl]),
    platforms: parse(row[LIST.platforms]),
    deliverables: parse(row[LIST.deliverables]),
    compensation: {
      type: str(row[LIST.compensationType]) as Campaign['compensation']['type'],
      fee: Number(row[LIST.fee]),
      productDescription: strOrNull(row[LIST.productDescription]),
    },
    slots: Number(row[LIST.slots]),
    slotsFilled: Number(row[LIST.slotsFilled]),
    requirements: parse(row[LIST.requirements]),
    timeline: parse(row[LIST.timeline]),
    tags: parse(row[LIST.tags]),
    status: str(row[LIST.status]) as CampaignStatus,
    createdAt: str(row[LIST.createdAt]),
    updatedAt: str(row[LIST.updatedAt]),
  };
}

const jsonOrNull = (value: unknown): string | null => (value == null ? null : json(value));

const normalizeEmail = (email: string): string => email.trim().toLowerCase();

const brandKey = (name: string): string => name.trim().toLocaleLowerCase('id').replace(/\s+/g, ' ');

function campaignColumns(campaign: CampaignFields) {
  return {
    slug: campaign.slug,
    title: campaign.title,
    summary: campaign.summary,
    description: campaign.description,
    coverUrl: campaign.coverUrl,
    compensationType: campaign.compensation.type,
    fee: campaign.compensation.fee,
    productDescription: campaign.compensation.productDescription,
    slots: campaign.slots,
    platforms: json(campaign.platforms),
    deliverables: json(campaign.deliverables),
    requirements: json(campaign.requirements),
    timeline: json(campaign.timeline),
    tags: json(campaign.tags),
  };
}

const rowPosition = (row: Row) => ({ createdAt: str(row.created_at), id: str(row.id) });

function toPage<R, T>(rows: R[], limit: number, map: (row: R) => T, position: (row: R) => { createdAt: string; id: string } = rowPosition as never): Page<T> {
  const hasMore = rows.length > limit;
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  return {
    data: kept.map(map),
    hasMore,
    nextCursor: hasMore && last ? encodeCursor(position(last)) : null,
  };
}

function toApiKey(row: Row): ApiKeyRecord {
  return {
    hash: str(row.hash),
    kind: row.kind === 'secret' ? 'secret' : 'publishable',
    label: str(row.label),
    allowedOrigins: parse<string[]>(row.allowed_origins),
  };
}

function toKol(row: Row): KolProfile {
  return {
    id: str(row.id),
    object: 'kol',
    email: str(row.email),
    name: strOrNull(row.name),
    whatsapp: strOrNull(row.whatsapp),
    city: strOrNull(row.city),
    province: strOrNull(row.province),
    socialAccounts: parse(row.social_accounts),
    children: parse(row.children),
    niches: parse(row.niches),
  };
}

function toCampaign(row: Row): Campaign {
  return {
    id: str(row.id),
    object: 'campaign',
    slug: str(row.slug),
    brand: { id: str(row.brand_id), name: str(row.brand_name), logoUrl: strOrNull(row.brand_logo_url) },
    title: str(row.title),
    summary: str(row.summary),
    description: str(row.description),
    coverUrl: strOrNull(row.cover_url),
    platforms: parse(row.platforms),
    deliverables: parse(row.deliverables),
    compensation: {
      type: str(row.compensation_type) as Campaign['compensation']['type'],
      fee: Number(row.fee),
      productDescription: strOrNull(row.product_description),
    },
    slots: Number(row.slots),
    slotsFilled: Number(row.slots_filled),
    requirements: parse(row.requirements),
    timeline: parse(row.timeline),
    tags: parse(row.tags),
    status: str(row.status) as CampaignStatus,
    createdAt: str(row.created_at),
    updatedAt: str(row.updated_at),
  };
}

function toBrief(row: Row): Brief {
  return {
    object: 'brief',
    campaignId: str(row.campaign_id),
    version: Number(row.version),
    ...parse<BriefOutput>(row.content),
    updatedAt: str(row.updated_at),
  };
}
