import type { Event, PageBody, WebhookDelivery, WebhookEndpoint } from '@ibusibuk/sdk';
import type { PgDatabase, Queryable, Row } from '../store/postgres/database.js';
import type { PageRequest } from '../store/store.js';
import { newWebhookSecret } from './signing.js';
import { RESPONSE_BODY_LIMIT, decodeSeq, encodeSeq, newEndpointId, toDelivery, toEndpoint, toEvent } from './sqlite-webhook-store.js';
import type { AttemptResult, DueDelivery, EventFilter, NewWebhookEndpoint, WebhookEndpointChange, WebhookScope, WebhookStore } from './webhook-store.js';

const iso = (date: Date): string => date.toISOString();

/** The webhook store on PostgreSQL: the same rows as the SQLite one; due deliveries are claimed once across processes. */
export class PgWebhookStore implements WebhookStore {
  readonly #db: PgDatabase;

  constructor(db: PgDatabase) {
    this.#db = db;
  }

  async createEndpoint(input: NewWebhookEndpoint, at: Date): Promise<WebhookEndpoint & { secret: string }> {
    const id = newEndpointId();
    const secret = newWebhookSecret();
    await this.#db.query(
      `INSERT INTO webhook_endpoints (id, url, events, description, status, secret, brand_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'enabled', ?, ?, ?, ?)`,
      [id, input.url, JSON.stringify([...new Set(input.events)]), input.description || null, secret, input.brandId, iso(at), iso(at)],
    );
    return { ...(await this.#endpointRow(this.#db, id, { brandId: null }))!, secret };
  }

  getEndpoint(id: string, scope: WebhookScope): Promise<WebhookEndpoint | null> {
    return this.#endpointRow(this.#db, id, scope);
  }

  async #endpointRow(q: Queryable, id: string, scope: WebhookScope): Promise<WebhookEndpoint | null> {
    const row = (await q.query('SELECT * FROM webhook_endpoints WHERE id = ? AND (?::text IS NULL OR brand_id = ?)', [id, scope.brandId, scope.brandId])).rows[0];
    return row ? toEndpoint(row) : null;
  }

  listEndpoints(scope: WebhookScope, page: PageRequest): Promise<PageBody<WebhookEndpoint>> {
    return this.#page('SELECT * FROM webhook_endpoints WHERE (?::text IS NULL OR brand_id = ?)', [scope.brandId, scope.brandId], page, toEndpoint);
  }

  async updateEndpoint(id: string, change: WebhookEndpointChange, at: Date, scope: WebhookScope): Promise<WebhookEndpoint | null> {
    const current = await this.#endpointRow(this.#db, id, scope);
    if (!current) return null;
    const enabling = change.status === 'enabled' && current.status === 'disabled';
    const status = change.status ?? current.status;
    await this.#db.query(
      `UPDATE webhook_endpoints SET url = ?, events = ?, description = ?, status = ?, updated_at = ?,
         failing_since = CASE WHEN ? THEN NULL ELSE failing_since END,
         disabled_reason = CASE WHEN ? = 'enabled' THEN NULL ELSE disabled_reason END
       WHERE id = ?`,
      [
        change.url ?? current.url,
        JSON.stringify([...new Set(change.events ?? current.events)]),
        change.description === undefined ? current.description : change.description || null,
        status,
        iso(at),
        enabling,
        status,
        id,
      ],
    );
    return this.#endpointRow(this.#db, id, scope);
  }

  async deleteEndpoint(id: string, scope: WebhookScope): Promise<boolean> {
    if (!(await this.#endpointRow(this.#db, id, scope))) return false;
    await this.#db.tx(async (q) => {
      await q.query('DELETE FROM webhook_deliveries WHERE endpoint_id = ?', [id]);
      await q.query('DELETE FROM webhook_endpoints WHERE id = ?', [id]);
    });
    return true;
  }

  async listDeliveries(endpointId: string, scope: WebhookScope, page: PageRequest): Promise<PageBody<WebhookDelivery> | null> {
    if (!(await this.#endpointRow(this.#db, endpointId, scope))) return null;
    return this.#page('SELECT * FROM webhook_deliveries WHERE endpoint_id = ?', [endpointId], page, toDelivery);
  }

  async getEvent(id: string): Promise<Event | null> {
    const row = (await this.#db.query('SELECT * FROM events WHERE id = ?', [id])).rows[0];
    return row ? toEvent(row) : null;
  }

  listEvents(filter: EventFilter, page: PageRequest): Promise<PageBody<Event>> {
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

  claimDue(now: Date, leaseUntil: Date, limit: number): Promise<DueDelivery[]> {
    return this.#db.tx(async (q) => {
      // SKIP LOCKED: two processes' dispatchers never take the same delivery; the lease keeps it theirs after commit.
      const { rows } = await q.query(
        `SELECT d.id, d.attempt, d.event_id, e.type, e.created_at, e.data, w.id AS endpoint_id, w.url, w.secret
         FROM webhook_deliveries d
         JOIN events e ON e.id = d.event_id
         JOIN webhook_endpoints w ON w.id = d.endpoint_id
         WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND w.status = 'enabled'
         ORDER BY d.next_attempt_at, d.seq
         LIMIT ?
         FOR UPDATE OF d SKIP LOCKED`,
        [iso(now), limit],
      );
      if (rows.length > 0) await q.query('UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ANY(?)', [iso(leaseUntil), rows.map((row) => row.id)]);
      return rows.map((row) => {
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

  recordAttempt(result: AttemptResult): Promise<{ failingSince: Date | null }> {
    return this.#db.tx(async (q) => {
      const status = result.ok ? 'succeeded' : result.nextAttemptAt ? 'pending' : 'failed';
      await q.query(
        `UPDATE webhook_deliveries SET attempt = attempt + 1, status = ?, next_attempt_at = ?, attempted_at = ?,
           response_status = ?, response_body = ?, error = ?
         WHERE id = ? AND status = 'pending'`,
        [
          status,
          result.nextAttemptAt && !result.ok ? iso(result.nextAttemptAt) : null,
          iso(result.at),
          result.responseStatus,
          result.responseBody?.slice(0, RESPONSE_BODY_LIMIT) ?? null,
          result.error,
          result.deliveryId,
        ],
      );
      if (result.ok) {
        await q.query('UPDATE webhook_endpoints SET failing_since = NULL WHERE id = ?', [result.endpointId]);
        return { failingSince: null };
      }
      const row = (
        await q.query('UPDATE webhook_endpoints SET failing_since = coalesce(failing_since, ?) WHERE id = ? RETURNING failing_since', [
          iso(result.at),
          result.endpointId,
        ])
      ).rows[0];
      return { failingSince: row?.failing_since == null ? null : new Date(String(row.failing_since)) };
    });
  }

  disableEndpoint(id: string, at: Date, reason: string): Promise<WebhookEndpoint | null> {
    return this.#db.tx(async (q) => {
      const changed = await q.query(
        "UPDATE webhook_endpoints SET status = 'disabled', disabled_reason = ?, updated_at = ? WHERE id = ? AND status = 'enabled'",
        [reason, iso(at), id],
      );
      if (changed.rowCount === 0) return null;
      await q.query(
        "UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, error = coalesce(error, ?) WHERE endpoint_id = ? AND status = 'pending'",
        ['endpoint disabled', id],
      );
      return this.#endpointRow(q, id, { brandId: null });
    });
  }

  async #page<T>(select: string, params: unknown[], page: PageRequest, map: (row: Row) => T): Promise<PageBody<T>> {
    const values = [...params];
    let sql = select;
    if (page.cursor !== undefined) {
      sql += `${select.includes(' WHERE ') ? ' AND' : ' WHERE'} seq < ?`;
      values.push(decodeSeq(page.cursor));
    }
    const { rows } = await this.#db.query(`${sql} ORDER BY seq DESC LIMIT ?`, [...values, page.limit + 1]);
    const hasMore = rows.length > page.limit;
    const shown = rows.slice(0, page.limit);
    return { data: shown.map(map), hasMore, nextCursor: hasMore ? encodeSeq(Number(shown[shown.length - 1]!.seq)) : null };
  }
}
