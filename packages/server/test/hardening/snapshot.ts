import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';

/** Counters, not data: they change on every sign-in request, refused or not. */
const COUNTER_TABLES = new Set(['rate_limits']);

/** Every table's rows (counters aside) and every file under `uploadsDir` with its size: equal snapshots, no write. */
export function snapshot(db: Database.Database, uploadsDir: string): Record<string, string> {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[])
    .map((row) => row.name)
    .filter((name) => !COUNTER_TABLES.has(name));
  const result: Record<string, string> = {};
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM "${table}"`).all().map((row) => JSON.stringify(row));
    result[`table ${table}`] = rows.sort().join('\n');
  }
  result.files = listFiles(uploadsDir).join('\n');
  return result;
}

function listFiles(dir: string, prefix = ''): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return stat.isDirectory() ? listFiles(path, `${prefix}${name}/`) : [`${prefix}${name} ${stat.size}`];
  });
}

/** The parts of two snapshots that differ. */
export function changed(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => before[key] !== after[key]);
}
