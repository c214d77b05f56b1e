// A page reload in the middle of an upload, in headless Chromium: the same file, picked
// again after the reload, continues from where the server stopped (tus-js-client keeps the
// upload's URL in localStorage under the file's fingerprint), and its progress starts there.
//
//   node --conditions=source --import tsx bench/uploads/reload-resume.mjs
//
// The SDK is bundled for the browser with esbuild (tus-js-client in its own lazy chunk) and
// served from another origin than the API, as on a brand's page. The file is generated in
// the page from a fixed seed, so "the same file" is the same bytes, name and date after the
// reload, as a File picked from the phone's gallery would be. Prints a JSON verdict; exit 1
// if the upload restarted from zero or the stored file differs.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { launch } from '../lib/browser.mjs';
import { startStaticServer } from '../lib/static-server.mjs';
import { ROOT } from '../lib/util.mjs';

const SIZE = 24 * 1024 * 1024;
const CHUNK = 1024 * 1024;
const RELOAD_AT = 0.4;

/** The file's bytes from a fixed seed (xorshift32), an MP4 header first; the page runs the same code. */
const fileSource = `
export function videoBytes(size) {
  const bytes = new Uint8Array(size);
  let x = 2463534242;
  for (let i = 0; i < size; i += 4) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    bytes[i] = x & 255; bytes[i + 1] = (x >>> 8) & 255; bytes[i + 2] = (x >>> 16) & 255; bytes[i + 3] = (x >>> 24) & 255;
  }
  bytes.set([0,0,0,0x18,0x66,0x74,0x79,0x70,0x69,0x73,0x6f,0x6d,0,0,2,0,0x69,0x73,0x6f,0x6d,0x69,0x73,0x6f,0x32]);
  return bytes;
}`;

const { startServer } = await import(pathToFileURL(`${ROOT}packages/server/src/index.ts`).href);
const work = mkdtempSync(join(tmpdir(), 'ibusibuk-reload-'));
const api = await startServer({ db: ':memory:', port: 0, uploadsDir: join(work, 'uploads'), demoKeys: true, uploadSweepIntervalMs: 0, logLevel: 'silent' });
const page = join(work, 'page');
writeFileSync(join(work, 'bytes.js'), fileSource);
writeFileSync(
  join(work, 'entry.js'),
  `import { createClient } from ${JSON.stringify(`${ROOT}packages/sdk/src/index.ts`)};
import { videoBytes } from './bytes.js';
window.upload = (baseUrl, sessionToken, reloadAt) => {
  const file = new File([videoBytes(${SIZE})], 'reels-pagi.mp4', { type: 'video/mp4', lastModified: 1780000000000 });
  const progress = [];
  const client = createClient({ baseUrl, sessionToken });
  return client.uploads.create(file, {
    chunkSize: ${CHUNK},
    onProgress: (p) => {
      progress.push(p.loaded);
      if (reloadAt && p.loaded >= reloadAt) location.reload();
    },
  }).then((upload) => ({ upload, progress }));
};`,
);
await build({
  entryPoints: [join(work, 'entry.js')],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  conditions: ['source', 'browser'],
  outdir: page,
  logLevel: 'silent',
});
writeFileSync(join(page, 'index.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="/entry.js"></script>');
const site = await startStaticServer(page);

const officer = await fetch(`${api.url}/v1/sessions`, {
  method: 'POST',
  headers: { authorization: 'Bearer sk_test_demo', 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'reload@example.com', name: 'Ibu Reload' }),
});
const { token } = await officer.json();

const browser = await launch();
try {
  const tab = await (await browser.newContext()).newPage();
  const siteUrl = site.url.replace('127.0.0.1', 'localhost');
  await tab.goto(siteUrl);
  await tab.waitForFunction(() => typeof window.upload === 'function');
  // First attempt: the page reloads itself once 40 % has gone out.
  const reloaded = tab.waitForEvent('load');
  tab.evaluate(([url, t, at]) => window.upload(url, t, at), [api.url, token, Math.floor(SIZE * RELOAD_AT)]).catch(() => {});
  await reloaded;
  await tab.waitForFunction(() => typeof window.upload === 'function');
  const stored = await tab.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tus::')).length);
  // After the reload: the same file again.
  const { upload, progress } = await tab.evaluate(([url, t]) => window.upload(url, t, 0), [api.url, token]);

  const expected = createHash('sha256');
  const { videoBytes } = await import(pathToFileURL(join(work, 'bytes.js')).href);
  expected.update(videoBytes(SIZE));
  const actual = createHash('sha256');
  for await (const chunk of createReadStream(join(work, 'uploads', 'tus', upload.id))) actual.update(chunk);
  const verdict = {
    size: SIZE,
    reloadedAfter: Math.floor(SIZE * RELOAD_AT),
    urlsKeptInLocalStorage: stored,
    firstProgressAfterReload: progress[0],
    lastProgress: progress.at(-1),
    continued: progress[0] > 0,
    byteIdentical: expected.digest('hex') === actual.digest('hex'),
    leftInLocalStorage: await tab.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tus::')).length),
  };
  console.log(JSON.stringify(verdict, null, 2));
  process.exitCode = verdict.continued && verdict.byteIdentical ? 0 : 1;
} finally {
  await browser.close();
  await site.close?.();
  await api.close();
  rmSync(work, { recursive: true, force: true });
}
