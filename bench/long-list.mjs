// Benchmark 3: long lists. <ibusibuk-campaign-list> given 100, 1,000 and 10,000 campaigns
// (controlled mode: the `campaigns` property, no network; clones of the demo campaigns) in
// headless Chromium on a 412×915 phone screen with 4× CPU slowdown. For each size, 5 fresh
// pages, the sizes taking turns: time from creating the element to the end of the frame
// showing its first card, and the number of elements in the DOM (shadow roots included) once it has settled. Then, at
// 10,000, scrolling: 150 frames of half a screen each (a fast flick), then jumps half-way, to the
// end and back, watching for long tasks (> 50 ms, PerformanceObserver 'longtask'), beside the
// same scroll over a plain page of the same height (the control).
// Goals: 10,000 no slower than 1.5× 100; DOM nodes bounded by the viewport (at 10,000 within
// 1.2× of the count at 100); no long task over 50 ms while scrolling (phone CPU).
import { startApiServer } from './lib/api-child.mjs';
import { launch, newPage, PHONE } from './lib/browser.mjs';
import { buildLongListPage, OUT } from './lib/pages.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { int, isMain, log, median, ms, printResult, ratio, table, verdict } from './lib/util.mjs';

export const title = '3. Long lists: <ibusibuk-campaign-list> with 100, 1,000 and 10,000 campaigns';
const SIZES = [100, 1000, 10000];
const RUNS = Number(process.env.BENCH_LONG_LIST_RUNS ?? 5);
const PROFILE = { ...PHONE, network: null, name: '412×915 @2.625, 4× CPU slowdown, no network' };

async function openPage(browser, url) {
  const handle = await newPage(browser, PROFILE);
  await handle.page.goto(url, { waitUntil: 'load' });
  await handle.page.evaluate(() => window.bench.ready);
  return handle;
}

const SCROLL_ROUNDS = Number(process.env.BENCH_SCROLL_ROUNDS ?? 3);

export async function run() {
  const api = await startApiServer({ campaigns: 0, demoSeed: true });
  const browser = await launch();
  let pages;
  try {
    const res = await fetch(`${api.url}/v1/campaigns?status=open&limit=100`, {
      headers: { authorization: `Bearer ${api.publishableKey}` },
    });
    const templates = (await res.json()).data;
    await buildLongListPage(templates);
    pages = await startStaticServer(OUT);
    const url = `${pages.url.replace('127.0.0.1', 'localhost')}/long-list/`;

    // The sizes take turns, round after round, so a busy moment of this shared machine falls on
    // all of them alike; the first round warms the browser's compile caches and is not counted.
    const samples = Object.fromEntries(SIZES.map((n) => [n, { times: [], counts: undefined }]));
    for (let i = 0; i < RUNS + 1; i++) {
      for (const n of SIZES) {
        const { context, page } = await openPage(browser, url);
        try {
          await page.evaluate((size) => window.bench.prepare(size), n);
          const t = await page.evaluate(() => window.bench.mount());
          samples[n].counts = await page.evaluate(() => window.bench.settle());
          if (i > 0) samples[n].times.push(t);
        } finally {
          await context.close();
        }
      }
    }
    const bySize = SIZES.map((n) => ({ n, first: median(samples[n].times), times: samples[n].times, ...samples[n].counts }));
    for (const x of bySize) log(`long-list ${x.n}: first render ${x.first.toFixed(0)} ms, ${x.nodes} nodes, ${x.cards} cards`);

    const big = () => bySize[bySize.length - 1];
    // Main-thread time by kind during the scroll (Chromium's Performance.getMetrics, seconds).
    const KINDS = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];
    const metrics = async (cdp) => {
      const { metrics: list } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(list.filter((m) => KINDS.includes(m.name)).map((m) => [m.name, m.value * 1000]));
    };
    const scrolls = [];
    // The phone-CPU scroll of the list runs SCROLL_ROUNDS times: on a small shared machine one run
    // can land on a busy moment, so the median round stands for the run and all rounds are shown.
    const runs = [...Array.from({ length: SCROLL_ROUNDS }, () => ['list', PROFILE.cpuSlowdown]), ['control', PROFILE.cpuSlowdown], ['list', 1]];
    for (const [kind, cpu] of runs) {
      const { context, page, cdp } = await openPage(browser, url);
      try {
        if (kind === 'list') {
          await page.evaluate(() => window.bench.prepare(10000));
          await page.evaluate(() => window.bench.mount());
          await page.evaluate(() => window.bench.settle());
        } else {
          await page.evaluate((h) => window.bench.control(h), big().height);
        }
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
        await cdp.send('Performance.enable');
        const before = await metrics(cdp);
        const s = await page.evaluate(() => window.bench.scroll());
        const after = await metrics(cdp);
        const spent = Object.fromEntries(KINDS.map((k) => [k, after[k] - before[k]]));
        scrolls.push({ kind, cpu, ...s, spent });
        log(`long-list scroll ${kind} [${cpu}×]: ${s.tasks.length} long tasks, longest ${s.longest.toFixed(0)} ms, slowest frame ${s.maxFrame.toFixed(0)} ms`);
      } finally {
        await context.close();
      }
    }

    const small = bySize[0];
    const large = big();
    const control = scrolls.find((x) => x.kind === 'control');
    const phoneRounds = scrolls.filter((x) => x.kind === 'list' && x.cpu > 1);
    const phoneScroll = [...phoneRounds].sort((a, b) => a.tasks.length - b.tasks.length || a.longest - b.longest)[Math.floor(phoneRounds.length / 2)];
    const unthrottled = scrolls.find((x) => x.kind === 'list' && x.cpu === 1);
    const timeRatio = large.first / small.first;
    const nodeRatio = large.nodes / small.nodes;
    const timeMet = timeRatio <= 1.5;
    const nodesMet = nodeRatio <= 1.2;
    const scrollMet = phoneScroll.tasks.length === 0;
    const share = (x, k) => `${((x.spent[k] / x.spent.TaskDuration) * 100).toFixed(0)} %`;

    const notes = [];
    if (!timeMet) {
      notes.push(
        `- **First render at 10,000 missed by ${ratio(timeRatio - 1.5)}** (${ms(large.first, 0)} against ${ms(small.first, 0)} at 100; ` +
          `the loads: ${bySize.map((x) => `${int(x.n)}: ${x.times.map((t) => t.toFixed(0)).join(', ')} ms`).join('; ')}). ` +
          'Before its first card the element does nothing per campaign (unfiltered, it keeps the array as given, and the DOM holds ' +
          `${int(large.nodes)} elements at every size), so look at the spread of the loads above before at the element.`,
      );
    }
    if (!nodesMet) {
      notes.push(
        `- **DOM nodes missed by ${ratio(nodeRatio - 1.2)}**: ${int(large.nodes)} at 10,000 against ${int(small.nodes)} at 100, while the cards ` +
          `in the DOM stay ${large.cards} against ${small.cards}. The element keeps one placeholder \`<div>\` per chunk of 24 campaigns ` +
          `(${int(Math.ceil(large.n / 24))} at 10,000, ${int(Math.ceil(100_000 / 24))} at 100,000), so the DOM grows by one node per 24 campaigns; ` +
          'one spacer above and one below the rendered chunks would keep it flat.',
      );
    }
    if (!scrollMet) {
      notes.push(
        `- **Scrolling missed**: ${phoneScroll.tasks.length} long tasks under the phone CPU, the longest ${ms(phoneScroll.longest, 0)} ` +
          `(${ms(phoneScroll.longest - 50, 0)} over 50 ms); slowest frame ${ms(phoneScroll.maxFrame, 0)}. The plain page of the same height ` +
          `scrolled the same way had ${control.tasks.length} (longest ${control.tasks.length ? ms(control.longest, 0) : '—'}), and without ` +
          `throttling the list had ${unthrottled.tasks.length}. Of the list's main-thread time while scrolling (4×), script took ` +
          `${share(phoneScroll, 'ScriptDuration')}, style recalculation ${share(phoneScroll, 'RecalcStyleDuration')}, layout ` +
          `${share(phoneScroll, 'LayoutDuration')}, and the rest (Chromium does not break it down here) is the other rendering work ` +
          '(paint recording, compositing, intersection observers) of frames full of cards: the main thread was busy ' +
          `${ms(phoneScroll.spent.TaskDuration, 0)} of ${ms(phoneScroll.ms, 0)} against the control's ${ms(control.spent.TaskDuration, 0)}. ` +
          "The cost is in rendering the cards rather than in the element's script.",
      );
    }

    const markdown = [
      `Chromium headless, ${PROFILE.name}; the element alone on a page (pages/long-list.html), in controlled mode (\`campaigns\` ` +
        `property, no network), campaigns cloned from the demo seed's open ones. First render: median of ${RUNS} fresh pages ` +
        '(after one warm-up round; the three sizes take turns, round after round), from `document.createElement` to the end of the frame showing the first card. Nodes: every element ' +
        'in the document and its shadow roots after the element settles.',
      '',
      table(
        ['campaigns', 'first render (median)', 'vs 100', 'DOM elements', 'vs 100', 'cards in the DOM', 'page height'],
        bySize.map((x) => [
          int(x.n),
          ms(x.first, 0),
          ratio(x.first / small.first),
          int(x.nodes),
          ratio(x.nodes / small.nodes),
          int(x.cards),
          `${int(x.height)} px`,
        ]),
      ),
      '',
      table(
        ['scrolling (150 frames × ½ screen, then jumps)', 'long tasks > 50 ms', 'longest task', 'slowest frame', 'main thread busy', 'script / style / layout', 'DOM elements after'],
        scrolls.map((x) => [
          `${x.kind === 'list' ? 'list of 10,000' : 'control: plain page, same height'}, ${x.cpu > 1 ? `${x.cpu}× CPU` : 'no throttling'}`,
          String(x.tasks.length),
          x.tasks.length ? ms(x.longest, 0) : '—',
          ms(x.maxFrame, 0),
          `${ms(x.spent.TaskDuration, 0)} of ${ms(x.ms, 0)}`,
          `${ms(x.spent.ScriptDuration, 0)} / ${ms(x.spent.RecalcStyleDuration, 0)} / ${ms(x.spent.LayoutDuration, 0)}`,
          int(x.nodesAfter),
        ]),
      ),
      '',
      table(
        ['goal', 'figure', 'verdict'],
        [
          ['first render at 10,000 ≤ 1.5× at 100', ratio(timeRatio), verdict(timeMet)],
          ['DOM nodes bounded by the viewport (10,000 ≤ 1.2× 100)', ratio(nodeRatio), verdict(nodesMet)],
          [
            'no long task > 50 ms while scrolling 10,000 (4× CPU)',
            `${phoneScroll.tasks.length} (longest ${phoneScroll.tasks.length ? ms(phoneScroll.longest, 0) : '—'}; median of ${phoneRounds.length} rounds: ${phoneRounds.map((x) => x.tasks.length).join(', ')})`,
            verdict(scrollMet),
          ],
        ],
      ),
      ...(notes.length ? ['', ...notes] : []),
    ].join('\n');
    return {
      title,
      markdown,
      goals: [
        { name: 'long list: first render 10,000 ≤ 1.5× 100', met: timeMet, figure: ratio(timeRatio) },
        { name: 'long list: DOM nodes bounded', met: nodesMet, figure: ratio(nodeRatio) },
        { name: 'long list: no long task > 50 ms scrolling (4× CPU)', met: scrollMet, figure: `${phoneScroll.tasks.length} long tasks` },
      ],
      data: { bySize, scrolls },
    };
  } finally {
    await browser.close();
    await pages?.close();
    await api.stop();
  }
}

if (isMain(import.meta.url)) printResult(await run());
