import { LitElement, isServer } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { isLocale, type Locale } from '@ibusibuk/sdk/client';
import { ibusibukContext, type IbuSibukContext } from './context.js';
import type { IbuSibukErrorDetail } from '../events.js';
import { afterLanguage } from './localize.js';
import { version } from './version.js';
import { hasServerHtml, installHydration } from './hydration.js';

/**
 * What every Ibu Sibuk element shares: the provider's context, the language,
 * the theme, a typed `emit()` and a `define()` that tolerates a second copy.
 *
 * Naming: private and protected members of elements and controllers start with `_` (as in
 * Lit's docs), no `#` fields; only this base's API for every element (`ibusibuk`, `lang_`,
 * `emit()`, `emitError()`) and Lit's lifecycle methods keep plain names.
 *
 * The theme tokens every element reads (set them on any ancestor; `theme="dark"` swaps the defaults):
 * @cssprop --ibusibuk-color-primary - Accent colour of links, chips and buttons.
 * @cssprop --ibusibuk-color-primary-hover - Accent colour under the pointer.
 * @cssprop --ibusibuk-color-on-primary - Text on the accent colour.
 * @cssprop --ibusibuk-color-primary-soft - Soft accent background (chips, highlights).
 * @cssprop --ibusibuk-color-text - Body text colour.
 * @cssprop --ibusibuk-color-text-muted - Secondary text colour.
 * @cssprop --ibusibuk-color-surface - Background of cards and forms.
 * @cssprop --ibusibuk-color-surface-alt - Background of inset areas.
 * @cssprop --ibusibuk-color-border - Border colour.
 * @cssprop --ibusibuk-color-success - Colour of success notices.
 * @cssprop --ibusibuk-color-success-soft - Background of success notices.
 * @cssprop --ibusibuk-color-warning - Colour of warnings.
 * @cssprop --ibusibuk-color-warning-soft - Background of warnings.
 * @cssprop --ibusibuk-color-danger - Colour of errors.
 * @cssprop --ibusibuk-color-danger-soft - Background of errors.
 * @cssprop --ibusibuk-color-focus - Focus ring colour.
 * @cssprop --ibusibuk-color-skeleton - Colour of loading placeholders.
 * @cssprop --ibusibuk-radius - Corner radius of cards and buttons.
 * @cssprop --ibusibuk-radius-small - Corner radius of small controls and chips.
 * @cssprop --ibusibuk-font-family - Font of all text.
 * @cssprop --ibusibuk-font-size - Base font size (default 1rem).
 * @cssprop --ibusibuk-shadow - Shadow of cards.
 */
export class IbuSibukElement extends LitElement {
  /** Language of the element's text: `id` (default) or `en`. Falls back to the provider's. */
  @property({ reflect: true }) locale?: Locale;

  /** `light`, `dark` or `auto` (follows the device). Falls back to the provider's. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** The nearest `<ibusibuk-provider>`'s client, session and settings; absent when controlled. */
  @consume({ context: ibusibukContext, subscribe: true })
  protected ibusibuk?: IbuSibukContext;

  /** The language in force: own attribute, then the provider's, then the page's `<html lang>`. */
  protected get lang_(): Locale {
    if (isLocale(this.locale)) return this.locale;
    if (this.ibusibuk && isLocale(this.ibusibuk.locale)) return this.ibusibuk.locale;
    const pageLang = this.ownerDocument?.documentElement.lang.slice(0, 2);
    return pageLang === 'en' ? 'en' : 'id';
  }

  /**
   * Holds each update until the text of the element's language has arrived (English is
   * fetched on first use), so it never shows Indonesian first and `updateComplete` covers it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterLanguage(this.lang_, () => super.scheduleUpdate());
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const theme = this.theme ?? this.ibusibuk?.theme;
    // Attributes, not `dataset`: Lit's server DOM shim (SSR, packages/server/src/embed/) has no dataset.
    if (theme) this.setAttribute('data-theme', theme);
    else this.removeAttribute('data-theme');
  }

  /** Fires `name` as a bubbling, composed CustomEvent; returns false when a listener cancelled it. */
  protected emit<K extends keyof HTMLElementEventMap>(
    name: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail }),
    );
  }

  /** Report a failure to the host page without throwing into it. */
  protected emitError(detail: IbuSibukErrorDetail): void {
    this.emit('ibusibuk-error-show', detail);
  }

  /**
   * Define the tag unless it is defined already: two copies of the bundle on
   * one page (a brand's and Orami's) must not break each other. When the page holds HTML a
   * server rendered for the tag (packages/server/src/embed/), Lit's hydration support is loaded
   * first, so the element adopts those nodes instead of rendering new ones; the promise settles
   * once the tag is defined (at once otherwise).
   */
  static define(tag: string, ctor: CustomElementConstructor & { version?: string } = this): Promise<void> {
    const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (existing) {
      if (existing.version !== version) {
        console.warn(`[ibusibuk] <${tag}> is already defined by version ${existing.version ?? 'unknown'}; this page also loads ${version}.`);
      }
      return Promise.resolve();
    }
    if (isServer || !hasServerHtml(tag)) {
      customElements.define(tag, ctor);
      return Promise.resolve();
    }
    // Without its support (its chunk failed to load), the element renders itself over the server's HTML.
    const defineNow = () => {
      if (!customElements.get(tag)) customElements.define(tag, ctor);
    };
    return installHydration().then(defineNow, defineNow);
  }

  /** The package version that defined this element (`define()` warns when two differ on a page). */
  static version = version;
}
