import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../src/store/migrations.js';
import { migrate } from '../src/store/sqlite-store.js';

describe('migrations', () => {
  it('are numbered 1, 2, 3 … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('apply once and record their versions', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db)).toEqual([]);
    const rows = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
    expect(rows).toHaveLength(MIGRATIONS.length);
    db.close();
  });

  it('create the indexes lists rely on', () => {
    const db = new Database(':memory:');
    migrate(db);
    const names = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index'")
      .all()
      .map((row) => (row as { name: string }).name);
    expect(names).toEqual(
      expect.arrayContaining(['campaigns_status_created', 'participations_kol', 'participations_campaign']),
    );
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM campaigns WHERE status = 'open' ORDER BY created_at DESC, id DESC LIMIT 21")
      .all()
      .map((row) => (row as { detail: string }).detail)
      .join(' ');
    expect(plan).toContain('campaigns_status_created');
    db.close();
  });
});
