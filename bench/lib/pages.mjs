// Builds the pages benchmarks 2 and 3 load, into bench/pages/.out/. Benchmark 2: the CDN
// bundle exactly as packages/elements builds it (`vite build` with its vite.config.ts: the
// lazy loader dist/cdn/ibusibuk-elements.js and its chunks/), only written to .out/cdn/ so a
// build in packages/elements/dist is neither needed nor overwritten, and the example brand
// page that loads it from /cdn/. Benchmark 3: the long-list harness, bundled from the
// elements' TypeScript sources by esbuild (conditions source/browser, minified).
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH, ROOT } from './util.mjs';

export const OUT = join(BENCH, 'pages/.out');
const ELEMENTS = join(ROOT, 'packages/elements');
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Replaces a quoted placeholder such as '%TITLE%' with a JS string literal. */
export const fill = (text, values) =>
  Object.entries(values).reduce((t, [k, v]) => t.replaceAll(`'%${k}%'`, JSON.stringify(v)), text);

async function bundle(entryPoints, outdir) {
  const result = await build({
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2021',
    conditions: ['source', 'browser'],
    tsconfig: join(ELEMENTS, 'tsconfig.json'),
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.metafile;
}

/**
 * The CDN build, as `cd packages/elements && pnpm exec vite build` makes it (same Vite, same
 * vite.config.ts, same working directory), written to `outdir` instead of dist/cdn. With
 * `BENCH_CDN_DIR` set, that directory (an existing build, e.g. packages/elements/dist/cdn)
 * is copied instead. Returns the built JavaScript files with their raw and gzip sizes and the
 * built files each imports statically.
 */
export async function buildCdn(outdir) {
  rmSync(outdir, { recursive: true, force: true });
  const reuse = process.env.BENCH_CDN_DIR;
  let how;
  if (reuse) {
    if (!existsSync(join(reuse, 'ibusibuk-elements.js'))) throw new Error(`BENCH_CDN_DIR=${reuse} has no ibusibuk-elements.js`);
    cpSync(reuse, outdir, { recursive: true });
    how = `the one in ${reuse} (BENCH_CDN_DIR), copied to bench/pages/.out/cdn`;
  } else {
    const require = createRequire(join(ELEMENTS, 'package.json'));
    const pkg = require.resolve('vite/package.json');
    const bin = join(dirname(pkg), JSON.parse(readFileSync(pkg, 'utf8')).bin.vite);
    const args = [bin, 'build', '--outDir', relative(ELEMENTS, outdir), '--emptyOutDir', '--logLevel', 'error'];
    const output = [];
    const code = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: ELEMENTS, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1', FORCE_COLOR: '0' } });
      child.stdout.on('data', (d) => output.push(d));
      child.stderr.on('data', (d) => output.push(d));
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`vite build of packages/elements failed (exit ${code}):\n${Buffer.concat(output).toString().replace(ANSI_COLOUR, '').slice(0, 3000)}`);
    how = 'packages/elements `vite build` (its vite.config.ts, output directory bench/pages/.out/cdn), made at the start of this benchmark';
  }
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.js')) {
        const raw = readFileSync(file);
        const text = raw.toString('utf8');
        // Static imports of other built files (`import{a as b}from"./x.js"`, `import"./x.js"`): each
        // is fetched only once this file has arrived and been parsed.
        const imports = [...text.matchAll(/\bimport\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map((m) =>
          relative(outdir, join(dirname(file), m[1])).replaceAll('\\', '/'),
        );
        files.push({ path: relative(outdir, file).replaceAll('\\', '/'), bytes: raw.length, gzip: gzipSync(raw, { level: 9 }).length, imports });
      }
    }
  };
  walk(outdir);
  if (!files.some((f) => f.path === 'ibusibuk-elements.js')) throw new Error(`the CDN build in ${outdir} has no ibusibuk-elements.js`);
  return { how, files };
}

/**
 * The brand page as examples/brand-site ships it, loading the CDN build from /cdn/ on its own
 * origin (as `pnpm dev --cdn` serves it), and the innerHTML baseline beside it; and the same
 * brand page as a brand's server would make it with the campaign's server HTML included
 * (`campaignHtml`, from the SDK's `embed.renderCampaign`) in place of the empty element.
 */
export async function buildFirstCardPages({ apiBase, publishableKey, slug, campaignHtml }) {
  // Left over from earlier versions of this benchmark.
  for (const old of ['cdn-campaign', 'brand-site-campaign', 'campaign-entry.js']) rmSync(join(OUT, old), { recursive: true, force: true });
  const cdn = await buildCdn(join(OUT, 'cdn'));
  const example = readFileSync(join(ROOT, 'examples/brand-site/index.html'), 'utf8');
  const SCRIPT = /<script type="module"(?: async)? src="\/cdn\/ibusibuk-elements.js"><\/script>/;
  const provider = /<ibusibuk-provider[\s\S]*?<\/ibusibuk-provider>/;
  if (!SCRIPT.test(example) || !provider.test(example)) {
    throw new Error('examples/brand-site/index.html no longer has the script tag or the <ibusibuk-provider> this benchmark rewrites');
  }
  const brand = example.replace(/api-base="[^"]*"/g, `api-base="${apiBase}"`);
  mkdirSync(join(OUT, 'brand-site'), { recursive: true });
  writeFileSync(join(OUT, 'brand-site/index.html'), brand);
  const element = /<ibusibuk-campaign\s[^>]*><\/ibusibuk-campaign>/;
  if (!element.test(brand)) throw new Error('examples/brand-site/index.html no longer has the empty <ibusibuk-campaign> this benchmark fills');
  mkdirSync(join(OUT, 'server-include'), { recursive: true });
  writeFileSync(join(OUT, 'server-include/index.html'), brand.replace(element, () => campaignHtml));

  const baselineScript = fill(readFileSync(join(BENCH, 'pages/baseline.js'), 'utf8'), {
    API_BASE: apiBase,
    KEY: publishableKey,
    SLUG: slug,
  });
  const baseline = example
    .replace(SCRIPT, `<script type="module">\n${baselineScript}\n</script>`)
    .replace(provider, '<div id="ibusibuk-baseline"></div>');
  mkdirSync(join(OUT, 'baseline'), { recursive: true });
  writeFileSync(join(OUT, 'baseline/index.html'), baseline);
  return { cdn };
}

/** The long-list harness page: <ibusibuk-campaign-list> alone, in controlled mode. */
export async function buildLongListPage(templateCampaigns) {
  const dir = join(OUT, 'long-list');
  rmSync(dir, { recursive: true, force: true });
  await bundle({ harness: join(BENCH, 'pages/long-list.js') }, dir);
  writeFileSync(join(dir, 'campaigns.json'), JSON.stringify(templateCampaigns));
  writeFileSync(join(dir, 'index.html'), readFileSync(join(BENCH, 'pages/long-list.html'), 'utf8'));
}
