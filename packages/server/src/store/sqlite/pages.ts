import type { PageBody } from '@ibusibuk/sdk';
import { decodeCursor, encodeCursor, type Cursor } from '../cursor.js';
import type { InvalidCursor, PageRequest } from '../store.js';
import type { SqliteDatabase } from './database.js';
import { str, type Row } from './rows.js';

/** A list's WHERE conditions with their parameters, each added with its own. */
export class Where {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  add(condition: string, ...params: unknown[]): void {
    this.conditions.push(condition);
    this.params.push(...params);
  }
}

export interface PageQuery {
  /** `SELECT … FROM table alias [JOIN …]`, without WHERE. */
  select: string;
  /** The alias of the table whose (created_at, id) orders the list. */
  alias: string;
  where: Where;
  /** Another column than created_at, or oldest first; the cursor then holds that column's value. */
  order?: { column: 'created_at' | 'updated_at'; descending: boolean };
}

export const INVALID_CURSOR: InvalidCursor = { ok: false, reason: 'invalid_cursor' };

/**
 * One newest-first page of rows: keyset pagination on (created_at, id), one row
 * more than asked to learn `hasMore`. Raw rows (`raw`) are arrays of column values.
 */
export function pageRows<R = Row>(
  database: SqliteDatabase,
  query: PageQuery,
  page: PageRequest,
  raw = false,
): { ok: true; rows: R[] } | InvalidCursor {
  const conditions = [...query.where.conditions];
  const { column, descending } = query.order ?? { column: 'created_at', descending: true };
  const values = [...query.where.params];
  if (page.cursor !== undefined) {
    const cursor = decodeCursor(page.cursor);
    if (!cursor) return INVALID_CURSOR;
    // A row-value comparison lets SQLite seek the (created_at, id) index; the
    // equivalent OR form makes it scan every row before the cursor.
    conditions.push(`(${query.alias}.${column}, ${query.alias}.id) ${descending ? '<' : '>'} (?, ?)`);
    values.push(cursor.createdAt, cursor.id);
  }
  const direction = descending ? 'DESC' : 'ASC';
  const sql = `${query.select} ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
    ORDER BY ${query.alias}.${column} ${direction}, ${query.alias}.id ${direction} LIMIT ?`;
  const statement = raw ? database.rawSql(sql) : database.sql(sql);
  return { ok: true, rows: statement.all(...values, page.limit + 1) as R[] };
}

const rowPosition = (row: Row): Cursor => ({ createdAt: str(row.created_at), id: str(row.id) });

/** The page of `limit` items from rows read by {@link pageRows}. */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  map: (rows: R[]) => T[],
  position: (row: R) => Cursor = rowPosition as never,
): PageBody<T> {
  const hasMore = rows.length > limit;
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  return {
    data: map(kept),
    hasMore,
    nextCursor: hasMore && last ? encodeCursor(position(last)) : null,
  };
}
