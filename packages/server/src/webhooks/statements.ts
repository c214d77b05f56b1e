import type Database from 'better-sqlite3';

// Prepared statements per database, by SQL text: preparing costs more than running,
// and recordEvent runs in every change's transaction.
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function statements(db: Database.Database): (sql: string) => Database.Statement {
  let byText = cache.get(db);
  if (!byText) {
    byText = new Map();
    cache.set(db, byText);
  }
  const map = byText;
  return (sql) => {
    let statement = map.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      map.set(sql, statement);
    }
    return statement;
  };
}
