/** What element tests read from the page: shadow roots, queries in them, their text, and waiting. */

/** The element's shadow root; fails with the tag's name when it has none (yet). */
export const shadow = (el: Element | null | undefined): ShadowRoot => {
  if (!el?.shadowRoot) throw new Error(`no shadow root on ${el?.tagName ?? 'nothing'}`);
  return el.shadowRoot;
};

/** The first match of `selector` in the element's shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => shadow(el).querySelector<T>(selector);

/** Every match of `selector` in the element's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...shadow(el).querySelectorAll<T>(selector)];

/** A node's text as a reader sees it: white space collapsed, ends trimmed. */
export const text = (node: Element | ShadowRoot | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of the element's shadow root. */
export const shadowText = (el: Element): string => text(shadow(el));

/** What the element's live region (`role="status"`) says. */
export const status = (el: Element): string => $(el, '[role="status"]')!.textContent!.trim();

/** Waits until `predicate` holds, re-checking every 20 ms (for network-driven renders). */
export async function until(predicate: () => unknown, timeoutMs = 8000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
