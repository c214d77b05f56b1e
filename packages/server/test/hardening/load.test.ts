import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadTable, runLoad } from './support/load.js';

// The 30 s run with the same code is bench/load.mjs; its figures are in bench/RESULTS.md and docs/reliability.md.
it('serves 50 connections on the list and a KOL write path for 5 s each with no error', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ibusibuk-load-'));
  try {
    const rows = await runLoad({ dataDir: dir, connections: 50, seconds: 5 });
    console.log(`[load]\n${loadTable(rows)}`);
    for (const row of rows) {
      expect(row.requests, row.path).toBeGreaterThan(500);
      expect({ errors: row.errors, timeouts: row.timeouts, non2xx: row.non2xx }, row.path).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
