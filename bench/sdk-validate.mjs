// Benchmark 5: the SDK's response validation. A page of 100 campaigns is fetched on loopback
// from the reference server (its own process) and read as JSON, which any client must do;
// then validated exactly as the SDK does it (`parseResponse(CampaignList, body)`: on Node, zod's
// compiled fast path), and by zod/mini's interpreter alone, which is what pages run.
// Goal: validating takes under 10 % of the time the fetch takes. Medians of 200 alternating
// rounds after 30 warm-up rounds; the SDK's whole `campaigns.list({ limit: 100 })` is shown
// beside them. Needs tsx (the SDK is imported from its TypeScript sources).
import { pathToFileURL } from 'node:url';
import { startApiServer } from './lib/api-child.mjs';
import { isMain, kB, log, median, ms, pct, percentile, printResult, ROOT, table, verdict } from './lib/util.mjs';

export const title = '5. SDK: validating a page of 100 campaigns against fetching it';
const ROUNDS = Number(process.env.BENCH_SDK_ROUNDS ?? 200);
const WARMUP = 30;

export async function run() {
  const sdk = await import(pathToFileURL(`${ROOT}packages/sdk/src/index.ts`).href);
  const { parseResponse } = await import(pathToFileURL(`${ROOT}packages/sdk/src/internal/parse.ts`).href);
  // The SDK's own zod, for the interpreter's figure (the bench folder has no zod of its own).
  const z = await import(pathToFileURL(`${ROOT}packages/sdk/node_modules/zod/mini/index.js`).href);
  const server = await startApiServer({ campaigns: 1000, demoSeed: true });
  try {
    const url = `${server.url}/v1/campaigns?status=open&limit=100`;
    const headers = { authorization: `Bearer ${server.publishableKey}`, 'accept-language': 'id', accept: 'application/json' };
    const client = sdk.createClient({ baseUrl: server.url, publishableKey: server.publishableKey, retry: { maxRetries: 0 } });

    const fetchTimes = [];
    const validateTimes = [];
    const interpretTimes = [];
    const sdkTimes = [];
    let bytes = 0;
    let count = 0;
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      let t = performance.now();
      const res = await fetch(url, { headers });
      const text = await res.text();
      const body = JSON.parse(text);
      const fetchMs = performance.now() - t;

      t = performance.now();
      const page = parseResponse(sdk.CampaignList, body, { status: res.status, requestId: undefined });
      const validateMs = performance.now() - t;

      t = performance.now();
      if (!z.safeParse(sdk.CampaignList, body).success) throw new Error('the interpreter refused the page');
      const interpretMs = performance.now() - t;

      t = performance.now();
      const viaSdk = await client.campaigns.list({ status: 'open', limit: 100 });
      const sdkMs = performance.now() - t;

      if (i >= WARMUP) {
        fetchTimes.push(fetchMs);
        validateTimes.push(validateMs);
        interpretTimes.push(interpretMs);
        sdkTimes.push(sdkMs);
      }
      bytes = text.length;
      count = page.data.length;
      if (viaSdk.data.length !== count) throw new Error('the SDK returned another page');
    }
    const f = median(fetchTimes);
    const v = median(validateTimes);
    const iv = median(interpretTimes);
    const s = median(sdkTimes);
    const share = v / f;
    const met = share < 0.1 && count === 100;
    log(`sdk: fetch ${f.toFixed(2)} ms, validate ${v.toFixed(2)} ms (${(share * 100).toFixed(1)} %), interpreter ${iv.toFixed(2)} ms, sdk ${s.toFixed(2)} ms`);

    const markdown = [
      `Node ${process.version}, server in its own process on loopback (demo seed + 1,000 campaigns), ` +
        `GET /v1/campaigns?status=open&limit=100 → ${count} campaigns, ${kB(bytes)} of JSON (no compression on loopback). ` +
        `${ROUNDS} rounds after ${WARMUP} warm-up rounds; in each round the four are timed one after the other. ` +
        "On Node the SDK parses responses with `z.compile`, zod's ahead-of-time fast path (packages/sdk/src/internal/compiled-schema.node.ts); " +
        "pages keep zod/mini's interpreter, because compiling needs `new Function`, which a strict CSP forbids, and the compiler would add to every page's weight.",
      '',
      table(
        ['step', 'median', 'p90', 'share of the fetch'],
        [
          ['fetch + read body + JSON.parse (any client)', ms(f, 2), ms(percentile(fetchTimes, 90), 2), '100 %'],
          ['validate: `parseResponse(CampaignList, body)` (what the SDK adds on Node, compiled)', ms(v, 2), ms(percentile(validateTimes, 90), 2), pct(share)],
          ['for reference: `z.safeParse(CampaignList, body)` by the interpreter (what pages run)', ms(iv, 2), ms(percentile(interpretTimes, 90), 2), pct(iv / f)],
          ['whole `client.campaigns.list({ limit: 100 })` (fetch, headers, retries, validation)', ms(s, 2), ms(percentile(sdkTimes, 90), 2), pct(s / f)],
        ],
      ),
      '',
      table(['goal', 'figure', 'verdict'], [['validation < 10 % of the fetch', pct(share), verdict(met)]]),
      '',
      `- In pages, validation stays on zod/mini's interpreter: ${ms(iv, 2)} for the same page, ${pct(iv / f)} of this loopback fetch ` +
        `(${((iv / count) * 1000).toFixed(0)} µs a campaign). A page's fetch crosses a network, where it takes hundreds of milliseconds ` +
        '(benchmark 2: about 200 ms for one campaign on the phone profile), so there the share is a small fraction of this one.',
      ...(met
        ? []
        : [
            `- **Missed by ${pct(share - 0.1)}**: validating ${count} campaigns took ${ms(v, 2)}, ${pct(share)} of a ${ms(f, 2)} loopback fetch ` +
              `(${((v / count) * 1000).toFixed(0)} µs a campaign: 19 fields, nested objects for brand, compensation, requirements and ` +
              "timeline, six ISO date-time checks, id and enum checks). On loopback the fetch costs little more than the server's own work; " +
              'over a phone network the fetch takes hundreds of milliseconds and the same validation is a far smaller share.',
          ]),
    ].join('\n');
    return { title, markdown, goals: [{ name: 'SDK validation < 10 % of fetch', met, figure: pct(share) }], data: { f, v, iv, s, bytes, count } };
  } finally {
    await server.stop();
  }
}

if (isMain(import.meta.url)) printResult(await run());
