/**
 * HTML over the wire for script-only pages: as soon as the loader runs, it asks the API for
 * each `<ibusibuk-campaign>`'s server-rendered HTML (`GET /v1/embed/campaigns/:id`, Lit's
 * server renderer) and puts it in the page element's shadow root before the element's code
 * arrives. The card is painted from it; the element, defined once it is in, hydrates those
 * nodes (`@lit-labs/ssr-client`) with the campaign the HTML carries, without fetching again.
 * Benchmark 2 (bench/first-card.mjs, the HTML-first page) is what this serves.
 */

// The elements' name for the data script (internal/server-data.ts), repeated: the loader may
// share no module with the element chunks (rolldown would move it into the loader).
const SERVER_DATA = 'script[data-ibusibuk-data]';
const TAGS = new Set(['ibusibuk-campaign']);

/** Each tag's HTML requests still in flight: its definition waits for them, so it hydrates instead of rendering twice. */
const pending = new Map<string, Set<Promise<void>>>();

/** A frame painted: what was put in the page before is on screen. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Settles once every HTML asked for `tag` so far is in the page, or has failed, and, when the page
 * holds server HTML of that tag, once it has been painted: defining the element (evaluating, then
 * hydrating) is main-thread work the first card need not wait for.
 */
export async function htmlSettled(tag: string): Promise<void> {
  await Promise.allSettled([...(pending.get(tag) ?? [])]);
  if ([...document.querySelectorAll(tag)].some((el) => el.shadowRoot)) await nextPaint();
}

/** The API request of `el`'s HTML, or undefined when the page cannot make it (no provider, key or campaign yet). */
function htmlRequest(el: Element): Request | undefined {
  const provider = el.closest('ibusibuk-provider');
  const base = provider?.getAttribute('api-base');
  const key = provider?.getAttribute('publishable-key') ?? '';
  const campaign = el.getAttribute('campaign');
  if (!base || !key.startsWith('pk_') || !campaign) return undefined;
  // The element's language: its own, then the provider's, then the page's (as the element decides it).
  const lang = el.getAttribute('locale') ?? provider!.getAttribute('locale') ?? document.documentElement.lang.slice(0, 2);
  try {
    const url = new URL(`${base.replace(/\/?$/, '/')}v1/embed/campaigns/${encodeURIComponent(campaign)}`);
    url.searchParams.set('locale', lang === 'en' ? 'en' : 'id');
    return new Request(url, { headers: { accept: 'text/html', authorization: `Bearer ${key}` } });
  } catch {
    return undefined; // the provider reports a bad api-base once it is defined
  }
}

/**
 * Moves the rendered shadow root into `el`. Its `<style>` elements become constructed style
 * sheets, as Lit's own styles are: a page with a strict Content-Security-Policy refuses style elements.
 */
function insert(el: Element, markup: string): void {
  if (el.shadowRoot || customElements.get(el.localName)) return; // the element came first and rendered itself
  // Parsed in this document, detached: declarative shadow roots attach, nothing is shown yet.
  const holder = document.createElement('div');
  holder.setHTMLUnsafe(markup);
  const rendered = holder.querySelector(el.localName);
  const shadow = rendered?.shadowRoot;
  if (!rendered || !shadow) return;
  const sheets = [...shadow.querySelectorAll('style')].map((style) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(style.textContent ?? '');
    style.remove();
    return sheet;
  });
  const root = el.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  root.append(...shadow.childNodes);
  const data = rendered.querySelector(`:scope > ${SERVER_DATA}`);
  if (data) el.append(data);
}

const asked = new WeakSet<Element>();

let hydrationAsked = false;

/**
 * Lit's hydration support, fetched beside the HTML and the element's code rather than after
 * them: the element's definition waits for it (IbuSibukElement.define), and asked for only then
 * it would cost one more round trip before "Daftar sekarang" works. A chunk of its own, so
 * pages with no server HTML never load it.
 */
function prepareHydration(): void {
  if (hydrationAsked) return;
  hydrationAsked = true;
  import('../internal/hydration.js')
    .then((hydration) => hydration.installHydration())
    .catch(() => {}); // the element asks again when it is defined
}

/** Asks for the HTML of every campaign in `root` that has neither code nor a shadow root yet. */
export function requestHtml(root: ParentNode | Element): void {
  if (!('setHTMLUnsafe' in Element.prototype)) return; // older browsers: the element renders itself
  const found = [...root.querySelectorAll([...TAGS].join(','))];
  if ('localName' in root && TAGS.has(root.localName)) found.push(root);
  for (const el of found) {
    if (asked.has(el) || el.shadowRoot || customElements.get(el.localName)) continue;
    asked.add(el);
    const request = htmlRequest(el);
    if (!request) continue;
    prepareHydration();
    const arrived = fetch(request)
      .then((response) => (response.ok ? response.text() : undefined))
      .then((markup) => {
        if (markup) insert(el, markup);
      })
      .catch(() => {}) // the element renders and fetches as it would without the HTML
      .finally(() => pending.get(el.localName)?.delete(arrived));
    let waiting = pending.get(el.localName);
    if (!waiting) pending.set(el.localName, (waiting = new Set()));
    waiting.add(arrived);
  }
}
