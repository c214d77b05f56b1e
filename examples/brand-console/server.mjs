// A brand's back-office server, reduced to what matters: it holds the brand's restricted secret
// key, mints a short-lived staff session for the person using the console, and hands the page
// only the sst_ token. `pnpm dev` mounts `sessionHandler` at /brand-console/session; alone:
//   IBUSIBUK_API=http://127.0.0.1:8787 node examples/brand-console/server.mjs   (POST /session on :5180)
// Plain fetch rather than the SDK, so `pnpm dev` loads this file without building the SDK; a real
// back-office would call `client.sessions.create(...)` with the same body.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

/** Responds to `POST` with `{ token }`: a brand staff session for the brand of `secretKey`. */
export function sessionHandler({ api = 'http://127.0.0.1:8787', secretKey = 'sk_test_brand_demo' } = {}) {
  return async (req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    // Here the back-office would check its own sign-in; the demo acts for one person at the brand.
    const minted = await fetch(`${api}/v1/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        role: 'brand',
        permissions: ['participations.review', 'drafts.review', 'insights.review', 'payouts.record', 'reports.read'],
        expiresIn: 3600,
        actor: { name: 'Putri (Si Kecil Organik)', email: 'putri@sikecilorganik.example' },
      }),
    }).catch(() => undefined);
    const body = minted?.ok ? await minted.json() : undefined;
    if (typeof body?.token !== 'string') {
      res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'session_error' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify({ token: body.token }));
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const handle = sessionHandler({ api: process.env.IBUSIBUK_API, secretKey: process.env.IBUSIBUK_SECRET_KEY });
  const port = Number(process.env.PORT ?? 5180);
  createServer((req, res) => (req.url === '/session' ? handle(req, res) : res.writeHead(404).end())).listen(port, '127.0.0.1', () =>
    console.log(`Brand console sessions on http://127.0.0.1:${port}/session`),
  );
}
