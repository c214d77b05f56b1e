#!/usr/bin/env node
// `pnpm lighthouse`: Lighthouse CI (@lhci/cli) on the example pages listed in
// examples/lighthouse-pages.json, as a brand's or Orami's page would be served: static HTML
// with the built CDN bundle (packages/elements/dist/cdn, compressed and cached as
// scripts/cdn-files.mjs serves it) and the reference API with its demo data, both on free
// ports. Accessibility, best practices and SEO must score 100 (`lhci assert` fails the run
// otherwise); performance is recorded, with the page's main timings, in bench/RESULTS.md under
// "## Lighthouse" (the other sections there are kept). Needs the elements' build first.
//
//   node scripts/lighthouse.mjs [--no-write]
//
// One run per page, in Lighthouse's default mobile setting: the pages' readers are mothers on
// phones, and its throttling is simulated (computed from one unthrottled load), so a mobile run
// takes no longer than a desktop one. One run, not LHCI's default three, keeps the CI step near two minutes:
// the three asserted categories do not vary between runs, and performance is only recorded.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { cdnMiddleware } from './cdn-files.mjs';
import { startApi } from './dev.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const examplesRoot = join(repoRoot, 'examples');
const cdnDir = join(repoRoot, 'packages/elements/dist/cdn');
/** Where `lhci collect` keeps its reports (`.lighthouseci/` in the working directory). */
const reportsDir = join(repoRoot, '.lighthouseci');
const resultsFile = join(repoRoot, 'bench/RESULTS.md');
const HEADING = '## Lighthouse';
/** The API base written in the example pages (examples/vite.config.mjs), replaced by the running one. */
const PAGE_API_BASE = 'http://localhost:8787';
/** The categories that must score 100. */
const ASSERTED = ['accessibility', 'best-practices', 'seo'];

const { values } = parseArgs({ options: { 'no-write': { type: 'boolean', default: false } } });
const pages = JSON.parse(readFileSync(join(examplesRoot, 'lighthouse-pages.json'), 'utf8'));

if (!existsSync(join(cdnDir, 'ibusibuk-elements.js'))) {
  console.error('No CDN bundle in packages/elements/dist/cdn: run `pnpm --filter @ibusibuk/elements build` first.');
  process.exit(1);
}

/**
 * The example pages as a web server sends them: HTML gzipped, pointing at the running API; /cdn/
 * from the built bundle; the brand console's back-office minting its staff session, as `pnpm dev` mounts it.
 */
async function pageServer(apiBase) {
  const cdn = cdnMiddleware(cdnDir);
  const { sessionHandler } = await import('../examples/brand-console/server.mjs');
  const mintStaffSession = sessionHandler({ api: apiBase });
  return createServer((req, res) => {
    const notFound = () => {
      res.statusCode = 404;
      res.end('Not found');
    };
    const url = new URL(req.url ?? '/', 'http://pages');
    if (url.pathname === '/brand-console/session') return void mintStaffSession(req, res);
    if (url.pathname.startsWith('/cdn/')) {
      req.url = url.pathname.slice('/cdn'.length) + url.search;
      cdn(req, res, notFound);
      return;
    }
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '');
    const file = join(examplesRoot, path, path === '' || path.endsWith('/') ? 'index.html' : '');
    if (!file.startsWith(examplesRoot) || !file.endsWith('.html') || !existsSync(file)) return notFound();
    const html = readFileSync(file, 'utf8').replaceAll(`api-base="${PAGE_API_BASE}"`, `api-base="${apiBase}"`);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.setHeader('Content-Encoding', 'gzip');
      res.end(gzipSync(html));
    } else res.end(html);
  });
}

/** Runs `lhci <args>`; resolves with its exit code. */
function lhci(args) {
  const bin = createRequire(import.meta.url).resolve('@lhci/cli/src/cli.js');
  const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot, stdio: 'inherit' });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

const round = (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const score = (category) => (category?.score == null ? '–' : String(Math.round(category.score * 100)));

/** The section of bench/RESULTS.md from the reports of this run. */
function section(reports, chromium) {
  const lighthouseVersion = reports[0]?.lighthouseVersion ?? '?';
  const lhciVersion = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@lhci/cli/package.json'), 'utf8')).version;
  const rows = pages.map(({ name, path }) => {
    const report = reports.find((r) => new URL(r.requestedUrl).pathname + new URL(r.requestedUrl).search === path);
    if (!report) return `| ${name} | no report | | | | | | | | |`;
    const c = report.categories;
    const a = report.audits;
    const kb = a['total-byte-weight']?.numericValue;
    return `| ${name} (\`${path}\`) | ${score(c.performance)} | ${score(c.accessibility)} | ${score(c['best-practices'])} | ${score(c.seo)} | ${round(a['first-contentful-paint']?.numericValue)} | ${round(a['largest-contentful-paint']?.numericValue)} | ${Math.round(a['total-blocking-time']?.numericValue ?? 0)} ms | ${(a['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)} | ${kb === undefined ? '–' : `${(kb / 1024).toFixed(0)} kB`} |`;
  });
  return [
    HEADING,
    '',
    `Written by scripts/lighthouse.mjs on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}: Lighthouse ${lighthouseVersion} through @lhci/cli ${lhciVersion}, ` +
      `${chromium}, one run per page in Lighthouse's mobile setting (simulated slow 4G and a 4× slower CPU), ` +
      'the example pages served as static HTML with the built CDN bundle (brotli, cached as scripts/cdn-files.mjs serves it) ' +
      'and the reference API with its demo data on the same machine. Budgets: accessibility, best practices and SEO at 100 ' +
      '(the CI step fails below); performance is recorded, not asserted. The timings are simulated from one load on a shared ' +
      '2-core machine: compare them between runs, not with a phone.',
    '',
    '| page | performance | accessibility | best practices | SEO | first contentful paint | largest contentful paint | total blocking time | layout shift | transferred |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** Replaces (or appends) the "## Lighthouse" section of bench/RESULTS.md, keeping the others. */
function writeSection(text) {
  const current = readFileSync(resultsFile, 'utf8');
  const start = current.indexOf(`${HEADING}\n`);
  const end = start === -1 ? -1 : current.indexOf('\n## ', start + HEADING.length);
  const next = start === -1 ? `${current.trimEnd()}\n\n${text}` : current.slice(0, start) + text + (end === -1 ? '' : current.slice(end + 1));
  writeFileSync(resultsFile, next);
}

const api = startApi({ port: 0, db: ':memory:' });
const stopApi = () => {
  if (api.child.exitCode === null) api.child.kill('SIGTERM');
};
process.on('exit', stopApi);
let server;
let code = 1;
try {
  // "localhost", so the demo publishable key's allowed origins (http://localhost:*) match the pages.
  const apiBase = (await api.url).replace('127.0.0.1', 'localhost');
  server = await pageServer(apiBase);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://localhost:${server.address().port}`;
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

  const config = join(tmpdir(), `ibusibuk-lighthouserc-${process.pid}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      ci: {
        collect: {
          url: pages.map(({ path }) => base + path),
          numberOfRuns: 1,
          chromePath,
          settings: {
            chromeFlags: '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run',
          },
        },
        assert: {
          assertions: Object.fromEntries(ASSERTED.map((category) => [`categories:${category}`, ['error', { minScore: 1 }]])),
        },
      },
    }),
  );
  rmSync(reportsDir, { recursive: true, force: true });
  code = await lhci(['collect', `--config=${config}`]);
  const reports = existsSync(reportsDir)
    ? readdirSync(reportsDir)
        .filter((f) => /^lhr-.*\.json$/.test(f))
        .map((f) => JSON.parse(readFileSync(join(reportsDir, f), 'utf8')))
    : [];
  if (code === 0) {
    const chromium = reports[0]?.environment?.hostUserAgent?.match(/Chrome\/(\d+)/)?.[0]?.replace('Chrome/', 'Chromium ') ?? 'Chromium';
    const text = section(reports, chromium);
    console.log(`\n${text}`);
    if (!values['no-write']) writeSection(text);
    // Fails (exit 1) when a page scores below a budget, naming the audits that cost points.
    code = await lhci(['assert', `--config=${config}`]);
  }
  rmSync(config, { force: true });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  server?.close();
  stopApi();
}
process.exit(code);
