// Benchmark 6: growth. The API figures of benchmark 4 with 100, 10,000 and 100,000 campaigns
// and as many participations in the database: the list's first page, a page half-way down
// through its cursor, and the KOL write path. Goal: the list's p99 does not grow with the
// table; here "does not grow" means that at 100,000 rows both the p99 and the mean latency are
// ≤ 1.5× those at 100 rows. With 50 connections kept busy, latency is mostly time spent queued
// behind the other 49 requests, so p99 alone hides a slower query; the mean is 50 / (req/s) and
// moves with the time each request costs.
import { applicationRequests, cannon, CONNECTIONS, DURATION, listRequest, startApiServer, WARMUP } from './lib/api-child.mjs';
import { int, isMain, log, printResult, ratio, table, verdict } from './lib/util.mjs';

export const title = '6. Growth: API figures with 100, 10,000 and 100,000 campaigns and participations';
const SIZES = (process.env.BENCH_GROWTH_SIZES ?? '100,10000,100000').split(',').map(Number);
const LIMIT = 1.5;

export async function run() {
  const results = [];
  for (const size of SIZES) {
    const server = await startApiServer({ campaigns: size, demoSeed: false });
    try {
      log(`growth: ${int(size)} rows seeded in ${(server.seedMs / 1000).toFixed(1)} s`);
      const first = listRequest(server);
      const deep = listRequest(server, `${server.listPath}&cursor=${server.cursor}`);
      const writes = applicationRequests(server);
      const rFirst = await cannon(`${size}: list first page`, first, server);
      const rDeep = await cannon(`${size}: list page half-way (cursor)`, deep, server);
      const rWrite = await cannon(`${size}: application`, writes.opts, server);
      const prof = await server.profile(server.cursor);
      const profFirst = await server.profile();
      results.push({ size, server, rFirst, rDeep, rWrite, prof, profFirst, counts: server.initialCounts });
    } finally {
      await server.stop();
    }
  }

  const base = results[0];
  const top = results[results.length - 1];
  const growth = (pick) => pick(top) / pick(base);
  const firstGrowth = Math.max(growth((r) => r.rFirst.p99), growth((r) => r.rFirst.mean));
  const deepGrowth = Math.max(growth((r) => r.rDeep.p99), growth((r) => r.rDeep.mean));
  const writeGrowth = growth((r) => r.rWrite.p99);
  const firstMet = firstGrowth <= LIMIT;
  const deepMet = deepGrowth <= LIMIT;

  const rows = [];
  for (const r of results) {
    const cells = (x, b) => [
      `${int(x.rps)}`,
      `${x.mean.toFixed(0)} ms`,
      `${x.p99} ms`,
      b ? `${ratio(x.p99 / b.p99)} / ${ratio(x.mean / b.mean)}` : '1.00× / 1.00×',
    ];
    const isBase = r === base;
    rows.push([`${int(r.size)}`, 'GET /v1/campaigns, first page of 20', ...cells(r.rFirst, isBase ? null : base.rFirst), `${r.profFirst.storeMs.toFixed(2)} ms`]);
    rows.push([`${int(r.size)}`, 'GET /v1/campaigns, page half-way down (cursor)', ...cells(r.rDeep, isBase ? null : base.rDeep), `${r.prof.storeMs.toFixed(2)} ms`]);
    rows.push([`${int(r.size)}`, 'POST …/applications (KOL)', ...cells(r.rWrite, isBase ? null : base.rWrite), '—']);
  }

  const plans = top.server.plans
    .map((p) => `- ${p.cursor ? 'with a cursor' : 'first page'}: \`${p.plan.join(' → ')}\``)
    .join('\n');
  const why = [];
  if (!deepMet) {
    why.push(
      `- **Cursor pages missed by ${ratio(deepGrowth - LIMIT)}** (${ratio(deepGrowth)} from ${int(base.size)} to ${int(top.size)} rows, ` +
        `store query ${base.prof.storeMs.toFixed(2)} → ${top.prof.storeMs.toFixed(2)} ms). The store writes the keyset condition as ` +
        '`created_at < ? OR (created_at = ? AND id < ?)`; SQLite cannot turn that OR into a range on the index ' +
        '`campaigns_status_created`, so it walks the index from the newest campaign and filters, and a page half-way down ' +
        'reads half the table (plan above: the cursor query searches on `status=?` only).' +
        (top.server.cursorAlternative
          ? ` The row-value form \`(c.created_at, c.id) < (?, ?)\` gives \`${top.server.cursorAlternative.rowValuePlan.join(' → ')}\`; ` +
            `timed on the same ${int(top.size)}-row database at the same cursor: ${top.server.cursorAlternative.orMs.toFixed(2)} ms → ` +
            `${top.server.cursorAlternative.rowValueMs.toFixed(2)} ms per query, ` +
            `${top.server.cursorAlternative.sameRows ? 'same rows returned' : 'NOTE: different rows returned'}.`
          : '') +
        ' The same `#page` helper serves the participation lists.',
    );
  }
  if (!firstMet) {
    why.push(
      `- **First page missed by ${ratio(firstGrowth - LIMIT)}** (${ratio(firstGrowth)}; store query ` +
        `${base.profFirst.storeMs.toFixed(2)} → ${top.profFirst.storeMs.toFixed(2)} ms in-process).`,
    );
  }
  for (const r of results) {
    if (r.rWrite.non2xx || r.rWrite.errors) why.push(`- ${int(r.size)}: the write run had ${r.rWrite.non2xx} non-2xx and ${r.rWrite.errors} errors.`);
  }

  const markdown = [
    `Each size is a fresh server process (dev mode off, SQLite file in WAL mode) whose tables were filled directly with N campaigns ` +
      '(clones of the demo campaigns: 80 % open, 10 % closed, 10 % completed), N participations (applied, accepted, drafting, rejected, ' +
      `with their history) over up to 2,000 KOLs; ${CONNECTIONS} connections, ${DURATION} s per row after a ${WARMUP} s warm-up on the same connections. ` +
      '"Store query" is `store.listCampaigns` alone, in-process, mean of 400 calls.',
    '',
    table(['rows', 'request', 'req/s', 'mean', 'p99', `p99 / mean vs ${int(base.size)} rows`, 'store query'], rows),
    '',
    `Query plans at ${int(top.size)} rows (EXPLAIN QUERY PLAN of the SQL the store prepared):`,
    '',
    plans,
    '',
    table(
      ['goal', 'figure', 'verdict'],
      [
        [`list first page: p99 and mean do not grow (≤ ${LIMIT}× from ${int(base.size)} to ${int(top.size)} rows)`, ratio(firstGrowth), verdict(firstMet)],
        [`list page through a cursor: p99 and mean do not grow (≤ ${LIMIT}×)`, ratio(deepGrowth), verdict(deepMet)],
        ['write path p99 (written down)', `${ratio(writeGrowth)} (${base.rWrite.p99} → ${top.rWrite.p99} ms)`, '—'],
      ],
    ),
    ...(why.length ? ['', ...why] : []),
  ].join('\n');
  return {
    title,
    markdown,
    goals: [
      { name: 'list first page: p99 and mean flat from 100 to 100,000 rows', met: firstMet, figure: ratio(firstGrowth) },
      { name: 'list page through a cursor: p99 and mean flat from 100 to 100,000 rows', met: deepMet, figure: ratio(deepGrowth) },
    ],
    data: results.map(({ server, ...r }) => ({ ...r, plans: server.plans, seedMs: server.seedMs })),
  };
}

if (isMain(import.meta.url)) printResult(await run());
