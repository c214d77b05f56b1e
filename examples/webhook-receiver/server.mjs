// A minimal receiver: `IBUSIBUK_WEBHOOK_SECRET=whsec_… node server.mjs`, then register
// http://localhost:4242/webhooks as an endpoint. Answers 2xx fast; does the work after.
import { createServer } from 'node:http';
import { verifyWebhook } from './verify.mjs';

const secret = process.env.IBUSIBUK_WEBHOOK_SECRET;
if (!secret) throw new Error('Set IBUSIBUK_WEBHOOK_SECRET to the endpoint secret (whsec_…).');
const seen = new Set(); // webhook-id is the same on every retry: keep a real store of ids in production

createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    let event;
    try {
      event = verifyWebhook(secret, Buffer.concat(chunks).toString('utf8'), req.headers);
    } catch {
      res.writeHead(400).end('bad signature');
      return;
    }
    res.writeHead(204).end();
    if (seen.has(event.id)) return;
    seen.add(event.id);
    console.log(event.type, event.id);
  });
}).listen(Number(process.env.PORT ?? 4242), '127.0.0.1');
