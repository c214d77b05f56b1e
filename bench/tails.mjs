// Issue 15, item 8: where the slowest requests under many connections come from. The server runs in
// its own process (file database, demo seed) and records its garbage-collector pauses and the
// stalls of its one thread; autocannon records when each answer came and how long it took. The
// slowest answers are then set beside what the server was doing while they waited.
//   node --conditions=source --import tsx bench/tails.mjs [--seconds 10] [--no-write]
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createClient } from '../packages/sdk/src/index.ts';
import { applicationInput, briefInput, campaignInput } from '../packages/server/test/api/support.ts';
import { startChild } from '../packages/server/test/hardening/support/child.ts';
import { writeResultsSection } from './lib/util.mjs';

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1] || 10) || 10;
const DAY = 86_400_000;
const future = (days) => new Date(Date.now() + days * DAY).toISOString();
const timeline = () => ({
  applyBy: future(20),
  draftDue: future(27),
  postWindow: { start: future(30), end: future(37) },
  insightDue: future(44),
});

/** One autocannon run, with every answer's arrival (ms on this process's clock) and latency. */
function cannon(opts) {
  return new Promise((resolve, reject) => {
    const answers = [];
    const startedAt = performance.now();
    const instance = autocannon({ ...opts, duration: seconds }, (error, result) => (error ? reject(error) : resolve({ result, answers, startedAt })));
    instance.on('response', (_client, status, _bytes, ms) => answers.push({ at: performance.now(), ms, status }));
  });
}

/** The slowest answers beside the server's pauses: when each was sent, and the longest pause while it waited. */
function explain(name, run, trace) {
  const { result, answers, startedAt } = run;
  // The server's clock and ours differ by the difference of their time origins.
  const offset = trace.timeOrigin - performance.timeOrigin;
  const pauses = trace.pauses.map((p) => ({ ...p, at: p.at + offset }));
  const slowest = [...answers].sort((a, b) => b.ms - a.ms).slice(0, Math.max(10, Math.ceil(answers.length / 1000)));
  const rows = slowest.map((a) => {
    const sent = a.at - a.ms;
    const during = pauses.filter((p) => p.at + p.ms > sent && p.at < a.at);
    const gc = during.filter((p) => p.kind === 'gc').reduce((sum, p) => sum + p.ms, 0);
    const stall = Math.max(0, ...during.filter((p) => p.kind === 'stall').map((p) => p.ms));
    return { ms: a.ms, sentAfter: sent - startedAt, gc, stall };
  });
  const inFirstSecond = rows.filter((r) => r.sentAfter < 1000).length;
  const gcTotal = pauses.filter((p) => p.kind === 'gc').reduce((sum, p) => sum + p.ms, 0);
  const gcMax = Math.max(0, ...pauses.filter((p) => p.kind === 'gc').map((p) => p.ms));
  const stallMax = Math.max(0, ...pauses.filter((p) => p.kind === 'stall').map((p) => p.ms));
  const after = answers.filter((a) => a.at - a.ms - startedAt >= 1000).map((a) => a.ms).sort((x, y) => x - y);
  return {
    name,
    connections: opts(name).connections,
    perSecond: Math.round(result.requests.average),
    errors: result.errors + result.non2xx,
    p99: result.latency.p99,
    max: result.latency.max,
    maxAfterFirstSecond: after.at(-1) ?? 0,
    p99AfterFirstSecond: after[Math.floor(after.length * 0.99)] ?? 0,
    slowest: rows.length,
    inFirstSecond,
    gcTotal,
    gcMax,
    stallMax,
    inServerMax: trace.inServerMax,
    worst: rows[0],
    longPauses: pauses.filter((p) => p.ms >= 50).map((p) => `${p.kind} ${Math.round(p.ms)} ms at +${Math.round(p.at - startedAt)} ms`),
    statuses: answers.reduce((count, a) => ({ ...count, [a.status]: (count[a.status] ?? 0) + 1 }), {}),
  };
}

const runs = new Map();
const opts = (name) => runs.get(name);

const dir = mkdtempSync(join(tmpdir(), 'ibusibuk-bench-tails-'));
const child = await startChild({ dataDir: dir, db: `${dir}/api.db`, seed: 'demo' });
try {
  const officer = createClient({ baseUrl: child.url, secretKey: 'sk_test_demo' });
  const campaign = await officer.campaigns.create(campaignInput({ title: 'Ekor antrean', slots: 500, timeline: timeline() }));
  await officer.briefs.put(campaign.id, briefInput());
  await officer.campaigns.publish(campaign.id);
  // 100 applications, so the officer's list has a full page of 100.
  for (let i = 0; i < 100; i++) {
    const session = await officer.sessions.create({ email: `ekor${i}@example.com`, name: `Ibu Ekor ${i}` });
    const kol = createClient({ baseUrl: child.url, sessionToken: session.token });
    await kol.applications.create(campaign.id, applicationInput());
  }
  const secret = { authorization: 'Bearer sk_test_demo', 'content-type': 'application/json' };
  runs.set('GET /v1/participations?limit=100 (officer)', {
    url: `${child.url}/v1/participations?campaignId=${campaign.id}&limit=100`,
    connections: 100,
    headers: secret,
  });
  let n = 0;
  runs.set('POST /v1/campaigns (officer)', {
    url: `${child.url}/v1/campaigns`,
    connections: 200,
    requests: [
      {
        method: 'POST',
        headers: secret,
        // Each request its own slug: a campaign's slug is unique.
        setupRequest: (request) => ({ ...request, body: JSON.stringify(campaignInput({ slug: `ekor-${++n}`, timeline: timeline() })) }),
      },
    ],
  });
  const results = [];
  for (const [name, options] of runs) {
    await child.ask('reset');
    const run = await cannon(options);
    results.push(explain(name, run, await child.ask('trace')));
  }
  const ms = (v) => `${Math.round(v)} ms`;
  const section = [
    '## Tails under many connections (issue 15, item 8)',
    '',
    `Written by bench/tails.mjs on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}: autocannon 8 on loopback for ${seconds} s, the server in its own process ` +
      `(SQLite file, demo seed, 100 applications to one campaign), ${cpus().length} cores shared by both. "First second" counts the requests sent ` +
      'while the connections were still opening. The server recorded its garbage-collector pauses, every stretch over 20 ms in which its thread never yielded, ' +
      'and the longest time a request spent inside it (from its parsed head to the end of its response).',
    '',
    '| path | connections | req/s | errors | p99 | max | p99 / max after the first second | slowest answers sent in the first second | longest inside the server | GC pauses (total / longest) | longest stall |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.map((r) =>
      `| ${r.name} | ${r.connections} | ${r.perSecond.toLocaleString('en')} | ${r.errors} | ${ms(r.p99)} | ${ms(r.max)} | ${ms(r.p99AfterFirstSecond)} / ${ms(r.maxAfterFirstSecond)} | ${r.inFirstSecond} of ${r.slowest} | ${ms(r.inServerMax)} | ${ms(r.gcTotal)} / ${ms(r.gcMax)} | ${ms(r.stallMax)} |`,
    ),
    '',
  ].join('\n');
  console.log(section);
  console.log(JSON.stringify(results.map((r) => ({ name: r.name, worst: r.worst, statuses: r.statuses, longPauses: r.longPauses })), null, 1));
  if (!args.includes('--no-write')) writeResultsSection(section);
} finally {
  await child.close();
  rmSync(dir, { recursive: true, force: true });
}
