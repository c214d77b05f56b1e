// Harness of benchmark 3, bundled by bench/lib/pages.mjs with the elements' sources:
// <ibusibuk-campaign-list> in controlled mode (its `campaigns` property), no network.
import '../../packages/elements/src/components/campaign-list/campaign-list.ts';

const NOW = new Date('2026-06-01T00:00:00.000Z');
let templates = [];

/** n campaigns cloned from the demo ones, each with its own id, slug and title. */
function make(n) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length];
    out[i] = { ...t, id: `cmp_list${String(i).padStart(8, '0')}`, slug: `${t.slug}-${i}`, title: `${t.title} #${i + 1}` };
  }
  return out;
}

const nextPaint = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(0);
    }),
  );

/** Every element in the document, shadow roots included. */
function countNodes(root = document) {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += countNodes(el.shadowRoot);
  }
  return n;
}

window.bench = {
  ready: fetch('./campaigns.json')
    .then((r) => r.json())
    .then((list) => {
      templates = list;
      return list.length;
    }),
  prepare(n) {
    window.__list = make(n);
    return n;
  },
  /** Mounts the list with the prepared campaigns; ms from before creating the element to the end of the frame showing its first card. */
  async mount() {
    const t0 = performance.now();
    const el = document.createElement('ibusibuk-campaign-list');
    el.now = NOW;
    el.campaigns = window.__list;
    document.getElementById('root').append(el);
    await el.updateComplete;
    const hasCard = () => el.shadowRoot?.querySelector('[part~="card"]');
    while (!hasCard()) await nextPaint();
    const t1 = await nextPaint();
    window.__el = el;
    return t1 - t0;
  },
  /** Waits until the element stops rendering (IntersectionObserver rounds), then counts. */
  async settle() {
    for (let i = 0; i < 10; i++) await nextPaint();
    await new Promise((r) => setTimeout(r, 300));
    await window.__el.updateComplete;
    return {
      nodes: countNodes(),
      shadowNodes: countNodes(window.__el.shadowRoot),
      cards: window.__el.shadowRoot.querySelectorAll('[part~="card"]').length,
      height: document.documentElement.scrollHeight,
    };
  },
  /** The control for scrolling: a plain page as tall as the list's, no element, no shadow DOM. */
  control(height) {
    const div = document.createElement('div');
    div.style.cssText = `height:${height}px;background:repeating-linear-gradient(#fff 0 400px,#f3ede2 400px 420px)`;
    div.innerHTML = '<p style="margin:1rem">Kampanye</p>'.repeat(50);
    document.getElementById('root').append(div);
    return document.documentElement.scrollHeight;
  },
  /**
   * Scrolls through the list as a quick flick would, frame by frame, then jumps half-way,
   * to the end and back to the top; returns the long tasks (> 50 ms) seen meanwhile.
   */
  async scroll({ frames = 150, step = 0.5 } = {}) {
    const tasks = [];
    const po = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
    po.observe({ type: 'longtask' });
    const t0 = performance.now();
    const vh = window.innerHeight;
    let maxFrame = 0;
    let last = performance.now();
    for (let i = 0; i < frames; i++) {
      window.scrollBy(0, vh * step);
      const t = await nextPaint();
      maxFrame = Math.max(maxFrame, t - last);
      last = t;
    }
    for (const y of [0.5, 1, 0]) {
      window.scrollTo(0, (document.documentElement.scrollHeight - vh) * y);
      for (let i = 0; i < 5; i++) {
        const t = await nextPaint();
        maxFrame = Math.max(maxFrame, t - last);
        last = t;
      }
    }
    await new Promise((r) => setTimeout(r, 200));
    tasks.push(...po.takeRecords().map((e) => e.duration));
    po.disconnect();
    const nodesAfter = countNodes();
    return { tasks, longest: tasks.length ? Math.max(...tasks) : 0, maxFrame, ms: performance.now() - t0, nodesAfter, scrolled: frames * vh * step };
  },
};
