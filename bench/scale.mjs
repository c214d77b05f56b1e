// Issue 16: the list and a write path with one and with two server processes on PostgreSQL, beside
// one process on SQLite. Each process is the CLI's server in a child process (demo seed); with two,
// the load is split evenly between them, as a load balancer would, and their req/s are added.
//   IBUSIBUK_BENCH_DATABASE_URL=postgres://user:pass@127.0.0.1:5432/db \
//   node --conditions=source --import tsx bench/scale.mjs [--seconds 10] [--no-write]
// Without the variable it uses the role and database `.ci/run` creates (ibusibuk_ci), each run in a schema of its own.
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from '../packages/server/test/hardening/support/child.ts';
import { writeResultsSection } from './lib/util.mjs';

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1] || 10) || 10;
const CONNECTIONS = 50;
const ORIGIN = 'http://localhost:5173';
const pgUrl = process.env.IBUSIBUK_BENCH_DATABASE_URL ?? 'postgres://ibusibuk_ci:ibusibuk_ci@127.0.0.1:5432/ibusibuk_ci';

const cannon = (opts) => new Promise((resolve, reject) => void autocannon(opts, (error, result) => (error ? reject(error) : resolve(result))));

/** Runs one load on every process at once, `CONNECTIONS` split between them; the figures added up. */
async function spread(children, make) {
  const share = Math.floor(CONNECTIONS / children.length);
  const results = await Promise.all(children.map((child, i) => cannon({ ...make(child, i), connections: share, duration: seconds })));
  return {
    perSecond: results.reduce((sum, r) => sum + r.requests.average, 0),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
  };
}

async function measure(name, db, processes) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ibusibuk-bench-scale-'));
  const base = { dataDir, db, webhookPollMs: 0, clockIntervalMs: 0, uploadSweepIntervalMs: 0 };
  // The first fills the empty database; the others join it.
  const children = [await startChild({ ...base, seed: 'demo' })];
  while (children.length < processes) children.push(await startChild(base));
  try {
    const tokens = [];
    for (let i = 0; i < CONNECTIONS; i++) {
      const minted = await fetch(`${children[0].url}/v1/sessions`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk_test_demo', 'content-type': 'application/json' },
        body: JSON.stringify({ email: `skala${i}@example.com`, name: `Ibu Skala ${i}` }),
      });
      tokens.push((await minted.json()).token);
    }
    const list = await spread(children, (child) => ({
      url: `${child.url}/v1/campaigns?limit=20`,
      headers: { authorization: 'Bearer pk_test_demo', origin: ORIGIN },
    }));
    const body = JSON.stringify({ details: { method: 'ewallet', provider: 'gopay', phone: '081234567890', name: 'Ibu Skala' } });
    const write = await spread(children, (child) => ({
      url: `${child.url}/v1/me/payout-profile`,
      method: 'PUT',
      body,
      // Each connection is one KOL, so the writes are many people's, not one row's.
      setupClient: (client) => client.setHeaders({ authorization: `Bearer ${tokens.shift() ?? tokens[0]}`, 'content-type': 'application/json', origin: ORIGIN }),
    }));
    return { name, processes, list, write };
  } finally {
    await Promise.all(children.map((child) => child.close()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const schema = () => {
  const url = new URL(pgUrl);
  url.searchParams.set('schema', `bench_${randomBytes(4).toString('hex')}`);
  return url.toString();
};
const dir = mkdtempSync(join(tmpdir(), 'ibusibuk-bench-sqlite-'));
const rows = [];
try {
  rows.push(await measure('SQLite file', join(dir, 'api.db'), 1));
  rows.push(await measure('PostgreSQL 15', schema(), 1));
  rows.push(await measure('PostgreSQL 15', schema(), 2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const pg1 = rows[1];
const growth = (row, key) => (row === pg1 ? '1.00×' : `${(row[key].perSecond / pg1[key].perSecond).toFixed(2)}×`);
const int = (n) => Math.round(n).toLocaleString('en');
const section = [
  '## Scale: one and two server processes on PostgreSQL, beside SQLite (issue 16)',
  '',
  `Written by bench/scale.mjs on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}: each server process is its own child process (demo seed), ` +
    `autocannon 8 on loopback, ${CONNECTIONS} connections split evenly between the processes for ${seconds} s per path; ` +
    `PostgreSQL 15 from Debian on the same machine; ${cpus().length} cores shared by the server processes, PostgreSQL and the load generator. ` +
    'The write path is `PUT /v1/me/payout-profile`, one KOL per connection. "Growth" is req/s divided by one process on PostgreSQL.',
  '',
  '| database | processes | list req/s | list p99 | list growth | write req/s | write p99 | write growth | errors |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.processes} | ${int(r.list.perSecond)} | ${r.list.p99} ms | ${growth(r, 'list')} | ${int(r.write.perSecond)} | ${r.write.p99} ms | ${growth(r, 'write')} | ${r.list.errors + r.write.errors} |`,
  ),
  '',
  cpus().length <= 2
    ? 'Two processes do not double anything on a machine of two cores: the server processes, PostgreSQL\'s backends and autocannon ' +
      'all share them, and one process on PostgreSQL already keeps both busy. A second process adds an event loop, not a core. ' +
      'Growth shows with a core per process and PostgreSQL on its own host; here the table records that the processes share one ' +
      'database correctly under load (the errors column) and what PostgreSQL costs against SQLite in the same process (a round trip ' +
      'to the database per query instead of a function call).'
    : 'Growth is the second process\'s share of the cores it runs on; PostgreSQL runs on the same machine.',
  '',
].join('\n');
console.log(section);
if (!args.includes('--no-write')) writeResultsSection(section);
