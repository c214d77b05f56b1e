import pg from 'pg';
import { MIGRATIONS } from '../migrations.js';

/** A row as pg returns it: column name → value. */
export type Row = Record<string, unknown>;

/** What runs a query: the pool (one statement, autocommit) or a client inside a transaction. */
export interface Queryable {
  query(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[]; rowCount: number }>;
  /** The same, with rows as arrays of column values (in SELECT order). */
  queryRaw(sql: string, params?: readonly unknown[]): Promise<unknown[][]>;
}

/**
 * The SQLite migrations in PostgreSQL's words: one numbered list for both databases, so a
 * column added for one is added for the other. Only the auto-numbered keys differ.
 */
export const toPostgres = (sql: string): string =>
  sql.replace(/INTEGER PRIMARY KEY AUTOINCREMENT/g, 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY');

/** `?` placeholders (as the SQLite parts write them) as PostgreSQL's `$1, $2 …`; quoted text is left alone. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|\?/g, (match) => (match === '?' ? `$${++n}` : match));
}

const texts = new Map<string, string>();
const textOf = (sql: string): string => {
  let text = texts.get(sql);
  if (text === undefined) {
    text = numbered(sql);
    texts.set(sql, text);
  }
  return text;
};

const queryable = (runner: pg.Pool | pg.PoolClient): Queryable => ({
  async query(sql, params = []) {
    const result = await runner.query(textOf(sql), params as unknown[]);
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  },
  async queryRaw(sql, params = []) {
    const result = await runner.query({ text: textOf(sql), values: params as unknown[], rowMode: 'array' });
    return result.rows as unknown[][];
  },
});

/** Thrown inside {@link PgDatabase.tx} to roll back and answer `outcome` instead. */
class Rollback<T> {
  constructor(readonly outcome: T) {}
}
const rollbackWith = (outcome: unknown): never => {
  throw new Rollback(outcome);
};

/**
 * A PostgreSQL database given as a URL; `?schema=name` keeps every table in that schema
 * (created if missing), which is how tests get a database of their own on one server.
 */
export function connectionOf(url: string): { connectionString: string; schema: string | null } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`not a schema name: ${schema}`);
  return { connectionString: parsed.toString(), schema };
}

/** A pool of connections to one PostgreSQL database, shared by the entity stores (`postgres/`). */
export class PgDatabase implements Queryable {
  readonly pool: pg.Pool;
  readonly schema: string | null;
  readonly #pool: Queryable;

  constructor(url: string, max = 10) {
    const { connectionString, schema } = connectionOf(url);
    this.schema = schema;
    this.pool = new pg.Pool({ connectionString, max, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
    // An idle connection the server drops must not crash the process; the next query opens another.
    this.pool.on('error', (error) => console.error('postgres pool:', error.message));
    this.#pool = queryable(this.pool);
  }

  query(sql: string, params?: readonly unknown[]) {
    return this.#pool.query(sql, params);
  }

  queryRaw(sql: string, params?: readonly unknown[]) {
    return this.#pool.queryRaw(sql, params);
  }

  /**
   * Runs `fn` in a transaction on one connection (READ COMMITTED: conditional updates re-check their
   * WHERE after waiting for a concurrent writer); `rollback(outcome)` undoes its writes and answers `outcome`.
   */
  async tx<T>(fn: (q: Queryable, rollback: (outcome: T) => never) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      try {
        const result = await fn(queryable(client), rollbackWith);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        if (error instanceof Rollback) return error.outcome as T;
        throw error;
      }
    } finally {
      client.release();
    }
  }

  /** Applies the migrations not yet applied, one process at a time (an advisory lock); returns the versions it ran. */
  async migrate(): Promise<number[]> {
    if (this.schema) await this.pool.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
    return this.tx(async (q) => {
      await q.query("SELECT pg_advisory_xact_lock(hashtext('ibusibuk_migrations'))");
      await q.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const applied = new Set((await q.query('SELECT version FROM schema_migrations')).rows.map((row) => Number(row.version)));
      const ran: number[] = [];
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        await q.query(toPostgres(migration.sql));
        await q.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
        ran.push(migration.version);
      }
      return ran;
    });
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
