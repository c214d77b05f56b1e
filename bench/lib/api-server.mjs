// The API under test, run as its own process so the load generator (autocannon, in the
// parent) and the server do not share an event loop. Started by api-child.mjs with
//   node --conditions=source --import tsx bench/lib/api-server.mjs '<options JSON>'
// It opens a fresh SQLite file (WAL, as deployed), optionally the demo seed, bulk-inserts
// synthetic campaigns, KOLs and participations straight into the tables (the API has no
// bulk endpoint, and 100,000 POSTs would take minutes), creates signed-in "writer" KOLs
// for the write path, and serves, on one port and one node:http server:
//   - the real app (createApp from packages/server), and
//   - a bare Hono app under /__bench/ returning the same JSON as the real handlers,
//     precomputed, with no middleware, no database and no validation.
// Options: { campaigns, demoSeed, writers, writeTargets }.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { ROOT } from './util.mjs';

const options = { campaigns: 0, demoSeed: true, writers: 300, writeTargets: 100, ...JSON.parse(process.argv[2] ?? '{}') };

const serverRequire = createRequire(`${ROOT}packages/server/package.json`);
const { serve } = await import(pathToFileURL(serverRequire.resolve('@hono/node-server')).href);
const { Hono } = await import(pathToFileURL(serverRequire.resolve('hono')).href);
const { createApp, DEMO_PUBLISHABLE_KEY } = await import(pathToFileURL(`${ROOT}packages/server/src/index.ts`).href);

const ORIGIN = 'http://localhost:5173';
const DAY = 86_400_000;
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const pad = (n, width = 8) => String(n).padStart(width, '0');

const dir = mkdtempSync(join(tmpdir(), 'ibusibuk-bench-api-'));
const t0 = performance.now();
const { app, store, close } = await createApp({
  db: join(dir, 'bench.db'),
  dataDir: dir,
  seed: options.demoSeed ? 'demo' : false,
  demoKeys: true,
  dev: false,
  // Request logs are on by default outside tests; the recorded figures were measured without them.
  logLevel: 'silent',
});
const db = store.db;

// Every SQL text the store prepares from now on, to show the list query's plan.
const prepared = [];
const prepare = db.prepare.bind(db);
db.prepare = (sql) => {
  prepared.push(sql);
  return prepare(sql);
};

// ── templates: the demo campaigns, as stored rows ─────────────────────────────────────
async function templateRows() {
  if (options.demoSeed) return { campaigns: db.prepare('SELECT * FROM campaigns').all(), brands: null };
  const tmpl = await createApp({ db: ':memory:', seed: 'demo', demoKeys: false, dev: false, logLevel: 'silent' });
  const rows = {
    campaigns: tmpl.store.db.prepare('SELECT * FROM campaigns').all(),
    brands: tmpl.store.db.prepare('SELECT * FROM brands').all(),
  };
  await tmpl.close();
  return rows;
}

const templates = await templateRows();
if (templates.brands) {
  const insertBrand = db.prepare('INSERT INTO brands (id, name, name_key, logo_url) VALUES (@id, @name, @name_key, @logo_url)');
  db.transaction(() => templates.brands.forEach((b) => insertBrand.run(b)))();
}

const now = Date.now();
const iso = (ms) => new Date(ms).toISOString();
const EMPTY_REQUIREMENTS = JSON.stringify({ minFollowers: {}, cities: [], provinces: [], childAgeMonths: null, niches: [] });

function profile(i, email) {
  return {
    name: `Bunda Bench ${i}`,
    email,
    whatsapp: `+62812${pad(i, 8)}`,
    city: 'Bandung',
    province: 'Jawa Barat',
    socialAccounts: [{ platform: 'instagram', handle: `bunda.bench${i}`, followers: 12_000 + i }],
    children: [{ birthYear: 2025, birthMonth: 3 }],
    niches: ['parenting', 'mpasi'],
  };
}

// ── bulk data ──────────────────────────────────────────────────────────────────────────
const N = options.campaigns;
const writeTargets = [];
if (N > 0) {
  const insertCampaign = db.prepare(`INSERT INTO campaigns (id, slug, brand_id, title, summary, description, cover_url, status,
      compensation_type, fee, product_description, slots, slots_filled, platforms, deliverables, requirements, timeline, tags,
      created_at, updated_at)
    VALUES (@id, @slug, @brand_id, @title, @summary, @description, @cover_url, @status, @compensation_type, @fee,
      @product_description, @slots, @slots_filled, @platforms, @deliverables, @requirements, @timeline, @tags, @created_at, @updated_at)`);
  const insertKol = db.prepare(`INSERT INTO kols (id, email, name, whatsapp, city, province, social_accounts, children, niches,
      created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertParticipation = db.prepare(`INSERT INTO participations (id, campaign_id, kol_id, stage, application, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const insertHistory = db.prepare(`INSERT INTO participation_history (participation_id, from_stage, to_stage, action, actor_role,
      actor_id, note, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);

  const kolCount = Math.min(N, 2000);
  const T = templates.campaigns.length;
  const targets = Math.min(options.writeTargets, N);
  db.transaction(() => {
    for (let i = 0; i < N; i++) {
      const t = templates.campaigns[i % T];
      const created = now - (i + 1) * 60_000;
      const applyBy = now + (20 + (i % 10)) * DAY;
      const target = i < targets;
      const status = target ? 'open' : ['open', 'open', 'open', 'open', 'open', 'open', 'open', 'open', 'closed', 'completed'][i % 10];
      const id = `cmp_bench${pad(i)}`;
      insertCampaign.run({
        ...t,
        id,
        slug: `${t.slug}-b${i}`,
        title: `${t.title} #${i}`,
        status,
        slots_filled: 0,
        requirements: target ? EMPTY_REQUIREMENTS : t.requirements,
        timeline: JSON.stringify({
          applyBy: iso(applyBy),
          draftDue: iso(applyBy + 7 * DAY),
          postWindow: { start: iso(applyBy + 10 * DAY), end: iso(applyBy + 17 * DAY) },
          insightDue: iso(applyBy + 24 * DAY),
        }),
        created_at: iso(created),
        updated_at: iso(created),
      });
      if (target) writeTargets.push(id);
    }
    for (let k = 0; k < kolCount; k++) {
      const email = `bunda${k}@bench.ibusibuk.test`;
      const p = profile(k, email);
      insertKol.run(`kol_bench${pad(k)}`, email, p.name, p.whatsapp, p.city, p.province, JSON.stringify(p.socialAccounts),
        JSON.stringify(p.children), JSON.stringify(p.niches), iso(now - 400 * DAY), iso(now - 400 * DAY));
    }
    const stages = ['applied', 'accepted', 'drafting', 'rejected'];
    for (let j = 0; j < N; j++) {
      const k = j % kolCount;
      const kolId = `kol_bench${pad(k)}`;
      const id = `par_bench${pad(j)}`;
      const created = now - (j + 1) * 30_000;
      const at = (n) => iso(created + n * 3_600_000);
      const application = JSON.stringify({
        profile: profile(k, `bunda${k}@bench.ibusibuk.test`),
        answers: {
          whyMe: 'Saya ibu dua anak yang rutin berbagi menu MPASI rumahan.',
          contentIdea: 'Reel 30 detik: menyiapkan bubur labu kuning bersama si Kecil.',
          eligibility: { meetsRequirements: true, willFollowBrief: true },
        },
        attribution: { source: 'brand-site', utm: {}, pageUrl: null },
        submittedAt: at(0),
      });
      const stage = stages[j % 4];
      insertParticipation.run(id, `cmp_bench${pad(j)}`, kolId, stage, application, at(0), at(2));
      insertHistory.run(id, null, 'applied', 'apply', 'kol', kolId, null, at(0));
      if (stage === 'rejected') insertHistory.run(id, 'applied', 'rejected', 'reject', 'officer', 'officer_demo', 'Belum sesuai', at(1));
      if (stage === 'accepted' || stage === 'drafting') insertHistory.run(id, 'applied', 'accepted', 'accept', 'officer', 'officer_demo', null, at(1));
      if (stage === 'drafting') insertHistory.run(id, 'accepted', 'drafting', 'acknowledgeBrief', 'kol', kolId, null, at(2));
    }
  })();
} else {
  // Demo seed only: its open campaigns without requirements, if any, are the write targets.
  for (const row of db.prepare("SELECT id, requirements FROM campaigns WHERE status = 'open'").all()) {
    if (row.requirements === EMPTY_REQUIREMENTS) writeTargets.push(row.id);
  }
}

// ── writers: signed-in KOLs who apply during the write benchmark ──────────────────────
const writers = [];
{
  const insertKol = db.prepare('INSERT INTO kols (id, email, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const insertSession = db.prepare('INSERT INTO sessions (token_hash, kol_id, created_at, expires_at) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (let w = 0; w <= options.writers; w++) {
      const kolId = `kol_writer${pad(w)}`;
      const token = `kst_benchwriter${pad(w)}${randomBytes(12).toString('hex')}`;
      insertKol.run(kolId, `writer${w}@bench.ibusibuk.test`, `Bunda Penulis ${w}`, iso(now - DAY), iso(now - DAY));
      insertSession.run(sha256(token), kolId, iso(now - DAY), iso(now + 30 * DAY));
      writers.push(token);
    }
  })();
}
const seedMs = performance.now() - t0;

/** The body the apply form sends. */
function applicationBody(i) {
  const p = profile(100_000 + i, `writer${i}@bench.ibusibuk.test`);
  delete p.email;
  return {
    profile: p,
    answers: {
      whyMe: 'Saya ibu dua anak yang rutin berbagi menu MPASI rumahan.',
      contentIdea: 'Reel 30 detik: menyiapkan bubur labu kuning bersama si Kecil.',
      eligibility: { meetsRequirements: true, willFollowBrief: true },
    },
    consent: true,
    attribution: { source: 'brand-site', pageUrl: 'https://sikecilorganik.example/' },
  };
}

// ── the same JSON, for the bare handlers ──────────────────────────────────────────────
const publicHeaders = { authorization: `Bearer ${DEMO_PUBLISHABLE_KEY}`, origin: ORIGIN, 'accept-language': 'id' };
const LIST_PATH = '/v1/campaigns?status=open&limit=20';
let listText;
let sampleParticipationText = '';
// Parsed once: the bare handlers pay for serialising the same object, nothing else.
let listObject;
let participationObject;
const bare = new Hono();
bare.get('/__bench/campaigns', (c) => c.json(listObject));
bare.post('/__bench/applications', async (c) => {
  await c.req.json();
  return c.json(participationObject, 201);
});

const fetchHandler = (request, env) => {
  const url = request.url;
  const slash = url.indexOf('/', url.indexOf('//') + 2);
  return url.startsWith('/__bench/', slash) ? bare.fetch(request, env) : app.fetch(request, env);
};

const server = await new Promise((resolve, reject) => {
  const s = serve({ fetch: fetchHandler, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  s.once('error', reject);
});
const { port } = server.address();
const url = `http://127.0.0.1:${port}`;

// Warm up and capture the real responses over HTTP (so absolute URLs use this origin).
{
  const res = await fetch(`${url}${LIST_PATH}`, { headers: publicHeaders });
  listText = await res.text();
  if (res.status !== 200) throw new Error(`list answered ${res.status}: ${listText.slice(0, 300)}`);
  listObject = JSON.parse(listText);
  // One application by the spare writer (index = writers), outside the benchmark's pool.
  const spare = writers[options.writers];
  const target = writeTargets[0];
  if (target) {
    const r = await fetch(`${url}/v1/campaigns/${target}/applications`, {
      method: 'POST',
      headers: { ...publicHeaders, authorization: `Bearer ${spare}`, 'content-type': 'application/json', 'idempotency-key': 'warmup-0' },
      body: JSON.stringify(applicationBody(options.writers)),
    });
    sampleParticipationText = await r.text();
    if (r.status !== 201) throw new Error(`application answered ${r.status}: ${sampleParticipationText.slice(0, 500)}`);
    participationObject = JSON.parse(sampleParticipationText);
  }
}

// The position half-way down the open campaigns, for a deep cursor page.
function deepCursor() {
  const open = db.prepare("SELECT COUNT(*) AS n FROM campaigns WHERE status = 'open'").get().n;
  const row = db
    .prepare("SELECT created_at, id FROM campaigns WHERE status = 'open' ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?")
    .get(Math.floor(open / 2));
  return row ? Buffer.from(JSON.stringify([row.created_at, row.id])).toString('base64url') : null;
}
const cursor = deepCursor();
if (cursor) {
  const r = await fetch(`${url}${LIST_PATH}&cursor=${cursor}`, { headers: publicHeaders });
  if (r.status !== 200) throw new Error(`cursor page answered ${r.status}`);
  await r.arrayBuffer();
}

/** EXPLAIN QUERY PLAN of the campaign list statements the store prepared. */
function plans() {
  return [...new Set(prepared)]
    .filter((sql) => /FROM campaigns c/.test(sql) && /ORDER BY/.test(sql))
    .map((sql) => {
      const params = (sql.match(/\?/g) ?? []).map(() => null);
      const rows = prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params);
      return { cursor: /created_at </.test(sql), plan: rows.map((r) => r.detail) };
    });
}

/**
 * The cursor query as the store writes it against the same query with a row-value
 * comparison, timed here on this database at the deep cursor (mean of 50 runs each).
 * Null when the store's SQL does not have the OR form (e.g. once it is fixed).
 */
function cursorAlternative() {
  const OR = /\(c\.created_at < \? OR \(c\.created_at = \? AND c\.id < \?\)\)/;
  const sql = [...new Set(prepared)].find((q) => /FROM campaigns c/.test(q) && OR.test(q));
  if (!sql || !cursor || (sql.match(/\?/g) ?? []).length !== 5) return null;
  const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  const rowValue = sql.replace(OR, '(c.created_at, c.id) < (?, ?)');
  const time = (q, args) => {
    const st = prepare(q);
    st.all(...args);
    const t = performance.now();
    for (let i = 0; i < 50; i++) st.all(...args);
    return (performance.now() - t) / 50;
  };
  const plan = (q, args) => prepare(`EXPLAIN QUERY PLAN ${q}`).all(...args).map((r) => r.detail);
  const orArgs = ['open', createdAt, createdAt, id, 21];
  const rvArgs = ['open', createdAt, id, 21];
  return {
    orMs: time(sql, orArgs),
    rowValueMs: time(rowValue, rvArgs),
    rowValuePlan: plan(rowValue, rvArgs),
    sameRows: JSON.stringify(prepare(sql).all(...orArgs).map((r) => r.id)) === JSON.stringify(prepare(rowValue).all(...rvArgs).map((r) => r.id)),
  };
}

const counts = () => ({
  campaigns: db.prepare('SELECT COUNT(*) AS n FROM campaigns').get().n,
  participations: db.prepare('SELECT COUNT(*) AS n FROM participations').get().n,
  kols: db.prepare('SELECT COUNT(*) AS n FROM kols').get().n,
});

process.send?.({
  type: 'ready',
  url,
  origin: ORIGIN,
  publishableKey: DEMO_PUBLISHABLE_KEY,
  listPath: LIST_PATH,
  listBytes: Buffer.byteLength(listText),
  listCount: listObject.data.length,
  participationBytes: Buffer.byteLength(sampleParticipationText),
  cursor,
  writers: writers.slice(0, options.writers),
  writeTargets,
  applicationBody: applicationBody(0),
  seedMs,
  counts: counts(),
  plans: plans(),
  cursorAlternative: cursorAlternative(),
  sqlite: {
    journalMode: db.pragma('journal_mode', { simple: true }),
    synchronous: ['OFF', 'NORMAL', 'FULL', 'EXTRA'][db.pragma('synchronous', { simple: true })] ?? '?',
  },
});

/**
 * Where a list request's time goes, measured in this process without the network:
 * the store's query and row mapping, JSON.stringify of the page, and the whole Hono app
 * (app.request, every middleware), each averaged over `n` calls.
 */
async function profileList(n = 400, cursorValue = null) {
  const time = async (fn) => {
    for (let i = 0; i < 20; i++) await fn();
    const t = performance.now();
    for (let i = 0; i < n; i++) await fn();
    return (performance.now() - t) / n;
  };
  const page = { limit: 20, ...(cursorValue ? { cursor: cursorValue } : {}) };
  const path = `${LIST_PATH}${cursorValue ? `&cursor=${cursorValue}` : ''}`;
  return {
    storeMs: await time(() => store.listCampaigns({ statuses: ['open'] }, page)),
    stringifyMs: await time(() => JSON.stringify(listObject)),
    appMs: await time(async () => {
      const res = await app.request(`${url}${path}`, { headers: publicHeaders });
      await res.arrayBuffer();
    }),
    bareMs: await time(async () => {
      const res = await bare.request(`${url}/__bench/campaigns`);
      await res.arrayBuffer();
    }),
  };
}

// Garbage collection and event-loop use, read between runs ('mark').
let gcMs = 0;
let gcCount = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gcMs += e.duration;
    gcCount++;
  }
}).observe({ entryTypes: ['gc'] });
let lastElu = performance.eventLoopUtilization();
let lastMark = { gcMs: 0, gcCount: 0, cpu: process.cpuUsage() };
function mark() {
  const elu = performance.eventLoopUtilization(lastElu);
  const cpu = process.cpuUsage(lastMark.cpu);
  const out = {
    gcMs: gcMs - lastMark.gcMs,
    gcCount: gcCount - lastMark.gcCount,
    elu: elu.utilization,
    wallMs: elu.idle + elu.active,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
  lastElu = performance.eventLoopUtilization();
  lastMark = { gcMs, gcCount, cpu: process.cpuUsage() };
  return out;
}

// CPU profile of a window of the run ('cpu-start' / 'cpu-stop'), summarised as self time by
// where the code lives: a file of ours, a package, or a V8/Node built-in.
const inspector = await import('node:inspector');
const session = new inspector.Session();
session.connect();
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
function where(frame) {
  const url = frame.url ?? '';
  const BUILT_IN = { all: 'better-sqlite3 Statement#all (native: the SQLite query)', get: 'better-sqlite3 Statement#get (native)', run: 'better-sqlite3 Statement#run (native)', parse: 'JSON.parse', stringify: 'JSON.stringify', writev: 'socket writes (writev)', '(garbage collector)': 'garbage collector' };
  if (!url) return BUILT_IN[frame.functionName] ?? (frame.functionName ? `${frame.functionName} (built-in)` : '(anonymous built-in)');
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const ours = /packages\/(\w+)\/src\/(.+)$/.exec(url);
  if (ours) return `${ours[1]}/src/${ours[2]}`;
  if (url.startsWith('node:')) return url;
  return url.replace(/^file:\/\//, '');
}
async function cpuStop() {
  const { profile } = await post('Profiler.stop');
  const self = new Map();
  const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length) / 1000;
  for (const node of profile.nodes) {
    if (!node.hitCount) continue;
    const key = where(node.callFrame);
    if (key === '(idle) (built-in)') continue;
    self.set(key, (self.get(key) ?? 0) + node.hitCount * interval);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return { total, top: [...self].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms).slice(0, 12) };
}

process.on('message', async (msg) => {
  if (msg?.type === 'cpu-start') {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
    await post('Profiler.start');
    process.send?.({ type: 'cpu-start' });
  }
  if (msg?.type === 'cpu-stop') process.send?.({ type: 'cpu-stop', profile: await cpuStop() });
  if (msg?.type === 'mark') process.send?.({ type: 'mark', mark: mark() });
  if (msg?.type === 'counts') process.send?.({ type: 'counts', counts: counts() });
  if (msg?.type === 'profile') process.send?.({ type: 'profile', profile: await profileList(400, msg.cursor ?? null) });
  if (msg?.type === 'close') shutdown();
});
process.on('SIGTERM', shutdown);
// The benchmark process went away (crashed or was stopped): do not outlive it.
process.on('disconnect', shutdown);
let stopping = false;
function shutdown() {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections?.();
  void close().finally(() => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
}
