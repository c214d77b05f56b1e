// Issue 15's load figure: 50 connections for 30 s on the campaign list and a KOL write path, the server
// in its own process (file database, demo seed). Prints the table and writes it under its own heading
// in bench/RESULTS.md (bench/run.mjs rewrites that file; run this after it).
// node --conditions=source --import tsx bench/load.mjs [--seconds 30] [--no-write]
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTable, runLoad } from '../packages/server/test/hardening/support/load.ts';
import { writeResultsSection } from './lib/util.mjs';

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1] || 30) || 30;
const dir = mkdtempSync(join(tmpdir(), 'ibusibuk-bench-load-'));
try {
  const rows = await runLoad({ dataDir: dir, connections: 50, seconds });
  const section = [
    '## Load: 50 connections, 30 s (issue 15)',
    '',
    `Written by bench/load.mjs on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}: autocannon 8 on loopback, the server in its own process ` +
      `(SQLite file, demo seed), ${cpus().length} cores shared by both. One KOL per connection on the write path.`,
    '',
    loadTable(rows),
    '',
  ].join('\n');
  console.log(section);
  if (!args.includes('--no-write')) writeResultsSection(section);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
