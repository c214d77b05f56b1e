import { randomBytes } from 'node:crypto';

/**
 * The database a test server gets: SQLite in memory, or, when `IBUSIBUK_TEST_DATABASE_URL`
 * names a PostgreSQL database (as `.ci/run` sets it), a new schema of its own in that database,
 * so the same API suite runs against both stores and no test sees another's rows.
 */
export function testDatabase(): string {
  const url = process.env.IBUSIBUK_TEST_DATABASE_URL;
  if (!url) return ':memory:';
  const withSchema = new URL(url);
  withSchema.searchParams.set('schema', `t_${randomBytes(6).toString('hex')}`);
  return withSchema.toString();
}
