// Injected before any page script (Playwright addInitScript) by first-card.mjs: records when
// an element whose text is the campaign's title first exists in the document or in any shadow
// root, and the end of the frame that paints it (a task posted from requestAnimationFrame runs
// after that frame's paint). Times are performance.now(): ms since navigation start.
(() => {
  const TITLE = '%TITLE%';
  const roots = [document];
  const done = () => window.__firstCard !== undefined;
  const check = () => {
    if (done()) return;
    // Declarative shadow roots (server HTML in the page) are attached by the parser, not attachShadow().
    for (const host of document.querySelectorAll('ibusibuk-campaign')) {
      if (host.shadowRoot && !roots.includes(host.shadowRoot)) {
        roots.push(host.shadowRoot);
        observe(host.shadowRoot);
      }
    }
    for (const root of roots) {
      for (const el of root.querySelectorAll('h1, h2, h3')) {
        if (el.textContent.trim() === TITLE) {
          const dom = performance.now();
          window.__firstCard = { dom };
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => {
              const paint = performance.now();
              const api = performance.getEntriesByType('resource').find((e) => e.name.includes('/v1/campaigns/'));
              const scripts = performance.getEntriesByType('resource').filter((e) => e.initiatorType === 'script' || /\.js(\?|$)/.test(e.name));
              Object.assign(window.__firstCard, {
                apiStart: api?.startTime,
                apiEnd: api?.responseEnd,
                scriptsEnd: scripts.length ? Math.max(...scripts.map((e) => e.responseEnd)) : undefined,
                paint,
              });
            };
            ch.port2.postMessage(0);
          });
          return;
        }
      }
    }
  };
  function observe(root) {
    new MutationObserver(check).observe(root, { childList: true, subtree: true, characterData: true });
  }
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.push(root);
    observe(root);
    return root;
  };
  observe(document);
  document.addEventListener('DOMContentLoaded', check);
})();
