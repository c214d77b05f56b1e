// Builds the CDN bundle: dist/cdn/ibusibuk-elements.js, a small loader that knows every tag
// (src/cdn/: index.ts, autoloader.ts, server-html.ts), and chunks/ with what it fetches when a tag is used.
// The chunks are grouped so that whatever a page shows is two round trips from its HTML: the
// loader, then, all at once, the runtime chunk (lit, the SDK, the shared element code and the
// provider, which every connected element sits in), one chunk per element used and, for the
// KOL's steps only, the kol-steps chunk. Only import()ed heavy parts (Markdown and its
// sanitiser, the upload transport) come later.
import { fileURLToPath } from 'node:url';
import { defineConfig, defaultClientConditions, type Plugin } from 'vite';
import { squeezeLitCss } from './scripts/squeeze-lit-css.mjs';

const src = fileURLToPath(new URL('./src/', import.meta.url)).replaceAll('\\', '/');
const path = (id: string) => id.replaceAll('\\', '/');

/**
 * The runtime chunk: what the elements share (lit, @lit/context, @lit/task, zod, the SDK,
 * src/internal, src/styles) and the provider. Shared code must live here: a module used by
 * two element chunks would otherwise be put in one of them, and the other would fetch it a
 * round trip later. Not the loader: it must import nothing statically, or the browser would
 * fetch and run this chunk before the loader could ask for the elements. Nor what is only
 * reached by import() (the provider's sign-in calls, marked, DOMPurify, tus-js-client), which
 * rolldown leaves in chunks of their own.
 */
function isRuntime(id: string): boolean {
  const p = path(id);
  if (p.startsWith(`${src}cdn/`)) return false;
  if (p.endsWith('.en.ts')) return false; // English text, fetched by import() only for `en`
  if (/rolldown[:/]runtime/.test(p)) return true; // the bundler's helpers, needed by every chunk
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit|zod)\//.test(p)) return true;
  if (p.includes('/packages/sdk/src/')) return true; // but for kol-steps, tested first
  if (p === `${src}components/provider/provider.session.ts`) return false;
  return [`${src}internal/`, `${src}styles/`, `${src}events.ts`, `${src}components/provider/`].some((d) => p.startsWith(d));
}

/**
 * What only the KOL's steps use (applying, signing in, drafts, insights): the SDK's request
 * schemas and their messages (its forms entry), the upload client, the base of the uploader and the submitter.
 * One chunk beside the runtime, fetched with the first of those elements, so a page that only
 * shows campaigns does not download and run it before its first card.
 */
function isKolSteps(id: string): boolean {
  const p = path(id);
  return (
    /\/packages\/sdk\/src\/(schemas\/[a-z-]+\.input|validation|forms|uploads-entry|core\/uploads|internal\/tus-[a-z-]+|resources\/(applications|drafts|insights|uploads|payout-profiles))\.ts$/.test(p) ||
    p.startsWith(`${src}internal/participation`)
  );
}

/** Every other element's own modules (component, styles, messages, helpers): one chunk each. */
function elementChunk(id: string): string | null {
  const m = new RegExp(`^${src.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}components/([a-z-]+)/([a-z-.]+)\\.ts$`).exec(path(id));
  // Parts loaded by import() (Markdown, the provider's sign-in calls, English text) stay chunks of their own.
  if (!m || m[2]!.endsWith('.markdown') || m[2]!.endsWith('.session') || m[2]!.endsWith('.en')) return null;
  return m[1]!;
}

/** Squeezes the css`` blocks of the elements' sources (see scripts/squeeze-lit-css.mjs). */
const minifyLitCss: Plugin = {
  name: 'ibusibuk-minify-lit-css',
  transform(code, id) {
    if (!/[\\/]packages[\\/]elements[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
    return squeezeLitCss(code);
  },
};

/**
 * The loader asks for an element's chunk with import(); the browser learns of the chunks that
 * one imports (the runtime, the bundler's helpers) only once it has arrived, a round trip
 * later. This rewrites each of the loader's import() calls to start those imports at the same
 * time, so an element's code is one round trip away from the loader.
 */
const importChunkDepsTogether: Plugin = {
  name: 'ibusibuk-import-chunk-deps-together',
  generateBundle(_options, bundle) {
    const deps = (file: string, seen = new Set<string>()): Set<string> => {
      const chunk = bundle[file];
      if (chunk?.type !== 'chunk') return seen;
      for (const dep of chunk.imports) if (!seen.has(dep)) deps(dep, seen.add(dep));
      return seen;
    };
    for (const entry of Object.values(bundle)) {
      if (entry.type !== 'chunk' || !entry.isEntry) continue;
      entry.code = entry.code.replace(/import\(([`'"])\.\/([^`'"]+)\1\)/g, (call, _quote: string, file: string) => {
        const together = [...deps(file)].map((d) => `import(${JSON.stringify(`./${d}`)}).catch(() => {})`);
        return together.length ? `(${[...together, call].join(',')})` : call;
      });
    }
  },
};

export default defineConfig({
  plugins: [minifyLitCss, importChunkDepsTogether],
  resolve: {
    // Workspace packages are read from their TypeScript sources.
    conditions: ['source', ...defaultClientConditions],
  },
  define: {
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: true,
    lib: {
      entry: fileURLToPath(new URL('./src/cdn/index.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'ibusibuk-elements.js',
    },
    rolldownOptions: {
      // Needed by a group that leaves its modules' dependencies to other groups (kol-steps).
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: {
          groups: [
            { name: 'kol-steps', test: isKolSteps, priority: 3, includeDependenciesRecursively: false },
            { name: 'runtime', test: isRuntime, priority: 2 },
            // One chunk per element, importing only the runtime.
            { name: elementChunk, debugName: 'elements', priority: 1 },
          ],
        },
      },
    },
  },
});
