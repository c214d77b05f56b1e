import type Database from 'better-sqlite3';
import type { Event, WebhookDelivery, WebhookEndpoint } from '@ibusibuk/sdk';
import { validationError } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import { randomText } from '../ids.js';
import type { PageBody } from '@ibusibuk/sdk';
import type { PageRequest } from '../store/store.js';
import { newWebhookSecret } from './signing.js';
import { statements } from './statements.js';
import type {
  AttemptResult,
  DueDelivery,
  EventFilter,
  NewWebhookEndpoint,
  WebhookEndpointChange,
  WebhookScope,
  WebhookStore,
} from './webhook-store.js';

type Row = Record<string, unknown>;

export const newEndpointId = (): string => `we_${randomText(24)}`;

const iso = (date: Date): string => date.toISOString();
export const RESPONSE_BODY_LIMIT = 2_000;

export const toEndpoint = (row: Row): WebhookEndpoint => ({
  id: String(row.id),
  object: 'webhook_endpoint',
  url: String(row.url),
  events: JSON.parse(String(row.events)) as string[],
  description: row.description == null ? null : String(row.description),
  status: row.status === 'disabled' ? 'disabled' : 'enabled',
  createdAt: String(row.created_at),
});

export const toEvent = (row: Row): Event =>
  ({
    id: String(row.id),
    object: 'event',
    type: String(row.type),
    createdAt: String(row.created_at),
    data: JSON.parse(String(row.data)) as unknown,
  }) as Event;

export const toDelivery = (row: Row): WebhookDelivery => ({
  id: String(row.id),
  object: 'webhook_delivery',
  eventId: String(row.event_id),
  endpointId: String(row.endpoint_id),
  attempt: Number(row.attempt),
  status: row.status as WebhookDelivery['status'],
  responseStatus: row.response_status == null ? null : Number(row.response_status),
  error: row.error == null ? null : String(row.error),
  attemptedAt: row.attempted_at == null ? null : String(row.attempted_at),
  nextAttemptAt: row.status === 'pending' && row.next_attempt_at != null ? String(row.next_attempt_at) : null,
});

// Lists page by the table's `seq` (insertion order), newest first; the cursor is opaque.
export const encodeSeq = (seq: number): string => Buffer.from(`seq:${seq}`).toString('base64url');
export function decodeSeq(cursor: string): number {
  const match = /^seq:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw validationError({ cursor: m.invalidCursor });
  return Number(match[1]);
}

/** The webhook store on the server's SQLite database (tables of migration 2). */
export class SqliteWebhookStore implements WebhookStore {
  readonly #db: Database.Database;
  readonly #sql: (sql: string) => Database.Statement;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#sql = statements(db);
  }

  async createEndpoint(input: NewWebhookEndpoint, at: Date): Promise<WebhookEndpoint & { secret: string }> {
    const id = newEndpointId();
    const secret = newWebhookSecret();
    this.#sql(
      `INSERT INTO webhook_endpoints (id, url, events, description, status, secret, brand_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'enabled', ?, ?, ?, ?)`,
    ).run(id, input.url, JSON.stringify([...new Set(input.events)]), input.description || null, secret, input.brandId, iso(at), iso(at));
    return { ...this.#endpointRow(id, { brandId: null })!, secret };
  }

  async getEndpoint(id: string, scope: WebhookScope): Promise<WebhookEndpoint | null> {
    return this.#endpointRow(id, scope);
  }

  #endpointRow(id: string, scope: WebhookScope): WebhookEndpoint | null {
    const row = this.#sql('SELECT * FROM webhook_endpoints WHERE id = ? AND (? IS NULL OR brand_id = ?)').get(
      id,
      scope.brandId,
      scope.brandId,
    ) as Row | undefined;
    return row ? toEndpoint(row) : null;
  }

  async listEndpoints(scope: WebhookScope, page: PageRequest): Promise<PageBody<WebhookEndpoint>> {
    return this.#page(
      'SELECT * FROM webhook_endpoints WHERE (? IS NULL OR brand_id = ?)',
      [scope.brandId, scope.brandId],
      page,
      toEndpoint,
    );
  }

  async updateEndpoint(id: string, change: WebhookEndpointChange, at: Date, scope: WebhookScope): Promise<WebhookEndpoint | null> {
    const current = this.#endpointRow(id, scope);
    if (!current) return null;
    const enabling = change.status === 'enabled' && current.status === 'disabled';
    this.#sql(
      `UPDATE webhook_endpoints SET url = ?, events = ?, description = ?, status = ?, updated_at = ?,
         failing_since = CASE WHEN ? THEN NULL ELSE failing_since END,
         disabled_reason = CASE WHEN ? = 'enabled' THEN NULL ELSE disabled_reason END
       WHERE id = ?`,
    ).run(
      change.url ?? current.url,
      JSON.stringify([...new Set(change.events ?? current.events)]),
      change.description === undefined ? current.description : change.description || null,
      change.status ?? current.status,
      iso(at),
      enabling ? 1 : 0,
      change.status ?? current.status,
      id,
    );
    return this.#endpointRow(id, scope);
  }

  async deleteEndpoint(id: string, scope: WebhookScope): Promise<boolean> {
    if (!this.#endpointRow(id, scope)) return false;
    this.#tx(() => {
      this.#sql('DELETE FROM webhook_deliveries WHERE endpoint_id = ?').run(id);
      this.#sql('DELETE FROM webhook_endpoints WHERE id = ?').run(id);
    });
    return true;
  }

  async listDeliveries(endpointId: string, scope: WebhookScope, page: PageRequest): Promise<PageBody<WebhookDelivery> | null> {
    if (!this.#endpointRow(endpointId, scope)) return null;
    return this.#page('SELECT * FROM webhook_deliveries WHERE endpoint_id = ?', [endpointId], page, toDelivery);
  }

  async getEvent(id: string): Promise<Event | null> {
    const row = this.#sql('SELECT * FROM events WHERE id = ?').get(id) as Row | undefined;
    return row ? toEvent(row) : null;
  }

  async listEvents(filter: EventFilter, page: PageRequest): Promise<PageBody<Event>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.type) {
      where.push('type = ?');
      params.push(filter.type);
    }
    if (filter.participationId) {
      where.push('participation_id = ?');
      params.push(filter.participationId);
    }
    if (filter.brandId !== null) {
      where.push('campaign_id IN (SELECT id FROM campaigns WHERE brand_id = ?)');
      params.push(filter.brandId);
    }
    return this.#page(`SELECT * FROM events${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`, params, page, toEvent);
  }

  async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<DueDelivery[]> {
    return this.#tx(() => {
      const rows = this.#sql(
        `SELECT d.id, d.attempt, d.event_id, e.type, e.created_at, e.data, w.id AS endpoint_id, w.url, w.secret
         FROM webhook_deliveries d
         JOIN events e ON e.id = d.event_id
         JOIN webhook_endpoints w ON w.id = d.endpoint_id
         WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND w.status = 'enabled'
         ORDER BY d.next_attempt_at, d.seq
         LIMIT ?`,
      ).all(iso(now), limit) as Row[];
      const lease = this.#sql('UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?');
      return rows.map((row) => {
        lease.run(iso(leaseUntil), row.id);
        const event = toEvent({ ...row, id: row.event_id });
        return {
          id: String(row.id),
          attempt: Number(row.attempt),
          eventId: event.id,
          body: JSON.stringify(event),
          endpoint: { id: String(row.endpoint_id), url: String(row.url), secret: String(row.secret) },
        };
      });
    });
  }

  async recordAttempt(result: AttemptResult): Promise<{ failingSince: Date | null }> {
    return this.#tx(() => {
      const status = result.ok ? 'succeeded' : result.nextAttemptAt ? 'pending' : 'failed';
      this.#sql(
        `UPDATE webhook_deliveries SET attempt = attempt + 1, status = ?, next_attempt_at = ?, attempted_at = ?,
           response_status = ?, response_body = ?, error = ?
         WHERE id = ? AND status = 'pending'`,
      ).run(
        status,
        result.nextAttemptAt && !result.ok ? iso(result.nextAttemptAt) : null,
        iso(result.at),
        result.responseStatus,
        result.responseBody?.slice(0, RESPONSE_BODY_LIMIT) ?? null,
        result.error,
        result.deliveryId,
      );
      if (result.ok) {
        this.#sql('UPDATE webhook_endpoints SET failing_since = NULL WHERE id = ?').run(result.endpointId);
        return { failingSince: null };
      }
      this.#sql('UPDATE webhook_endpoints SET failing_since = coalesce(failing_since, ?) WHERE id = ?').run(
        iso(result.at),
        result.endpointId,
      );
      const row = this.#sql('SELECT failing_since FROM webhook_endpoints WHERE id = ?').get(result.endpointId) as Row | undefined;
      return { failingSince: row?.failing_since == null ? null : new Date(String(row.failing_since)) };
    });
  }

  async disableEndpoint(id: string, at: Date, reason: string): Promise<WebhookEndpoint | null> {
    return this.#tx(() => {
      const changed = this.#sql(
        "UPDATE webhook_endpoints SET status = 'disabled', disabled_reason = ?, updated_at = ? WHERE id = ? AND status = 'enabled'",
      ).run(reason, iso(at), id);
      if (changed.changes === 0) return null;
      this.#sql(
        "UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, error = coalesce(error, ?) WHERE endpoint_id = ? AND status = 'pending'",
      ).run('endpoint disabled', id);
      return this.#endpointRow(id, { brandId: null });
    });
  }

  #page<T>(select: string, params: unknown[], page: PageRequest, map: (row: Row) => T): PageBody<T> {
    const values = [...params];
    let sql = select;
    if (page.cursor !== undefined) {
      sql += `${select.includes(' WHERE ') ? ' AND' : ' WHERE'} seq < ?`;
      values.push(decodeSeq(page.cursor));
    }
    const rows = this.#sql(`${sql} ORDER BY seq DESC LIMIT ?`).all(...values, page.limit + 1) as Row[];
    const hasMore = rows.length > page.limit;
    const shown = rows.slice(0, page.limit);
    return {
      data: shown.map(map),
      hasMore,
      nextCursor: hasMore ? encodeSeq(Number(shown[shown.length - 1]!.seq)) : null,
    };
  }

  #tx<T>(fn: () => T): T {
    // Nested inside a caller's transaction, better-sqlite3 uses a savepoint.
    return this.#db.transaction(fn)();
  }
}
