import { decodeCursor } from '../cursor.js';
import { INVALID_CURSOR, type PageQuery } from '../sqlite/pages.js';
import type { InvalidCursor, PageRequest } from '../store.js';
import type { Queryable, Row } from './database.js';

/**
 * One page of rows, as `sqlite/pages.ts` reads it: keyset pagination on (created_at, id) with a
 * row-value comparison that the (created_at, id) indexes serve, one row more than asked for `hasMore`.
 */
export async function pgPageRows<R = Row>(
  q: Queryable,
  query: PageQuery,
  page: PageRequest,
  raw = false,
): Promise<{ ok: true; rows: R[] } | InvalidCursor> {
  const conditions = [...query.where.conditions];
  const { column, descending } = query.order ?? { column: 'created_at', descending: true };
  const values = [...query.where.params];
  if (page.cursor !== undefined) {
    const cursor = decodeCursor(page.cursor);
    if (!cursor) return INVALID_CURSOR;
    conditions.push(`(${query.alias}.${column}, ${query.alias}.id) ${descending ? '<' : '>'} (?, ?)`);
    values.push(cursor.createdAt, cursor.id);
  }
  const direction = descending ? 'DESC' : 'ASC';
  const sql = `${query.select} ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
    ORDER BY ${query.alias}.${column} ${direction}, ${query.alias}.id ${direction} LIMIT ?`;
  values.push(page.limit + 1);
  const rows = raw ? await q.queryRaw(sql, values) : (await q.query(sql, values)).rows;
  return { ok: true, rows: rows as R[] };
}
