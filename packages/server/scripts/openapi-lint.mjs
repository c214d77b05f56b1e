// Lints the OpenAPI document the server serves with Redocly's recommended rules (redocly.yaml).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/index.ts';

const { app, close } = await createApp({ db: ':memory:', seed: false, dev: true, logLevel: 'silent' });
const document = await (await app.request('/v1/openapi.json')).json();
await close();
const dir = mkdtempSync(join(tmpdir(), 'ibusibuk-openapi-'));
const file = join(dir, 'openapi.json');
writeFileSync(file, JSON.stringify(document, null, 2));
try {
  execFileSync('redocly', ['lint', file, '--config', new URL('../../../redocly.yaml', import.meta.url).pathname], { stdio: 'inherit' });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
