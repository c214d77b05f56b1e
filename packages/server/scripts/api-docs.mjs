// Writes the endpoint table of docs/api.md from the OpenAPI document the server serves
// (GET /v1/openapi.json), so the two cannot differ. `--check` only reports a difference.
// Run with the workspace's TypeScript sources: node --conditions=source --import tsx packages/server/scripts/api-docs.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/index.ts';
import { endpointTable, withEndpointTable } from '../src/http/endpoint-table.ts';

const file = fileURLToPath(new URL('../../../docs/api.md', import.meta.url));
const { app, close } = await createApp({ db: ':memory:', seed: false, logLevel: 'silent' });
const document = await (await app.request('/v1/openapi.json')).json();
await close();

const current = readFileSync(file, 'utf8');
const next = withEndpointTable(current, endpointTable(document));
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('docs/api.md differs from GET /v1/openapi.json: run `pnpm api:docs`.');
    process.exit(1);
  }
  console.log('docs/api.md matches the OpenAPI document.');
} else {
  writeFileSync(file, next);
  console.log(next === current ? 'docs/api.md already up to date.' : 'docs/api.md: endpoint table rewritten.');
}
