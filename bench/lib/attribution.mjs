// Where a bundle's bytes come from: the same esbuild build as scripts/size.mjs's measure(),
// with the metafile's per-input byte counts (minified, before gzip) summed by package.
// Only to explain a missed budget; the sizes themselves come from measure().
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './util.mjs';

const components = join(ROOT, 'packages/elements/src/components');

function groupOf(input) {
  const nm = input.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = input.slice(nm + 'node_modules/'.length).split('/');
    const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    if (name === 'zod') return 'zod (zod/mini and its core)';
    if (name === 'lit-html' || name === 'lit' || name === '@lit/reactive-element') return 'lit (lit-html, reactive-element)';
    return name;
  }
  const m = /packages\/(\w+)\/src\/(?:components\/)?([\w-]+)/.exec(input);
  if (m) return m[1] === 'sdk' ? `@ibusibuk/sdk ${m[2].replace(/\.ts$/, '')}` : `elements: ${m[2].replace(/\.ts$/, '')}`;
  return input;
}

/** { groups: [{ name, bytes }], total } over the first load (entry + static imports), or every chunk. */
export async function attribute(modules, { includeLazy = false } = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'ibusibuk-attr-'));
  const entry = join(outdir, 'entry.js');
  writeFileSync(entry, modules.map((m) => `import ${JSON.stringify(join(components, m))};`).join('\n'));
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2021',
      conditions: ['source', 'browser'],
      outdir: join(outdir, 'out'),
      metafile: true,
      logLevel: 'silent',
      tsconfig: join(ROOT, 'packages/elements/tsconfig.json'),
    });
    const outputs = result.metafile.outputs;
    const entryOut = Object.keys(outputs).find((f) => outputs[f].entryPoint);
    const first = new Set();
    const visit = (file) => {
      if (first.has(file)) return;
      first.add(file);
      for (const imp of outputs[file].imports) if (imp.kind === 'import-statement') visit(imp.path);
    };
    visit(entryOut);
    const groups = new Map();
    let total = 0;
    const files = includeLazy ? Object.keys(outputs).filter((f) => f.endsWith('.js')) : [...first];
    for (const file of files) {
      for (const [input, { bytesInOutput }] of Object.entries(outputs[file].inputs)) {
        const g = groupOf(input);
        groups.set(g, (groups.get(g) ?? 0) + bytesInOutput);
        total += bytesInOutput;
      }
    }
    return { groups: [...groups].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes), total };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
