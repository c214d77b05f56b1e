#!/usr/bin/env node
// `pnpm dev`: the reference API (demo seed, dev outbox) and the example pages served by
// Vite with the elements from source. Ctrl-C stops both.
//
//   node scripts/dev.mjs [--api-port 8787] [--port 5173] [--db :memory:|FILE] [--cdn]
//
// --cdn serves the built CDN bundle (packages/elements/dist/cdn) instead of the sources.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { cdnFiles } from './cdn-files.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Starts the reference server as a child process; resolves with its URL once it listens.
 * With `logs`, its log lines (short ones, in dev mode) go on to this terminal from then on.
 */
export function startApi({ port, db, logs = false }) {
  if (db !== ':memory:') mkdirSync(dirname(db), { recursive: true });
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts', '--seed', 'demo', '--dev', '--port', String(port), '--db', db],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = new Promise((resolve, reject) => {
    let seen = '';
    const look = (chunk) => {
      seen += chunk;
      const match = /listening on (\S+)/.exec(seen);
      if (!match) return;
      child.stdout.off('data', look);
      if (logs) child.stdout.pipe(process.stdout);
      else child.stdout.resume();
      resolve(match[1]);
    };
    child.stdout.on('data', look);
    child.once('exit', (code) => reject(new Error(`the API server exited (code ${code}) before listening:\n${seen}`)));
  });
  return { child, url };
}

/** Vite, loaded from packages/elements where it is installed. */
export async function loadVite() {
  const require = createRequire(`${repoRoot}packages/elements/package.json`);
  return import(pathToFileURL(require.resolve('vite')).href);
}

async function main() {
  const { values } = parseArgs({
    options: {
      'api-port': { type: 'string', default: process.env.IBUSIBUK_API_PORT ?? '8787' },
      port: { type: 'string', default: process.env.PORT ?? '5173' },
      db: { type: 'string', default: ':memory:' },
      cdn: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('Usage: pnpm dev [--api-port 8787] [--port 5173] [--db :memory:|.data/dev.db] [--cdn]');
    process.exit(0);
  }

  const api = startApi({ port: Number(values['api-port']), db: values.db, logs: true });
  const stopApi = () => {
    if (api.child.exitCode === null) api.child.kill('SIGTERM');
  };
  process.on('exit', stopApi);

  const apiUrl = await api.url;
  // Pages use "localhost" so the publishable key's allowed origins (http://localhost:*) match.
  const apiBase = apiUrl.replace('127.0.0.1', 'localhost');

  const { createServer } = await loadVite();
  const { examplesConfig } = await import(pathToFileURL(`${repoRoot}examples/vite.config.mjs`).href);
  const config = examplesConfig({ apiBase, port: Number(values.port), cdn: values.cdn });
  // --cdn: the built files as a CDN serves them, not through Vite's transforms (scripts/cdn-files.mjs).
  if (values.cdn) config.plugins = [cdnFiles(`${repoRoot}packages/elements/dist/cdn`), ...config.plugins];
  const vite = await createServer(config);
  await vite.listen();
  const pages = vite.resolvedUrls?.local[0] ?? `http://localhost:${values.port}/`;

  console.log(`
  Ibu Sibuk Embed, dev mode${values.cdn ? ' (built CDN bundle)' : ' (elements from source)'}

  Brand site        ${pages}brand-site/
  Orami article     ${pages}orami-article/
  Brand console     ${pages}brand-console/   (staff session minted with sk_test_brand_demo)
  All examples      ${pages}

  API               ${apiBase}   (database ${values.db})
  Publishable key   pk_test_demo
  Secret key        sk_test_demo   (server-side only: examples/sdk-node)
  Sign-in codes     ${apiBase}/v1/dev/outbox?email=<your email>

  Ctrl-C stops both.
`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await vite.close();
    stopApi();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  api.child.once('exit', (code) => {
    if (stopping) return;
    console.error(`The API server stopped (code ${code}).`);
    void vite.close().then(() => process.exit(1));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
