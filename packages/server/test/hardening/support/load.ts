import autocannon from 'autocannon';
import { startChild } from './child.js';

/**
 * Autocannon on loopback against the server in its own process (file database in `dataDir`, demo
 * seed): the public campaign list, and a KOL write (`PUT /v1/me/payout-profile`, one KOL per
 * connection). Shared by the hardening test (5 s) and bench/load.mjs (30 s).
 */
export interface LoadFigures {
  path: string;
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  p50: number;
  p99: number;
  max: number;
}

const ORIGIN = 'http://localhost:5173';

export async function runLoad(options: { dataDir: string; connections: number; seconds: number }): Promise<LoadFigures[]> {
  const child = await startChild({ dataDir: options.dataDir, db: `${options.dataDir}/api.db`, seed: 'demo' });
  try {
    const tokens: string[] = [];
    for (let i = 0; i < options.connections; i++) {
      const minted = await fetch(`${child.url}/v1/sessions`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk_test_demo', 'content-type': 'application/json' },
        body: JSON.stringify({ email: `beban${i}@example.com`, name: `Ibu Beban ${i}` }),
      });
      tokens.push(((await minted.json()) as { token: string }).token);
    }
    const list = await cannon({
      url: `${child.url}/v1/campaigns?limit=20`,
      connections: options.connections,
      duration: options.seconds,
      headers: { authorization: 'Bearer pk_test_demo', origin: ORIGIN },
    });
    const body = JSON.stringify({ details: { method: 'ewallet', provider: 'gopay', phone: '081234567890', name: 'Ibu Beban' } });
    const write = await cannon({
      url: `${child.url}/v1/me/payout-profile`,
      connections: options.connections,
      duration: options.seconds,
      method: 'PUT',
      body,
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      // Each connection is one KOL, so the writes are many people's, not one row's.
      setupClient: (client: { setHeaders(h: Record<string, string>): void }) => {
        client.setHeaders({ authorization: `Bearer ${tokens.shift() ?? tokens[0]}`, 'content-type': 'application/json', origin: ORIGIN });
      },
    });
    return [figures('GET /v1/campaigns?limit=20 (publishable key)', options, list), figures('PUT /v1/me/payout-profile (a KOL per connection)', options, write)];
  } finally {
    await child.close();
  }
}

type Result = autocannon.Result;
const cannon = (opts: autocannon.Options) => new Promise<Result>((resolve, reject) => void autocannon(opts, (error, result) => (error ? reject(error) : resolve(result))));

function figures(path: string, options: { connections: number; seconds: number }, r: Result): LoadFigures {
  return {
    path,
    connections: options.connections,
    seconds: options.seconds,
    requests: r.requests.total,
    perSecond: Math.round(r.requests.average),
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
  };
}

export const loadTable = (rows: LoadFigures[]) =>
  [
    '| path | connections | seconds | requests | req/s | errors | timeouts | non-2xx | p50 ms | p99 ms | max ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.path} | ${r.connections} | ${r.seconds} | ${r.requests} | ${r.perSecond} | ${r.errors} | ${r.timeouts} | ${r.non2xx} | ${r.p50} | ${r.p99} | ${r.max} |`),
  ].join('\n');
