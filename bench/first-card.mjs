// Benchmark 2: time to the first campaign card on the example brand page (examples/brand-site,
// <ibusibuk-campaign> inside <ibusibuk-provider>, the elements bundled from source as the CDN
// serves them) against the same page whose embed is replaced by a script that fetches the same
// JSON and writes a card with innerHTML. Headless Chromium, a fresh browser context per load
// (cold HTTP cache, cache disabled), pages gzip-served from 127.0.0.1, API from another port
// (so CORS preflights happen as on a brand's site). Median of 20 loads each, alternating.
// Measured: performance.now() when the campaign's title is painted (see pages/first-card-probe.js).
// Goal: ≤ 1.3× the baseline, judged under the phone profile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApiServer } from './lib/api-child.mjs';
import { launch, newPage, PHONE, UNTHROTTLED } from './lib/browser.mjs';
import { buildFirstCardPages, fill, OUT } from './lib/pages.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { BENCH, isMain, log, median, ms, percentile, printResult, ratio, table, verdict } from './lib/util.mjs';

export const title = '2. Time to the first campaign card on the example brand page';
const RUNS = Number(process.env.BENCH_FIRST_CARD_RUNS ?? 20);
// Unthrottled is shown for reference only, with fewer loads to keep the run short.
const RUNS_UNTHROTTLED = Math.max(1, Math.round(RUNS / 2));
const GOAL = 1.3;

async function load(browser, profile, url, probe) {
  const { context, page } = await newPage(browser, profile);
  const requests = [];
  page.on('request', (r) => requests.push(r));
  try {
    await page.addInitScript(probe);
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    await page.waitForFunction(() => window.__firstCard?.paint !== undefined, null, { timeout: 60_000, polling: 50 });
    const result = await page.evaluate(() => window.__firstCard);
    let bytes = 0;
    for (const r of requests) {
      const sizes = await r.sizes().catch(() => null);
      if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    }
    const scripts = requests.filter((r) => r.resourceType() === 'script').length;
    return { ...result, requests: requests.length, scripts, bytes };
  } finally {
    await context.close();
  }
}

export async function run() {
  const api = await startApiServer({ campaigns: 0, demoSeed: true });
  const browser = await launch();
  const pages = await startStaticServer(OUT);
  try {
    const apiBase = api.url.replace('127.0.0.1', 'localhost');
    const example = readFileSync(join(BENCH, '../examples/brand-site/index.html'), 'utf8');
    const slug = /<ibusibuk-campaign\s[^>]*campaign="([^"]+)"/.exec(example)?.[1];
    if (!slug) throw new Error('no <ibusibuk-campaign campaign="…"> in examples/brand-site/index.html');
    const campaign = await (
      await fetch(`${api.url}/v1/campaigns/${slug}`, { headers: { authorization: `Bearer ${api.publishableKey}` } })
    ).json();
    if (!campaign.title) throw new Error(`the demo seed has no campaign ${slug}`);
    await buildFirstCardPages({ apiBase, publishableKey: api.publishableKey, slug });
    const probe = fill(readFileSync(join(BENCH, 'pages/first-card-probe.js'), 'utf8'), { TITLE: campaign.title });
    // Pages on localhost, API on localhost:<other port>: the demo key allows http://localhost:*.
    const base = pages.url.replace('127.0.0.1', 'localhost');
    const variants = [
      { key: 'element', name: 'brand page as in examples/ (CDN entry: every element)', url: `${base}/brand-site/` },
      { key: 'baseline', name: 'same page, fetch + innerHTML', url: `${base}/baseline/` },
      { key: 'campaignOnly', name: 'same page loading only provider + campaign', url: `${base}/brand-site-campaign/`, phoneOnly: true },
    ];

    const results = [];
    for (const profile of [PHONE, UNTHROTTLED]) {
      const runs = profile === PHONE ? RUNS : RUNS_UNTHROTTLED;
      const used = variants.filter((v) => profile === PHONE || !v.phoneOnly);
      const samples = Object.fromEntries(used.map((v) => [v.key, []]));
      const last = {};
      for (const v of used) await load(browser, profile, v.url, probe); // warm the servers, not the cache
      for (let i = 0; i < runs; i++) {
        const order = i % 2 ? [...used].reverse() : used;
        for (const v of order) {
          const r = await load(browser, profile, v.url, probe);
          samples[v.key].push(r);
          last[v.key] = r;
        }
      }
      const stat = (key) => {
        const paint = samples[key].map((s) => s.paint);
        const dom = samples[key].map((s) => s.dom);
        const m = (field) => median(samples[key].map((s) => s[field]).filter((x) => x !== undefined));
        return {
          median: median(paint),
          p90: percentile(paint, 90),
          dom: median(dom),
          apiStart: m('apiStart'),
          apiEnd: m('apiEnd'),
          scriptsEnd: m('scriptsEnd'),
          requests: last[key].requests,
          scripts: last[key].scripts,
          bytes: last[key].bytes,
        };
      };
      const element = stat('element');
      const baseline = stat('baseline');
      const campaignOnly = samples.campaignOnly ? stat('campaignOnly') : null;
      results.push({ profile, runs, element, baseline, campaignOnly, ratio: element.median / baseline.median });
      log(`first-card [${profile.cpuSlowdown}×]: element ${element.median.toFixed(0)} ms, baseline ${baseline.median.toFixed(0)} ms`);
    }

    const phone = results[0];
    const met = phone.ratio <= GOAL;
    const cells = (x) => [
      ms(x.median, 0),
      ms(x.p90, 0),
      `${ms(x.apiStart, 0)} → ${ms(x.apiEnd, 0)}`,
      ms(x.dom, 0),
      `${x.requests} / ${(x.bytes / 1000).toFixed(1)} kB`,
    ];
    const rows = results.flatMap((r) => [
      [r.profile.name, variants[0].name, ...cells(r.element), ratio(r.ratio)],
      ...(r.campaignOnly ? [[r.profile.name, variants[2].name, ...cells(r.campaignOnly), ratio(r.campaignOnly.median / r.baseline.median)]] : []),
      [r.profile.name, variants[1].name, ...cells(r.baseline), '1.00× (baseline)'],
    ]);
    const notes = [];
    if (!met) {
      const extraMs = phone.element.median - GOAL * phone.baseline.median;
      notes.push(
        `- **Missed by ${ratio(phone.ratio - GOAL)}** under the phone profile (${ms(extraMs, 0)} over 1.3× the baseline's ${ms(phone.baseline.median, 0)}). ` +
          `The element's page transfers ${(phone.element.bytes / 1000).toFixed(1)} kB in ${phone.element.requests} requests against the baseline's ` +
          `${(phone.baseline.bytes / 1000).toFixed(1)} kB in ${phone.baseline.requests}. The page loads the CDN entry, which defines every ` +
          `element (benchmark 1's "everything" first load) in ${phone.element.scripts} script files, the chunks found one level at a time ` +
          `as each arrives (150 ms a round trip here), the last at ${ms(phone.element.scriptsEnd, 0)}; the campaign request can only start once they have arrived and run: ` +
          `at ${ms(phone.element.apiStart, 0)} against the baseline's ${ms(phone.baseline.apiStart, 0)}, whose inline script starts it as soon as ` +
          `the HTML is parsed. From the JSON's arrival to the painted title: ${ms(phone.element.median - phone.element.apiEnd, 0)} for the element, ` +
          `${ms(phone.baseline.median - phone.baseline.apiEnd, 0)} for innerHTML. ` +
          `Loading only the provider and the campaign element instead of the CDN entry gives ${ratio(phone.campaignOnly.median / phone.baseline.median)} ` +
          `(${(phone.campaignOnly.bytes / 1000).toFixed(1)} kB in ${phone.campaignOnly.requests} requests, ${phone.campaignOnly.scripts} of them scripts, ` +
          `campaign requested at ${ms(phone.campaignOnly.apiStart, 0)}): fewer bytes, but nearly as many round trips before the element can ask for its data. ` +
          `Without throttling the ratio is ${ratio(results[1].ratio)}.`,
      );
    }
    const markdown = [
      `Chromium headless, a new context per load (empty cache, cache disabled), the example page's HTML served gzipped by a static ` +
        `server on localhost, the API (demo seed, dev mode off) on another localhost port, so both pages make the same CORS preflight. ` +
        `Campaign: \`${slug}\` ("${campaign.title}"). Time = ms from navigation start to the end of the frame that painted the ` +
        `campaign's title. ${RUNS} loads per page under the phone profile (${RUNS_UNTHROTTLED} unthrottled), alternating, after one warm-up load each. ` +
        'Requests / bytes as transferred (last load). The third page, phone profile only, shows what the CDN entry costs.',
      '',
      table(['profile', 'page', 'first card (median)', 'p90', 'campaign JSON requested → received', 'title in DOM', 'requests / bytes', 'ratio'], rows),
      '',
      table(
        ['goal', 'figure', 'verdict'],
        [
          [`first card ≤ ${GOAL}× baseline (phone profile)`, ratio(phone.ratio), verdict(met)],
          ['same, without throttling (for reference)', ratio(results[1].ratio), verdict(results[1].ratio <= GOAL)],
          ['same page loading only provider + campaign (phone, for reference)', ratio(phone.campaignOnly.median / phone.baseline.median), verdict(phone.campaignOnly.median / phone.baseline.median <= GOAL)],
        ],
      ),
      ...(notes.length ? ['', ...notes] : []),
    ].join('\n');
    return { title, markdown, goals: [{ name: `first card ≤ ${GOAL}× innerHTML baseline (phone)`, met, figure: ratio(phone.ratio) }], data: results };
  } finally {
    await browser.close();
    await pages.close();
    await api.stop();
  }
}

if (isMain(import.meta.url)) printResult(await run());
