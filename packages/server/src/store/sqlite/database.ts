import Database from 'better-sqlite3';
import { MIGRATIONS } from '../migrations.js';
import type { Row } from './rows.js';

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

/**
 * Thrown inside {@link SqliteDatabase.tx} to roll the transaction back and
 * answer with `outcome` instead: a refusal found after a write.
 */
class Rollback<T> {
  constructor(readonly outcome: T) {}
}

/** One connection (better-sqlite3: synchronous, so each transaction runs without interleaving), shared by the entity stores. */
export class SqliteDatabase {
  readonly db: Database.Database;
  /** Prepared statements by SQL text: preparing costs more than running. */
  readonly #statements = new Map<string, Database.Statement>();
  #changes?: Database.Statement;
  #dataVersion?: Database.Statement;

  constructor(filename: string) {
    this.db = new Database(filename);
    if (filename !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
  }

  sql(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  /** The same, returning rows as arrays of column values (cached apart: `raw` is a statement's state). */
  rawSql(sql: string): Database.Statement {
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

  /** Runs `fn` in a transaction; `rollback(outcome)` inside it undoes its writes and makes `outcome` the answer. */
  tx<T>(fn: (rollback: (outcome: T) => never) => T): T {
    this.#runInTransaction ??= this.db.transaction(this.#transaction);
    try {
      return this.#runInTransaction(() => fn(rollbackWith)) as T;
    } catch (error) {
      if (error instanceof Rollback) return error.outcome as T;
      throw error;
    }
  }

  get inTransaction(): boolean {
    return this.db.inTransaction;
  }

  /**
   * Changes since the connection opened (any INSERT/UPDATE/DELETE on it, even rolled back) and
   * commits by other connections: while both stay the same, no table has changed.
   */
  generation(): string {
    // Two statements: the pragma as a table-valued function in one SELECT costs twice as much.
    this.#changes ??= this.db.prepare('SELECT total_changes()').pluck();
    this.#dataVersion ??= this.db.prepare('PRAGMA data_version').pluck();
    return `${this.#changes.get()}:${this.#dataVersion.get()}`;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

const rollbackWith = (outcome: unknown): never => {
  throw new Rollback(outcome);
};

/**
 * Values kept while the database is unchanged ({@link SqliteDatabase.generation}), at most `max`.
 * Inside a transaction nothing is kept or served: its writes may yet roll back.
 */
export class UnchangedCache<V> {
  readonly #values = new Map<string, V>();
  #generation = '';

  constructor(
    readonly database: SqliteDatabase,
    readonly max: number,
  ) {}

  read(key: string, load: () => V): V {
    if (this.database.inTransaction) return load();
    const generation = this.database.generation();
    if (generation !== this.#generation) {
      this.#values.clear();
      this.#generation = generation;
    }
    if (this.#values.has(key)) return this.#values.get(key)!;
    const value = load();
    if (this.#values.size >= this.max) this.#values.clear();
    this.#values.set(key, value);
    return value;
  }
}
