import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { Campaigns, type Campaign, type CompensationType, type BaseClient, type Platform } from '@ibusibuk/sdk';
import { IbuSibukElement } from '../../internal/ibusibuk-element.js';
import { describeError, isAbort } from '../../internal/errors.js';
import { common } from '../../internal/common.messages.js';
import { daysUntil, formatCompact, formatNumber, formatRupiah } from '../../internal/format.js';
import type { IbuSibukErrorDetail } from '../../events.js';
import { tokens } from '../../styles/tokens.styles.js';
import { controls } from '../../styles/controls.styles.js';
import { styles } from './campaign-list.styles.js';
import { messages } from './campaign-list.messages.js';

const PLATFORMS: Platform[] = ['instagram', 'tiktok', 'youtube', 'facebook'];
const COMPENSATIONS: CompensationType[] = ['paid', 'barter', 'paid_and_product'];
/** Cards per rendering chunk: divisible by 1–4 and 6 columns, so chunks tile the grid exactly. */
const CHUNK = 12;
/** Cards a new chunk gains per frame, so no single frame builds and lays out too many. */
const STEP = 4;
/** Chunks are kept rendered this far (px) above and below the viewport. */
const MARGIN = 800;
/** State that does not change what a card shows: cards rendered before stay valid. */
const LIST_STATE = new Set<PropertyKey>(['_range', '_status', '_more', '_moreError', '_hasMore']);
const SEARCH_DEBOUNCE_MS = 300;

interface Filters {
  platform: Platform | undefined;
  compensation: CompensationType | undefined;
  tag: string | undefined;
  brand: string | undefined;
  q: string | undefined;
}

const searchIcon = svg`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="11" cy="11" r="7"/><path d="m20 20-3.5-3.5"/></svg>`;

/**
 * Open campaigns as cards, with search and filters, loading further pages as the
 * reader scrolls. Inside `<ibusibuk-provider>` it fetches them; with the `campaigns`
 * property set it shows those (filtered in place) and never touches the network.
 * Long lists stay light: only the cards near the viewport are in the DOM.
 *
 * @tag ibusibuk-campaign-list
 * @event ibusibuk-campaigns-load - A page of campaigns arrived. `detail: { campaigns, hasMore }`.
 * @event ibusibuk-campaign-select - A card was chosen. Cancelable: `preventDefault()` stops the `href-template` link being followed. `detail: { campaign }`.
 * @event ibusibuk-error-show - Loading failed; the element shows the error with a retry button. `detail: { code, message, requestId }`.
 * @csspart filters - The search box and filter controls.
 * @csspart search - The search input.
 * @csspart list - The list of cards.
 * @csspart card - One campaign card.
 * @csspart cover - The card's cover image box.
 * @csspart title - The card's title.
 * @csspart fee - The fee (or "Barter produk").
 * @csspart load-more - The "Muat lebih banyak" button.
 * @csspart empty - The empty state.
 * @csspart error - The error notice.
 * @cssprop --ibusibuk-color-primary - Accent colour of links, chips and buttons.
 * @cssprop --ibusibuk-radius - Corner radius of cards.
 * @cssprop --ibusibuk-campaign-list-columns-min - Narrowest card in the grid layout (default 260px).
 * @cssprop --ibusibuk-campaign-list-gap - Space between cards (default 1rem).
 */
export class IbuSibukCampaignList extends IbuSibukElement {
  static override styles = [tokens, controls, styles];

  /** Only campaigns on this platform: `instagram`, `tiktok`, `youtube` or `facebook`. */
  @property() platform?: Platform;

  /** Only this kind of compensation: `paid`, `barter` or `paid_and_product`. */
  @property() compensation?: CompensationType;

  /** Only campaigns with this tag. */
  @property() tag?: string;

  /** Only this brand's campaigns (by name). */
  @property() brand?: string;

  /** Search words, matched against title, summary and brand. */
  @property() q?: string;

  /** `grid` (default), `list`, or `compact` for a narrow sidebar (~300px). */
  @property({ reflect: true }) layout: 'grid' | 'list' | 'compact' = 'grid';

  /** Campaigns per request (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;

  /** Link of each card, e.g. `https://brand.example/kampanye/{slug}` (placeholders `{id}`, `{slug}`). Without it, cards fire `ibusibuk-campaign-select` only. */
  @property({ attribute: 'href-template' }) hrefTemplate = '';

  /** Hides the search box and filter controls (the attribute filters still apply). */
  @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;

  /** Controlled mode: show these campaigns instead of fetching (filters apply to them in place). */
  @property({ attribute: false }) campaigns?: Campaign[];

  /** "Today" for deadlines such as "3 hari lagi"; defaults to the device clock. */
  @property({ attribute: false }) now?: Date;

  @state() private _items: Campaign[] = [];
  @state() private _hasMore = false;
  @state() private _more: 'idle' | 'loading' | 'error' = 'idle';
  @state() private _moreError?: IbuSibukErrorDetail;
  @state() private _status = '';
  /** The chunks in the DOM: [first, end). The rest are stood in for by the list's padding. */
  @state() private _range: [number, number] = [0, 1];

  private _cursor: string | null = null;
  private _moreAbort?: AbortController;
  private _searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** Measured height of each chunk of cards, to hold its place while it is not rendered. */
  private _heights = new Map<number, number>();
  private _sizeObserver?: ResizeObserver;
  private _sentinelObserver?: IntersectionObserver;
  private _observed = new Set<HTMLElement>();
  private _frame = 0;
  /** The chunk being filled, STEP cards a frame, and how many of its cards are in. */
  private _grow?: { chunk: number; n: number };
  /** Each rendered card's template by index, reused while nothing it shows has changed. */
  private _cards = new Map<number, TemplateResult>();
  private _width = 0;
  private readonly _onScroll = () => this._schedule();
  private _filtered?: { source: Campaign[]; key: string; result: Campaign[] };
  private _lastListKey = '';

  private readonly _firstPage = new Task(this, {
    args: () =>
      [this.campaigns ? undefined : this.ibusibuk?.client, this.platform, this.compensation, this.tag, this.brand, this.q, this.pageSize] as const,
    task: async ([client], { signal }) => {
      this._moreAbort?.abort();
      this._more = 'idle';
      if (!client) return initialState;
      this._status = messages(this.lang_).loading;
      return this._fetch(client, null, signal);
    },
    // Only the latest run gets here: an aborted, outdated request never shows.
    onComplete: (page) => {
      this._items = page.data;
      this._hasMore = page.hasNextPage();
      this._cursor = page.nextCursor;
      this._loaded(page.data);
    },
    onError: (error) => {
      if (isAbort(error)) return;
      const detail = describeError(error, this.lang_);
      this._status = detail.message;
      void this.updateComplete.then(() => this.emitError(detail));
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Chunk heights come from a ResizeObserver (measured after layout, in one batch), never from reads in a loop.
    this._sizeObserver = new ResizeObserver((entries) => this._onResize(entries));
    this._observed = new Set();
    document.addEventListener('scroll', this._onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this._onScroll, { passive: true });
    this._sentinelObserver = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) void this.loadMore();
      },
      { rootMargin: '600px 0px' },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._sizeObserver?.disconnect();
    document.removeEventListener('scroll', this._onScroll, { capture: true });
    window.removeEventListener('resize', this._onScroll);
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    this._sentinelObserver?.disconnect();
    this._moreAbort?.abort();
    clearTimeout(this._searchTimer);
  }

  /** Loads the next page (connected mode); the sentinel and the "Muat lebih banyak" button call this. */
  async loadMore(): Promise<void> {
    const client = this.ibusibuk?.client;
    if (this.campaigns || !client || !this._hasMore || this._more === 'loading' || this._firstPage.status === TaskStatus.PENDING) return;
    this._moreAbort?.abort();
    const abort = (this._moreAbort = new AbortController());
    this._more = 'loading';
    this._status = messages(this.lang_).loading;
    try {
      const page = await this._fetch(client, this._cursor, abort.signal);
      this._items = [...this._items, ...page.data];
      this._hasMore = page.hasNextPage();
      this._cursor = page.nextCursor;
      this._more = 'idle';
      this._loaded(page.data);
    } catch (error) {
      if (isAbort(error) || abort.signal.aborted) return;
      const detail = (this._moreError = describeError(error, this.lang_));
      this._more = 'error';
      this._status = detail.message;
      void this.updateComplete.then(() => this.emitError(detail));
    }
  }

  /** Clears every filter (attributes included) and shows all open campaigns. */
  resetFilters(): void {
    clearTimeout(this._searchTimer);
    this.platform = this.compensation = this.tag = this.brand = this.q = undefined;
    const input = this.shadowRoot?.querySelector<HTMLInputElement>('#q');
    if (input) input.value = '';
  }

  private _fetch(client: BaseClient, cursor: string | null, signal: AbortSignal) {
    const limit = Math.min(100, Math.max(1, Math.floor(this.pageSize) || 12));
    return new Campaigns(client).list(
      {
        status: 'open',
        limit,
        platform: this.platform || undefined,
        compensation: this.compensation || undefined,
        tag: this.tag || undefined,
        brand: this.brand || undefined,
        q: this.q?.trim() || undefined,
        ...(cursor ? { cursor } : {}),
      },
      { signal },
    );
  }

  /** Announces a page once its cards are on screen. */
  private _loaded(page: Campaign[]): void {
    this._status = messages(this.lang_).loaded(this._items.length);
    const hasMore = this._hasMore;
    void this.updateComplete.then(() => this.emit('ibusibuk-campaigns-load', { campaigns: page, hasMore }));
  }

  /** What the list shows: the controlled array filtered in place, or the fetched pages. */
  private get _list(): Campaign[] {
    if (!this.campaigns) return this._items;
    const f = this._filters();
    const key = JSON.stringify(f);
    if (this._filtered?.source === this.campaigns && this._filtered.key === key) return this._filtered.result;
    const q = f.q?.toLowerCase();
    const tag = f.tag?.toLowerCase();
    const brand = f.brand?.toLowerCase();
    const result =
      !f.platform && !f.compensation && !tag && !brand && !q
        ? this.campaigns
        : this.campaigns.filter(
            (c) =>
              (!f.platform || c.platforms.includes(f.platform)) &&
              (!f.compensation || c.compensation.type === f.compensation) &&
              (!tag || c.tags.some((t) => t.toLowerCase() === tag)) &&
              (!brand || c.brand.name.toLowerCase() === brand) &&
              (!q || `${c.title} ${c.summary} ${c.brand.name}`.toLowerCase().includes(q)),
          );
    this._filtered = { source: this.campaigns, key, result };
    return result;
  }

  private _filters(): Filters {
    return {
      platform: this.platform || undefined,
      compensation: this.compensation || undefined,
      tag: this.tag || undefined,
      brand: this.brand || undefined,
      q: this.q?.trim() || undefined,
    };
  }

  private get _filtering(): boolean {
    return Object.values(this._filters()).some(Boolean);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new list (other filters, other data) starts again at the top with fresh measurements.
    const list = this._list;
    const key = this.campaigns ? `c:${JSON.stringify(this._filters())}` : `n:${JSON.stringify(this._filters())}`;
    if (key !== this._lastListKey || changed.has('campaigns') || changed.has('layout')) {
      this._lastListKey = key;
      this._heights.clear();
      this._range = [0, 1];
      this._grow = undefined;
    }
    if ([...changed.keys()].some((k) => !LIST_STATE.has(k))) this._cards.clear();
    if (this.campaigns && (changed.has('campaigns') || changed.has('q') || changed.has('platform') || changed.has('compensation'))) {
      this._status = messages(this.lang_).loaded(list.length);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    for (const chunk of this._observed) {
      if (!chunk.isConnected) {
        this._sizeObserver?.unobserve(chunk);
        this._observed.delete(chunk);
      }
    }
    for (const chunk of root.querySelectorAll<HTMLElement>('.list:not(.skeletons) > .chunk')) {
      if (!this._observed.has(chunk)) {
        this._observed.add(chunk);
        this._sizeObserver?.observe(chunk);
      }
    }
    this._pad();
    this._schedule();
    const sentinel = root.querySelector('.sentinel');
    if (sentinel && this._sentinelObserver) {
      // Observing again makes the observer report afresh, so a sentinel still in view loads the next page.
      this._sentinelObserver.unobserve(sentinel);
      if (this._hasMore && this._more === 'idle') this._sentinelObserver.observe(sentinel);
    }
  }

  private _onResize(entries: ResizeObserverEntry[]): void {
    for (const { target, borderBoxSize } of entries) {
      const size = borderBoxSize[0];
      const i = Number((target as HTMLElement).dataset.chunk);
      if (!size?.blockSize || !target.isConnected || this._grow?.chunk === i) continue;
      // Another width, other heights: forget those of the chunks not on screen.
      if (size.inlineSize !== this._width) this._heights.clear();
      this._width = size.inlineSize;
      this._heights.set(i, size.blockSize);
    }
    // The padding follows at the next change of the rendered chunks, not at every card that grows.
    this._schedule();
  }

  /** Checks the rendered chunks against the viewport at the next frame. */
  private _schedule(): void {
    if (!this._frame && this.isConnected) this._frame = requestAnimationFrame(() => this._reconcile());
  }

  /** Height to reserve for chunk i when not rendered: its own measurement, else the typical full chunk's. */
  private _estimate(count: number): (i: number) => number {
    let sum = 0;
    let n = 0;
    const full = Math.floor(count / CHUNK);
    for (const [j, h] of this._heights) {
      if (j < full) {
        sum += h;
        n++;
      }
    }
    const avg = n ? sum / n : CHUNK * (this.layout === 'compact' ? 96 : this.layout === 'list' ? 200 : 380);
    return (i) => this._heights.get(i) ?? (i < full ? avg : (avg * (count - i * CHUNK)) / CHUNK);
  }

  /**
   * The space of the chunks before and after the rendered ones, as the list's padding. Set through
   * the CSSOM, not a style attribute, which a strict Content-Security-Policy (no 'unsafe-inline') would block.
   */
  private _pad(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.list:not(.skeletons)');
    if (!list) return;
    const count = this._list.length;
    const chunks = Math.ceil(count / CHUNK);
    const height = this._estimate(count);
    const [first, end] = this._range;
    let before = 0;
    let after = 0;
    for (let i = 0; i < chunks; i++) {
      if (i < first) before += height(i);
      else if (i >= end) after += height(i);
    }
    list.style.paddingTop = `${Math.round(before)}px`;
    list.style.paddingBottom = `${Math.round(after)}px`;
  }

  /**
   * Keeps in the DOM only the chunks within MARGIN of the viewport. One read (the list's box) per
   * frame; at most one new chunk per frame, so no single frame lays out too many cards.
   */
  private _reconcile(): void {
    this._frame = 0;
    const list = this.renderRoot.querySelector<HTMLElement>('.list:not(.skeletons)');
    if (!list) return;
    const count = this._list.length;
    const chunks = Math.ceil(count / CHUNK);
    const top = -list.getBoundingClientRect().top;
    const bottom = top + window.innerHeight;
    const height = this._estimate(count);
    // Wanted: [a, b) within the margin; v: the chunk at the top of the viewport.
    let a = -1;
    let b = chunks;
    let v = -1;
    let y = 0;
    for (let i = 0; i < chunks; i++) {
      const h = height(i);
      if (a < 0 && y + h > top - MARGIN) a = i;
      if (v < 0 && y + h > top) v = i;
      if (y >= bottom + MARGIN) {
        b = i;
        break;
      }
      y += h;
    }
    if (a < 0) a = v = chunks - 1;
    if (v < 0) v = chunks - 1;
    b = Math.max(b, a + 1);
    let [first, end] = this._range;
    let grow = this._grow;
    if (end <= a || first >= b) {
      // Jumped: start again from the chunk in view.
      first = v;
      end = v + 1;
      grow = { chunk: v, n: STEP };
    } else {
      first = Math.max(first, a);
      end = Math.min(end, b);
      if (grow && grow.chunk >= first && grow.chunk < end) grow = grow.n + STEP < CHUNK ? { chunk: grow.chunk, n: grow.n + STEP } : undefined;
      else if (end < b) grow = { chunk: end++, n: STEP };
      else if (first > a) grow = { chunk: --first, n: STEP };
      else grow = undefined;
    }
    if (first !== this._range[0] || end !== this._range[1] || grow !== this._grow) {
      this._grow = grow;
      this._range = [first, end];
    }
  }

  protected override render() {
    return html`${this.hideFilters ? nothing : this._renderFilters()}
      <div class="body">${this._renderBody()}</div>
      <p class="visually-hidden" role="status" aria-live="polite">${this._status}</p>`;
  }

  private _renderFilters() {
    const t = messages(this.lang_);
    const c = common(this.lang_);
    return html`<div class="filters" part="filters" role="search">
      <form class="search" @submit=${this._onSearchSubmit}>
        <label class="visually-hidden" for="q">${t.searchLabel}</label>
        <span class="search-icon">${searchIcon}</span>
        <input
          id="q"
          part="search"
          type="search"
          enterkeyhint="search"
          autocomplete="off"
          placeholder=${t.searchPlaceholder}
          .value=${this.q ?? ''}
          @input=${this._onSearchInput}
        />
      </form>
      <div class="filter-row">
        <div class="chips" role="group" aria-label=${t.platformLabel}>
          ${[undefined, ...PLATFORMS].map(
            (p) =>
              html`<button
                type="button"
                class="filter-chip"
                aria-pressed=${(this.platform || undefined) === p ? 'true' : 'false'}
                data-platform=${p ?? ''}
                @click=${() => (this.platform = p)}
              >
                ${p ? c.platform[p] : t.allPlatforms}
              </button>`,
          )}
        </div>
        <select
          class="compensation"
          aria-label=${t.compensationLabel}
          .value=${this.compensation ?? ''}
          @change=${(e: Event) => (this.compensation = ((e.target as HTMLSelectElement).value || undefined) as CompensationType | undefined)}
        >
          <option value="" ?selected=${!this.compensation}>${t.allCompensation}</option>
          ${COMPENSATIONS.map((k) => html`<option value=${k} ?selected=${this.compensation === k}>${c.compensation[k]}</option>`)}
        </select>
      </div>
    </div>`;
  }

  private _onSearchInput(e: Event): void {
    const value = (e.target as HTMLInputElement).value;
    clearTimeout(this._searchTimer);
    this._searchTimer = setTimeout(() => (this.q = value.trim() || undefined), SEARCH_DEBOUNCE_MS);
  }

  private _onSearchSubmit(e: Event): void {
    e.preventDefault();
    clearTimeout(this._searchTimer);
    const value = this.renderRoot.querySelector<HTMLInputElement>('#q')?.value.trim();
    this.q = value || undefined;
  }

  private _renderBody() {
    const t = messages(this.lang_);
    const controlled = !!this.campaigns;
    const status = this._firstPage.status;
    if (!controlled && status === TaskStatus.ERROR) {
      const error = describeError(this._firstPage.error, this.lang_);
      return html`<div class="notice error state" role="alert" part="error">
        <strong>${t.errorTitle}</strong>
        <p>${error.message}</p>
        ${error.requestId ? html`<p class="ref">${common(this.lang_).requestId(error.requestId)}</p>` : nothing}
        <button type="button" class="button secondary retry" @click=${() => this._firstPage.run()}>${common(this.lang_).retry}</button>
      </div>`;
    }
    // Until the provider's client arrives (or while a page loads) the cards' shapes hold their place.
    if (!controlled && status !== TaskStatus.COMPLETE) return this._renderSkeletons();
    const list = this._list;
    if (!list.length) {
      return html`<div class="empty state" part="empty">
        <strong>${t.emptyTitle}</strong>
        <p>${this._filtering ? t.emptyFiltered : t.emptyNone}</p>
        ${this._filtering
          ? html`<button type="button" class="button secondary reset" @click=${() => this.resetFilters()}>${t.resetFilters}</button>`
          : nothing}
      </div>`;
    }
    const [first, end] = this._range;
    const now = this.now ?? new Date();
    // Each card's template is made once and reused while the chunk stays; those of chunks that left are let go.
    const cards = new Map<number, TemplateResult>();
    const chunks: { i: number; row: TemplateResult[] }[] = [];
    for (let i = first; i < Math.min(end, Math.ceil(list.length / CHUNK)); i++) {
      const from = i * CHUNK;
      const to = Math.min(list.length, from + (this._grow?.chunk === i ? this._grow.n : CHUNK));
      const row: TemplateResult[] = [];
      for (let k = from; k < to; k++) {
        const card = this._cards.get(k) ?? this._renderCard(list[k]!, k, list.length, now);
        cards.set(k, card);
        row.push(card);
      }
      chunks.push({ i, row });
    }
    this._cards = cards;
    return html`<p class="count" aria-hidden="true">${t.count(formatNumber(list.length, this.lang_), this._hasMore && !controlled)}</p>
      <div class="list" role="list" part="list" aria-label=${t.listLabel}>
        ${repeat(
          chunks,
          // Keyed by index: a chunk that stays keeps its element, only new cards are built.
          (c) => c.i,
          (c) => html`<div class="chunk" data-chunk=${c.i}>${c.row}</div>`,
        )}
      </div>
      ${!controlled && (this._hasMore || this._more === 'error') ? this._renderMore() : nothing}`;
  }

  private _renderMore() {
    const t = messages(this.lang_);
    const loading = this._more === 'loading';
    return html`<div class="more">
      ${this._more === 'error'
        ? html`<p class="notice error more-error" role="alert">${t.moreError} ${this._moreError?.message ?? ''}</p>`
        : nothing}
      <button
        type="button"
        class="button secondary load-more"
        part="load-more"
        ?disabled=${loading}
        aria-busy=${loading ? 'true' : 'false'}
        @click=${() => this.loadMore()}
      >
        ${loading ? html`<span class="spinner" aria-hidden="true"></span>${t.loadingMore}` : this._more === 'error' ? common(this.lang_).retry : t.loadMore}
      </button>
      <div class="sentinel" aria-hidden="true"></div>
    </div>`;
  }

  private _renderSkeletons() {
    const n = Math.min(this.layout === 'compact' ? 3 : 6, Math.max(1, this.pageSize || 6));
    return html`<div class="list skeletons" aria-hidden="true">
      <div class="chunk">
        ${Array.from(
          { length: n },
          () => html`<div class="card campaign skeleton-card">
            <div class="cover skeleton"></div>
            <div class="content">
              <div class="skeleton line short"></div>
              <div class="skeleton line"></div>
              <div class="skeleton line"></div>
              <div class="skeleton line half"></div>
            </div>
          </div>`,
        )}
      </div>
    </div>`;
  }

  private _href(c: Campaign): string | undefined {
    if (!this.hrefTemplate) return undefined;
    return this.hrefTemplate.replace(/\{(id|slug)\}/g, (_, key: 'id' | 'slug') => encodeURIComponent(c[key]));
  }

  private _select(e: Event, campaign: Campaign): void {
    const proceed = this.emit('ibusibuk-campaign-select', { campaign }, { cancelable: true });
    if (!proceed) e.preventDefault();
  }

  private _renderCard(c: Campaign, index: number, total: number, now: Date) {
    const t = messages(this.lang_);
    const k = common(this.lang_);
    const href = this._href(c);
    const days = daysUntil(c.timeline.applyBy, now);
    const slotsLeft = Math.max(0, c.slots - c.slotsFilled);
    // The sidebar layout has room for "Rp 1,5 jt" only, the others spell the amount out.
    const amount =
      this.layout === 'compact' ? `Rp ${formatCompact(c.compensation.fee, this.lang_)}` : formatRupiah(c.compensation.fee, this.lang_);
    const fee =
      c.compensation.type === 'barter'
        ? k.compensation.barter
        : c.compensation.type === 'paid_and_product'
          ? `${amount} ${t.plusProduct}`
          : amount;
    const title = href
      ? html`<a class="stretched" href=${href} @click=${(e: Event) => this._select(e, c)}>${c.title}</a>`
      : html`<button type="button" class="stretched" @click=${(e: Event) => this._select(e, c)}>${c.title}</button>`;
    return html`<div class="item" role="listitem" aria-posinset=${index + 1} aria-setsize=${total}>
      <article class="card campaign" part="card" data-id=${c.id}>
        <div class="cover" part="cover">
          ${c.coverUrl
            ? html`<img src=${c.coverUrl} alt=${t.coverAlt(c.title)} loading="lazy" decoding="async" width="640" height="360" @error=${hideBroken} />`
            : html`<span class="cover-fallback" aria-hidden="true">${c.brand.name.slice(0, 1)}</span>`}
        </div>
        <div class="content">
          <div class="brand">
            ${c.brand.logoUrl
              ? html`<img class="logo" src=${c.brand.logoUrl} alt="" loading="lazy" width="24" height="24" @error=${hideBroken} />`
              : html`<span class="logo logo-fallback" aria-hidden="true">${c.brand.name.slice(0, 1)}</span>`}
            <span class="brand-name">${c.brand.name}</span>
          </div>
          <h3 class="title" part="title">${title}</h3>
          <p class="summary">${c.summary}</p>
          <div class="meta">
            <span class=${classMap({ fee: true, barter: c.compensation.type === 'barter' })} part="fee">${fee}</span>
            <span class=${classMap({ deadline: true, urgent: days >= 0 && days <= 3 })} title=${`${t.deadline} ${shortDate(this.lang_).format(new Date(c.timeline.applyBy))}`}
              >${days < 0 ? k.closedAgo : k.daysLeft(days)}</span
            >
            <span class="slots">${k.slotsLeft(slotsLeft)}</span>
          </div>
          <ul class="platforms" aria-label=${t.platformLabel}>
            ${c.platforms.map((p) => html`<li class="chip" data-platform=${p}>${k.platform[p]}</li>`)}
          </ul>
        </div>
      </article>
    </div>`;
  }
}

const dates = new Map<string, Intl.DateTimeFormat>();
/** The same format as `toLocaleDateString`, made once per language rather than once per card. */
function shortDate(lang: string): Intl.DateTimeFormat {
  let f = dates.get(lang);
  if (!f) dates.set(lang, (f = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB')));
  return f;
}

function hideBroken(e: Event): void {
  (e.target as HTMLElement).hidden = true;
}
