// A brand's back-office server: it holds the brand's restricted secret key, mints a short-lived
// staff session with the SDK for the person using the page, and hands the page only the sst_ token.
//   IBUSIBUK_API=http://127.0.0.1:8787 IBUSIBUK_SECRET_KEY=sk_test_brand_demo node examples/brand-console/server.mjs
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createClient } from '@ibusibuk/sdk';

const api = process.env.IBUSIBUK_API ?? 'http://127.0.0.1:8787';
const client = createClient({ baseUrl: api, secretKey: process.env.IBUSIBUK_SECRET_KEY ?? 'sk_test_brand_demo' });
const port = Number(process.env.PORT ?? 5180);

createServer(async (req, res) => {
  if (req.url === '/session' && req.method === 'POST') {
    try {
      // Here the back-office would check its own sign-in; the demo acts for one person.
      const session = await client.sessions.create({
        role: 'brand',
        permissions: ['participations.review', 'drafts.review', 'insights.review', 'payouts.record', 'reports.read'],
        expiresIn: 3600,
        actor: { name: 'Putri (Brand Manager)', email: 'putri@brand.example' },
      });
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ token: session.token }));
    } catch (error) {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: error.code ?? 'session_error' }));
    }
    return;
  }
  if (req.url === '/' || req.url === '/index.html') {
    const page = (await readFile(new URL('./index.html', import.meta.url), 'utf8')).replaceAll('%IBUSIBUK_API%', api);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
    return;
  }
  res.writeHead(404).end();
}).listen(port, '127.0.0.1', () => console.log(`Brand console on http://127.0.0.1:${port}/ (API ${api})`));
