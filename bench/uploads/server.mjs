// The server side of bench/uploads/throughput.mjs, in its own process (the client has the
// other core). One node:http server on loopback serves:
//   - the real API (createApp from packages/server), whose tus endpoint takes the resumable uploads;
//   - PUT /__bench/put: one plain PUT, the request streamed straight to a file in the same
//     uploads folder (node:http → fs, nothing else: the fastest a single request can go here);
//   - PUT /__bench/put-hono: the same through the Hono adapter the API runs on (web stream → fs),
//     to separate what tus costs from what the adapter costs;
//   - POST /__bench/reset: empties the uploads folder between runs.
// Started with: node --conditions=source --import tsx bench/uploads/server.mjs
import { createWriteStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../lib/util.mjs';

const serverRequire = createRequire(`${ROOT}packages/server/package.json`);
const { getRequestListener } = await import(pathToFileURL(serverRequire.resolve('@hono/node-server')).href);
const { createApp } = await import(pathToFileURL(`${ROOT}packages/server/src/index.ts`).href);

const uploadsDir = mkdtempSync(join(tmpdir(), 'ibusibuk-bench-uploads-'));
const { app, close } = await createApp({ db: ':memory:', uploadsDir, demoKeys: true, uploadSweepIntervalMs: 0, logLevel: 'silent' });
const api = getRequestListener(app.fetch);
let puts = 0;

const honoPut = getRequestListener(async (request) => {
  const path = join(uploadsDir, `bench-put-hono-${++puts}`);
  await pipeline(Readable.fromWeb(request.body), createWriteStream(path));
  return Response.json({ bytes: statSync(path).size, path }, { status: 201 });
});

const server = createServer(async (req, res) => {
  if (req.url === '/__bench/put' && req.method === 'PUT') {
    const path = join(uploadsDir, `bench-put-${++puts}`);
    try {
      await pipeline(req, createWriteStream(path));
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ bytes: statSync(path).size, path }));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
    return;
  }
  if (req.url === '/__bench/put-hono' && req.method === 'PUT') return honoPut(req, res);
  if (req.url === '/__bench/reset' && req.method === 'POST') {
    for (const name of readdirSync(uploadsDir)) if (name !== 'tus') rmSync(join(uploadsDir, name), { force: true });
    for (const name of readdirSync(join(uploadsDir, 'tus'))) rmSync(join(uploadsDir, 'tus', name), { force: true });
    res.writeHead(204).end();
    return;
  }
  return api(req, res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}`;

const session = await (
  await fetch(`${url}/v1/sessions`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_test_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench.video@example.com', name: 'Ibu Benchmark' }),
  })
).json();

process.send({ type: 'ready', url, token: session.token, uploadsDir, pid: process.pid });
process.on('message', async (msg) => {
  if (msg?.type !== 'close') return;
  server.closeAllConnections();
  server.close();
  await close();
  rmSync(uploadsDir, { recursive: true, force: true });
  process.exit(0);
});
