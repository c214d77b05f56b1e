// Vite settings for serving examples/ with the elements built from their TypeScript
// sources. Used by scripts/dev.mjs and scripts/screenshots.mjs (which load Vite from
// packages/elements, where it is installed), so this file imports nothing itself (the brand
// console's session handler is plain Node, loaded when the server starts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const examplesRoot = fileURLToPath(new URL('.', import.meta.url));

/** The URL every example page loads the elements from, as it would a CDN bundle. */
export const ELEMENTS_URL = '/cdn/ibusibuk-elements.js';
/** The API base written in the example pages. */
export const DEFAULT_API_BASE = 'http://localhost:8787';

/**
 * Serves `/cdn/ibusibuk-elements.js` from the elements' sources (dev), or from the
 * built CDN bundle `packages/elements/dist/cdn/` when `cdn` is true; and points the
 * pages' `<ibusibuk-provider api-base>` at the API actually running.
 */
function ibusibukExamples({ apiBase, cdn }) {
  const entry = cdn
    ? `${repoRoot}packages/elements/dist/cdn/ibusibuk-elements.js`
    : `${repoRoot}packages/elements/src/cdn/index.ts`;
  return {
    name: 'ibusibuk-examples',
    configResolved() {
      if (cdn && !existsSync(entry)) {
        throw new Error(`No CDN bundle at ${entry}: run \`pnpm --filter @ibusibuk/elements build\` first.`);
      }
    },
    resolveId(id) {
      return id === ELEMENTS_URL ? entry : undefined;
    },
    // The brand console's back-office: mints a brand staff session (examples/brand-console/server.mjs).
    async configureServer(server) {
      const { sessionHandler } = await import('./brand-console/server.mjs');
      const handle = sessionHandler({ api: apiBase });
      server.middlewares.use('/brand-console/session', (req, res) => void handle(req, res));
    },
    transformIndexHtml(html) {
      return apiBase === DEFAULT_API_BASE ? html : html.replaceAll(`api-base="${DEFAULT_API_BASE}"`, `api-base="${apiBase}"`);
    },
  };
}

/** The inline Vite config for the examples (no config file is read). */
export function examplesConfig({ apiBase = DEFAULT_API_BASE, port = 5173, host = 'localhost', cdn = false } = {}) {
  return {
    configFile: false,
    root: examplesRoot,
    appType: 'mpa',
    logLevel: 'warn',
    clearScreen: false,
    resolve: {
      // Workspace packages (@ibusibuk/sdk) are read from their sources too.
      conditions: ['source', 'module', 'browser', 'development|production'],
    },
    server: { port, host, strictPort: false, fs: { allow: [repoRoot] } },
    optimizeDeps: { entries: [] },
    plugins: [ibusibukExamples({ apiBase, cdn })],
  };
}
