// Builds the pages benchmarks 2 and 3 load, into bench/pages/.out/, from the elements'
// TypeScript sources (esbuild, conditions source/browser, minified, code splitting: the
// way a CDN serves the bundle) and the example brand page.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH, ROOT } from './util.mjs';

export const OUT = join(BENCH, 'pages/.out');
const ELEMENTS = join(ROOT, 'packages/elements');

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

/** The brand page as examples/brand-site ships it, and the innerHTML baseline beside it. */
export async function buildFirstCardPages({ apiBase, publishableKey, slug }) {
  rmSync(join(OUT, 'cdn'), { recursive: true, force: true });
  await bundle({ 'ibusibuk-elements': join(ELEMENTS, 'src/cdn.ts') }, join(OUT, 'cdn'));
  const example = readFileSync(join(ROOT, 'examples/brand-site/index.html'), 'utf8');
  const SCRIPT = '<script type="module" src="/cdn/ibusibuk-elements.js"></script>';
  const provider = /<ibusibuk-provider[\s\S]*?<\/ibusibuk-provider>/;
  if (!example.includes(SCRIPT) || !provider.test(example)) {
    throw new Error('examples/brand-site/index.html no longer has the script tag or the <ibusibuk-provider> this benchmark rewrites');
  }
  const brand = example.replace(/api-base="[^"]*"/g, `api-base="${apiBase}"`);
  mkdirSync(join(OUT, 'brand-site'), { recursive: true });
  writeFileSync(join(OUT, 'brand-site/index.html'), brand);

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

  // The same page loading only what <ibusibuk-campaign> needs (provider + campaign entries,
  // the "campaign up to the apply form" budget of the size check) instead of the CDN entry.
  rmSync(join(OUT, 'cdn-campaign'), { recursive: true, force: true });
  writeFileSync(
    join(OUT, 'campaign-entry.js'),
    ['provider/provider.ts', 'campaign/campaign.ts']
      .map((m) => `import ${JSON.stringify(join(ELEMENTS, 'src/components', m))};`)
      .join('\n'),
  );
  await bundle({ 'ibusibuk-campaign': join(OUT, 'campaign-entry.js') }, join(OUT, 'cdn-campaign'));
  mkdirSync(join(OUT, 'brand-site-campaign'), { recursive: true });
  writeFileSync(
    join(OUT, 'brand-site-campaign/index.html'),
    brand.replace(SCRIPT, '<script type="module" src="/cdn-campaign/ibusibuk-campaign.js"></script>'),
  );
  const campaignMatch = /<ibusibuk-campaign\s[^>]*campaign="([^"]+)"/.exec(example);
  return { exampleSlug: campaignMatch?.[1] ?? null };
}

/** The long-list harness page: <ibusibuk-campaign-list> alone, in controlled mode. */
export async function buildLongListPage(templateCampaigns) {
  const dir = join(OUT, 'long-list');
  rmSync(dir, { recursive: true, force: true });
  await bundle({ harness: join(BENCH, 'pages/long-list.js') }, dir);
  writeFileSync(join(dir, 'campaigns.json'), JSON.stringify(templateCampaigns));
  writeFileSync(join(dir, 'index.html'), readFileSync(join(BENCH, 'pages/long-list.html'), 'utf8'));
}
