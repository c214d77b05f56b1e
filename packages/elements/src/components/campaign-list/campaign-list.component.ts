import { adoptStyles, html, isServer, nothing, render, type LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { Campaigns, Page, type Campaign, type CompensationType, type BaseClient, type PageBody, type Platform } from '@ibusibuk/sdk/client';
import { IbuSibukElement } from '../../internal/ibusibuk-element.js';
import { readServerData } from '../../internal/server-data.js';
import { describeError, isAbort } from '../../internal/errors.js';
import { campaignTerms, states } from '../../internal/common.messages.js';
import { daysUntil, formatCompact, formatDate, formatNumber, formatRupiah, prepareFormats } from '../../internal/format.js';
import { afterPaint } from '../../internal/paint.js';
import type { IbuSibukErrorDetail } from '../../events.js';
import { tokens } from '../../styles/tokens.styles.js';
import { a11y } from '../../styles/a11y.styles.js';
import { buttons } from '../../styles/buttons.styles.js';
import { notices } from '../../styles/notices.styles.js';
import { surfaces } from '../../styles/surfaces.styles.js';
import { styles } from './campaign-list.styles.js';
import { ScrollHint } from './campaign-list.scroll-hint.js';
import { messages } from './campaign-list.messages.js';
import { filtersIn, firstPageQuery } from './campaign-list.query.js';

const PLATFORMS: Platform[] = ['instagram', 'tiktok', 'youtube', 'facebook'];
const COMPENSATIONS: CompensationType[] = ['paid', 'barter', 'paid_and_product'];
/** Cards per rendering chunk: divisible by 1–4 and 6 columns, so chunks tile the grid exactly. */
const CHUNK = 12;
/** Chunks are kept rendered this far (px) above and below the viewport. */
const MARGIN = 800;
/** State that does not change what a card shows: cards rendered before stay valid. */
const LIST_STATE = new Set<PropertyKey>(['_range', '_status', '_more', '_moreError', '_hasMore']);
const SEARCH_DEBOUNCE_MS = 300;

const skeletonCard = html`<div class="card campaign"><div class="cover skeleton"></div><div class="content"><div class="skeleton line short"></div><div class="skeleton line"></div><div class="skeleton line"></div><div class="skeleton line half"></div></div></div>`;

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
  static override styles = [tokens, a11y, buttons, notices, surfaces, styles];

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

  /** The platform chips' row fades on the side where more chips hide. */
  private readonly _chipsHint = new ScrollHint(this, () => this.renderRoot.querySelector<HTMLElement>('.chips'));
  @state() private _more: 'idle' | 'loading' | 'error' = 'idle';
  @state() private _moreError?: IbuSibukErrorDetail;
  @state() private _status = '';
  /** The chunks in the DOM: [first, end). The rest are stood in for by the list's padding. */
  @state() private _range: [number, number] = [0, 1];

  /** What the list shows: the controlled campaigns filtered in place, or the fetched pages. */
  private _shown: Campaign[] = [];
  /** The filters (and mode) `_shown` was made for. */
  private _listKey = '';
  private _cursor: string | null = null;
  /** The first page its server-rendered HTML came with, taken by the first fetch instead of asking again. */
  private _serverPage?: PageBody<Campaign>;
  private _moreAbort?: AbortController;
  private _searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** Measured height of each chunk of cards, to hold its place while it is not rendered. */
  private _heights = new Map<number, number>();
  private _sizeObserver?: ResizeObserver;
  private _sentinelObserver?: IntersectionObserver;
  /** The cards of each chunk in the range, made by render() and put in place by updated(). */
  private _rows = new Map<number, TemplateResult[]>();
  /** The element of each chunk in the list: lit renders its row into it, it stays while in range. */
  private _chunks = new Map<number, HTMLElement>();
  private _frame = 0;
  /** Columns of the grid, measured: a new chunk gains one row of cards a frame. */
  private _columns = 1;
  /** The chunk being filled, a row a frame, and how many of its cards are in. */
  private _grow?: { chunk: number; n: number };
  /** Each rendered card's template by index, reused while nothing it shows has changed. */
  private _cards = new Map<number, TemplateResult>();
  /** The chunks' width when `_heights` and `_columns` were measured. */
  private _width = 0;
  private readonly _onScroll = () => this._schedule();

  private readonly _firstPage = new Task(this, {
    args: () =>
      [this.campaigns ? undefined : this.ibusibuk?.client, this.platform, this.compensation, this.tag, this.brand, this.q, this.pageSize] as const,
    task: async ([client], { signal }) => {
      this._moreAbort?.abort();
      this._more = 'idle';
      if (!client) return initialState;
      const fromServer = this._serverPage;
      if (fromServer) {
        this._serverPage = undefined;
        return new Page(fromServer, (cursor) => this._fetch(client, cursor, signal));
      }
      this._status = messages(this.lang_).loading;
      const page = this._fetch(client, null, signal);
      void afterPaint().then(() => prepareFormats(this.lang_));
      return page;
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

  /**
   * Server HTML (packages/server/src/embed/) shows until the code runs; then the list renders
   * again, from the page that HTML carries: its cards are put in place by updated(), in chunks
   * hydration could not adopt.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (isServer || !root || this.hasUpdated) return super.createRenderRoot();
    this._serverPage = readServerData<PageBody<Campaign>>(this);
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Chunk heights come from a ResizeObserver (measured after layout, in one batch), never from reads in a loop.
    this._sizeObserver = new ResizeObserver((entries) => this._onResize(entries));
    for (const chunk of this._chunks.values()) this._sizeObserver.observe(chunk);
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
    return new Campaigns(client).list({ ...firstPageQuery(this, this.pageSize), ...(cursor ? { cursor } : {}) }, { signal });
  }

  /** Announces a page once its cards are on screen. */
  private _loaded(page: Campaign[]): void {
    this._status = messages(this.lang_).loaded(this._items.length);
    const hasMore = this._hasMore;
    void this.updateComplete.then(() => this.emit('ibusibuk-campaigns-load', { campaigns: page, hasMore }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const f = filtersIn(this);
    const key = JSON.stringify([!this.campaigns, f]);
    const renewed = key !== this._listKey || changed.has('campaigns');
    if (this.campaigns) {
      if (renewed) {
        const { platform, compensation } = f;
        const [q, tag, brand] = [f.q, f.tag, f.brand].map((s) => s?.toLowerCase());
        // Unfiltered, the array itself: showing 10,000 campaigns costs no pass over them.
        this._shown = !Object.values(f).some(Boolean)
          ? this.campaigns
          : this.campaigns.filter(
              (c) =>
                (!platform || c.platforms.includes(platform)) &&
                (!compensation || c.compensation.type === compensation) &&
                (!tag || c.tags.some((t) => t.toLowerCase() === tag)) &&
                (!brand || c.brand.name.toLowerCase() === brand) &&
                (!q || `${c.title} ${c.summary} ${c.brand.name}`.toLowerCase().includes(q)),
            );
        this._status = messages(this.lang_).loaded(this._shown.length);
      }
    } else this._shown = this._items;
    // A new list (other filters, other data, another layout) starts again at the top with fresh measurements.
    if (renewed || changed.has('layout')) {
      this._listKey = key;
      this._width = 0;
      this._heights.clear();
      this._range = [0, 1];
      this._grow = undefined;
    }
    if ([...changed.keys()].some((k) => !LIST_STATE.has(k))) this._cards.clear();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    const list = root.querySelector<HTMLElement>('[part=list]');
    // Chunks are keyed by index: one that stays keeps its element, only new cards are built.
    for (const [i, chunk] of this._chunks) {
      if (!this._rows.has(i) || chunk.parentNode !== list) {
        chunk.remove();
        this._sizeObserver?.unobserve(chunk);
        this._chunks.delete(i);
      }
    }
    if (list) {
      let next: HTMLElement | null = null;
      for (const [i, row] of [...this._rows].reverse()) {
        let chunk = this._chunks.get(i);
        if (!chunk) {
          chunk = document.createElement('div');
          chunk.className = 'chunk';
          chunk.dataset.chunk = String(i);
          this._chunks.set(i, chunk);
          this._sizeObserver?.observe(chunk);
        }
        render(row, chunk);
        if (chunk.nextSibling !== next || chunk.parentNode !== list) list.insertBefore(chunk, next);
        next = chunk;
      }
      this._pad(list);
    }
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
      if (!size?.blockSize || !target.isConnected) continue;
      if (size.inlineSize !== this._width) {
        // Another width, other heights (forget those of the chunks not on screen) and maybe other columns.
        this._heights.clear();
        this._width = size.inlineSize;
        this._columns = getComputedStyle(target).gridTemplateColumns.split(' ').length;
      }
      if (this._grow?.chunk !== i) this._heights.set(i, size.blockSize);
    }
    // The padding follows at the next change of the rendered chunks, not at every card that grows.
    this._schedule();
  }

  /**
   * Checks the rendered chunks against the viewport just after the next frame is drawn: layout is
   * clean then, so reading the list's box costs nothing, and building cards happens in a task of its
   * own rather than inside the frame that lays out and paints the previous ones.
   */
  private _schedule(): void {
    if (!this._frame && this.isConnected) this._frame = requestAnimationFrame(() => setTimeout(() => this._reconcile()));
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
  private _pad(list: HTMLElement): void {
    const count = this._shown.length;
    const height = this._estimate(count);
    const [first, end] = this._range;
    let before = 0;
    let after = 0;
    for (let i = 0; i < count / CHUNK; i++) {
      if (i < first) before += height(i);
      else if (i >= end) after += height(i);
    }
    list.style.paddingTop = `${before}px`;
    list.style.paddingBottom = `${after}px`;
  }

  /**
   * Keeps in the DOM only the chunks within MARGIN of the viewport. One read (the list's box) per
   * frame; a row or two of new cards per frame, so no single frame builds and lays out many.
   */
  private _reconcile(): void {
    this._frame = 0;
    const list = this.renderRoot.querySelector<HTMLElement>('[part=list]');
    if (!list || !this.isConnected) return;
    const count = this._shown.length;
    const chunks = Math.ceil(count / CHUNK);
    const top = -list.getBoundingClientRect().top;
    const bottom = top + window.innerHeight;
    const height = this._estimate(count);
    const step = this._columns;
    // Wanted: [a, b) within the margin; v: the chunk at the top of the viewport.
    let a = -1;
    let b = chunks;
    let v = -1;
    let y = 0;
    // The cards of the growing chunk end less than MARGIN / 2 below the viewport: a fast flick is catching up.
    // (Not once they end inside it, as after a jump: cards built in view cost the most, one row a frame is enough.)
    let behind = false;
    for (let i = 0; i < chunks; i++) {
      const h = height(i);
      if (i === this._grow?.chunk) {
        const filled = y + (h * this._grow.n) / CHUNK;
        behind = filled > bottom && filled < bottom + MARGIN / 2;
      }
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
      grow = { chunk: v, n: step };
    } else {
      first = Math.max(first, a);
      end = Math.min(end, b);
      if (grow && grow.chunk >= first && grow.chunk < end) {
        // A row of cards a frame, two while catching up: the fewest that keep ahead of the reader.
        const n = grow.n + (behind ? 2 : 1) * step;
        grow = n < CHUNK ? { chunk: grow.chunk, n } : undefined;
      } else if (end < b) grow = { chunk: end++, n: step };
      else if (first > a) grow = { chunk: --first, n: step };
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
    const k = campaignTerms(this.lang_);
    return html`<div class="filters" part="filters" role="search">
      <form class="search" @submit=${this._onSearchSubmit}>
        <label class="visually-hidden" for="q">${t.searchLabel}</label>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
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
                aria-pressed=${(this.platform || undefined) === p}
                data-platform=${p ?? ''}
                @click=${() => (this.platform = p)}
              >
                ${p ? k.platform[p] : t.allPlatforms}
              </button>`,
          )}
        </div>
        <select
          aria-label=${t.compensationLabel}
          .value=${this.compensation ?? ''}
          @change=${(e: Event) => (this.compensation = ((e.target as HTMLSelectElement).value || undefined) as CompensationType | undefined)}
        >
          <option value="" ?selected=${!this.compensation}>${t.allCompensation}</option>
          ${COMPENSATIONS.map((c) => html`<option value=${c} ?selected=${this.compensation === c}>${k.compensation[c]}</option>`)}
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
    this.q = this.renderRoot.querySelector<HTMLInputElement>('#q')?.value.trim() || undefined;
  }

  /**
   * On a server (packages/server/src/embed/) the cards go in with the first render, as the
   * chunks updated() puts in place in a page: no updated() runs there.
   */
  private _serverChunks(): TemplateResult[] {
    return [...this._rows].map(([i, row]) => html`<div class="chunk" data-chunk=${i}>${row}</div>`);
  }

  private _renderBody() {
    this._rows = new Map();
    const t = messages(this.lang_);
    const s = states(this.lang_);
    const controlled = !!this.campaigns;
    const status = this._firstPage.status;
    if (!controlled && status === TaskStatus.ERROR) {
      const error = describeError(this._firstPage.error, this.lang_);
      return html`<div class="notice error state" role="alert" part="error">
        <strong>${t.errorTitle}</strong>
        <p>${error.message}</p>
        ${error.requestId ? html`<p class="ref">${s.requestId(error.requestId)}</p>` : nothing}
        <button type="button" class="button secondary retry" @click=${() => this._firstPage.run()}>${s.retry}</button>
      </div>`;
    }
    // Until the provider's client arrives (or while a page loads) the cards' shapes hold their place.
    if (!controlled && status !== TaskStatus.COMPLETE) {
      const n = Math.min(this.layout === 'compact' ? 3 : 6, Math.max(1, this.pageSize || 6));
      return html`<div class="skeletons" aria-hidden="true"><div class="chunk">${Array(n).fill(skeletonCard)}</div></div>`;
    }
    const list = this._shown;
    const filtering = Object.values(filtersIn(this)).some(Boolean);
    if (!list.length) {
      return html`<div class="empty state" part="empty">
        <strong>${t.emptyTitle}</strong>
        <p>${filtering ? t.emptyFiltered : t.emptyNone}</p>
        ${filtering ? html`<button type="button" class="button secondary reset" @click=${() => this.resetFilters()}>${t.resetFilters}</button>` : nothing}
      </div>`;
    }
    const [first, end] = this._range;
    const now = this.now ?? new Date();
    // Each card's template is made once and reused while the chunk stays; those of chunks that left are let go.
    const cards = new Map<number, TemplateResult>();
    for (let i = first; i < Math.min(end, Math.ceil(list.length / CHUNK)); i++) {
      const from = i * CHUNK;
      const row: TemplateResult[] = [];
      for (let k = from; k < Math.min(list.length, from + (this._grow?.chunk === i ? this._grow.n : CHUNK)); k++) {
        const card = this._cards.get(k) ?? this._renderCard(list[k]!, k, list.length, now);
        cards.set(k, card);
        row.push(card);
      }
      this._rows.set(i, row);
    }
    this._cards = cards;
    const loading = this._more === 'loading';
    // A count while pages are still to come would depend on how many the screen made load ("8+" on a
    // phone, "10" on a desktop): it shows once the list is whole, the button below says more exist.
    const whole = controlled || !this._hasMore;
    return html`${whole ? html`<p class="count" aria-hidden="true">${t.count(formatNumber(list.length, this.lang_))}</p>` : nothing}
      <div class="list" role="list" part="list" aria-label=${t.listLabel}>${isServer ? this._serverChunks() : nothing}</div>
      ${!controlled && (this._hasMore || this._more === 'error')
        ? html`<div class="more">
            ${this._more === 'error' ? html`<p class="notice error" role="alert">${t.moreError} ${this._moreError?.message}</p>` : nothing}
            <button
              type="button"
              class="button secondary load-more"
              part="load-more"
              ?disabled=${loading}
              aria-busy=${loading}
              @click=${() => this.loadMore()}
            >
              ${loading ? html`<span class="spinner" aria-hidden="true"></span>${s.loading}` : this._more === 'error' ? s.retry : t.loadMore}
            </button>
            <div class="sentinel" aria-hidden="true"></div>
          </div>`
        : nothing}`;
  }

  private _select(e: Event, campaign: Campaign): void {
    if (!this.emit('ibusibuk-campaign-select', { campaign }, { cancelable: true })) e.preventDefault();
  }

  /**
   * One card, written without whitespace between tags: every node less is work saved per card while
   * scrolling. The brand's initial stands in for a missing (or broken) cover or logo without a nested
   * template: it is not displayed while the image before it is.
   */
  private _renderCard(c: Campaign, index: number, total: number, now: Date) {
    const lang = this.lang_;
    const t = messages(lang);
    const k = campaignTerms(lang);
    const { fee, type } = c.compensation;
    const days = daysUntil(c.timeline.applyBy, now);
    // The sidebar layout has room for "Rp 1,5 jt" only, the others spell the amount out.
    const compact = this.layout === 'compact';
    const amount = compact ? `Rp ${formatCompact(fee, lang)}` : formatRupiah(fee, lang);
    const initial = c.brand.name.slice(0, 1);
    const select = (e: Event) => this._select(e, c);
    const href = this.hrefTemplate.replace(/\{(id|slug)\}/g, (_, key: 'id' | 'slug') => encodeURIComponent(c[key]));
    return html`<div class="item" role="listitem" aria-posinset=${index + 1} aria-setsize=${total}><article class="card campaign" part="card" data-id=${c.id}
      ><div class="cover" part="cover"
        >${compact
          ? // A square thumbnail of a wide cover crops what sits near its sides (the brand's name on it): the brand's square logo fits whole.
            html`<img src=${c.brand.logoUrl ?? nothing} alt="" ?hidden=${!c.brand.logoUrl} loading="lazy" decoding="async" width="72" height="72" @error=${hide} />`
          : html`<img src=${c.coverUrl ?? nothing} alt=${t.coverAlt(c.title)} ?hidden=${!c.coverUrl} loading="lazy" decoding="async" width="640" height="360" @error=${hide} />`}<span
          class="initial"
          aria-hidden="true"
          >${initial}</span
        ></div
      ><div class="content"
        ><div class="brand"
          ><img class="logo" src=${c.brand.logoUrl ?? nothing} alt="" ?hidden=${!c.brand.logoUrl} loading="lazy" width="24" height="24" @error=${hide}
          /><span class="logo initial" aria-hidden="true">${initial}</span
          ><span class="brand-name">${c.brand.name}</span></div
        ><h3 class="title" part="title">${href
          ? html`<a class="stretched" href=${href} @click=${select}>${c.title}</a>`
          : html`<button type="button" class="stretched" @click=${select}>${c.title}</button>`}</h3
        ><p class="summary">${c.summary}</p
        ><div class="meta"
          ><span class="fee${type === 'barter' ? ' barter' : ''}" part="fee">${type === 'barter' ? k.compensation.barter : type === 'paid' ? amount : `${amount} ${t.plusProduct}`}</span
          ><span class="deadline${days >= 0 && days <= 3 ? ' urgent' : ''}" title=${`${t.deadline} ${formatDate(c.timeline.applyBy, lang)}`}>${days < 0 ? k.closedAgo : k.daysLeft(days)}</span
          ><span class="slots">${k.slotsLeft(Math.max(0, c.slots - c.slotsFilled))}</span></div
        ><ul class="platforms" aria-label=${t.platformLabel}>${c.platforms.map((p) => html`<li class="chip">${k.platform[p]}</li>`)}</ul></div
    ></article></div>`;
  }
}

function hide(e: Event): void {
  (e.target as HTMLElement).hidden = true;
}
