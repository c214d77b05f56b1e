// Issue 16: what request logs cost. The CLI in its own process, as an operator starts it
// (environment variables only, SQLite file, demo seed), stdout going to a file as a log shipper
// or journald would take it; autocannon on the campaign list with logs off (IBUSIBUK_LOG_LEVEL=silent)
// and on (info, one JSON line per request). Prints the table and writes it under its own heading
// in bench/RESULTS.md (bench/run.mjs rewrites that file; run this after it).
// node --conditions=source --import tsx bench/logging.mjs [--seconds 10] [--rounds 3] [--no-write]
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ROOT, writeResultsSection } from './lib/util.mjs';

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1] || 10) || 10;
const rounds = Number(args[args.indexOf('--rounds') + 1] || 3) || 3;
const connections = 50;
const dir = mkdtempSync(join(tmpdir(), 'ibusibuk-bench-logging-'));

/** The CLI with `level`, its stdout in a file; resolves once it listens. */
async function startCli(level, logFile) {
  const out = openSync(logFile, 'w');
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      IBUSIBUK_PORT: '0',
      IBUSIBUK_DATA_DIR: dir,
      IBUSIBUK_DB: join(dir, 'api.db'),
      IBUSIBUK_SEED: 'demo',
      IBUSIBUK_LOG_LEVEL: level,
    },
    stdio: ['ignore', out, 'inherit'],
  });
  closeSync(out);
  for (let waited = 0; waited < 30_000; waited += 100) {
    const match = /listening on (\S+)/.exec(readFileSync(logFile, 'utf8'));
    if (match) return { child, url: match[1] };
    if (child.exitCode !== null) throw new Error(`the CLI exited (${child.exitCode})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the CLI did not start');
}

/** CPU time the process has used, in ms (user + system, from /proc: clock ticks of 10 ms). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function measure(level) {
  const logFile = join(dir, `${level}.log`);
  const { child, url } = await startCli(level, logFile);
  try {
    const before = statSync(logFile).size;
    const cpuBefore = cpuMs(child.pid);
    const result = await autocannon({
      url: `${url}/v1/campaigns?limit=20`,
      connections,
      duration: seconds,
      headers: { authorization: 'Bearer pk_test_demo', origin: 'http://localhost:5173' },
    });
    const logBytes = statSync(logFile).size - before;
    const cpu = cpuMs(child.pid) - cpuBefore;
    return {
      level,
      requests: result.requests.total,
      rps: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      bytesPerRequest: result.requests.total > 0 ? Math.round(logBytes / result.requests.total) : 0,
      // Server CPU per request: what a request costs, much less disturbed by other load on the machine than req/s.
      cpuUsPerRequest: result.requests.total > 0 ? Math.round((cpu * 1000) / result.requests.total) : 0,
    };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

try {
  // Off, on, off, on…: alternating, so a drift of the shared machine falls on both alike.
  const rows = [];
  for (let round = 0; round < rounds; round++) for (const level of ['silent', 'info']) rows.push(await measure(level));
  const table = [
    '| logs | connections | seconds | requests | req/s | p50 ms | p99 ms | non-2xx | log bytes per request | server CPU µs per request |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.level === 'silent' ? 'off (silent)' : 'on (info, JSON)'} | ${connections} | ${seconds} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.bytesPerRequest} | ${r.cpuUsPerRequest} |`,
    ),
  ].join('\n');
  const median = (level, key) => {
    const values = rows.filter((r) => r.level === level).map((r) => r[key]).sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)];
  };
  const cpuCost = median('info', 'cpuUsPerRequest') / median('silent', 'cpuUsPerRequest') - 1;
  const range = (level) => {
    const values = rows.filter((r) => r.level === level).map((r) => r.cpuUsPerRequest);
    return [Math.min(...values), Math.max(...values)];
  };
  const [offLow, offHigh] = range('silent');
  const [onLow, onHigh] = range('info');
  const overlap = onLow <= offHigh && offLow <= onHigh;
  const section = [
    '## Logs: the campaign list with request logs off and on (issue 16)',
    '',
    `Written by bench/logging.mjs on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}: the CLI in its own process (SQLite file, demo seed), ` +
      `stdout to a file; autocannon 8 on loopback, GET /v1/campaigns?limit=20 with the publishable key; ${cpus().length} cores shared by both. ` +
      'Runs alternate, off first.',
    '',
    table,
    '',
    `Medians of ${rounds} runs each: server CPU per request ${median('silent', 'cpuUsPerRequest')} µs with logs off (runs ${offLow}–${offHigh}), ` +
      `${median('info', 'cpuUsPerRequest')} µs with logs on (runs ${onLow}–${onHigh}; one JSON line of about 175 bytes per request, written in 4 kB batches): ` +
      (overlap
        ? 'the difference is within the spread between runs of the same setting, so it is not resolved on this machine. '
        : `${(cpuCost * 100).toFixed(1)} % more. `) +
      `Median req/s ${median('silent', 'rps')} off and ${median('info', 'rps')} on. Load average when written: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores ` +
      '(other work on the machine moves req/s far more than CPU per request).',
    '',
  ].join('\n');
  console.log(section);
  if (!args.includes('--no-write')) writeResultsSection(section);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
