import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Campaign, CompensationType, IbuSibukClient, Platform } from '@ibusibuk/sdk';
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
const CHUNK = 24;
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
  @state() private _visible = new Set<number>([0]);

  private _cursor: string | null = null;
  private _moreAbort?: AbortController;
  private _searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** Measured height of each chunk of cards, to hold its place while it is not rendered. */
  private _heights = new Map<number, number>();
  private _chunkObserver?: IntersectionObserver;
  private _sentinelObserver?: IntersectionObserver;
  private _observed = new WeakSet<Element>();
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
    const margin = '800px 0px';
    this._chunkObserver = new IntersectionObserver((entries) => this._onChunks(entries), { rootMargin: margin });
    this._sentinelObserver = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) void this.loadMore();
      },
      { rootMargin: '600px 0px' },
    );
    this._observed = new WeakSet();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._chunkObserver?.disconnect();
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

  private _fetch(client: IbuSibukClient, cursor: string | null, signal: AbortSignal) {
    const limit = Math.min(100, Math.max(1, Math.floor(this.pageSize) || 12));
    return client.campaigns.list(
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
      this._visible = new Set([0]);
    }
    if (this.campaigns && (changed.has('campaigns') || changed.has('q') || changed.has('platform') || changed.has('compensation'))) {
      this._status = messages(this.lang_).loaded(list.length);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    const chunks = root.querySelectorAll<HTMLElement>('.list:not(.skeletons) > .chunk');
    for (const chunk of chunks) {
      const i = Number(chunk.dataset.chunk);
      if (this._visible.has(i)) {
        chunk.style.removeProperty('height');
        this._heights.set(i, chunk.offsetHeight);
      }
      if (!this._observed.has(chunk)) {
        this._observed.add(chunk);
        this._chunkObserver?.observe(chunk);
      }
    }
    // Placeholders hold the place of the cards they stand for. Set through the CSSOM, not a
    // style attribute, which a strict Content-Security-Policy (no 'unsafe-inline') would block.
    const count = this._list.length;
    for (const chunk of chunks) {
      const i = Number(chunk.dataset.chunk);
      if (!this._visible.has(i)) chunk.style.height = `${this._placeholderHeight(i, count)}px`;
    }
    const sentinel = root.querySelector('.sentinel');
    if (sentinel && this._sentinelObserver) {
      // Observing again makes the observer report afresh, so a sentinel still in view loads the next page.
      this._sentinelObserver.unobserve(sentinel);
      if (this._hasMore && this._more === 'idle') this._sentinelObserver.observe(sentinel);
    }
  }

  private _onChunks(entries: IntersectionObserverEntry[]): void {
    let changed = false;
    const visible = new Set(this._visible);
    for (const entry of entries) {
      const i = Number((entry.target as HTMLElement).dataset.chunk);
      if (entry.isIntersecting && !visible.has(i)) {
        visible.add(i);
        changed = true;
      } else if (!entry.isIntersecting && visible.has(i)) {
        if (entry.boundingClientRect.height > 0) this._heights.set(i, entry.boundingClientRect.height);
        visible.delete(i);
        changed = true;
      }
    }
    if (changed) this._visible = visible;
  }

  /** Height to reserve for a chunk that is not rendered: its own measurement, else the typical full chunk's. */
  private _placeholderHeight(i: number, count: number): number {
    const own = this._heights.get(i);
    if (own) return own;
    let sum = 0;
    let n = 0;
    for (const [j, h] of this._heights) {
      if ((j + 1) * CHUNK <= count) {
        sum += h;
        n++;
      }
    }
    if (n) return sum / n;
    return CHUNK * (this.layout === 'compact' ? 88 : this.layout === 'list' ? 180 : 140);
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
    const chunks = Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => i);
    const now = this.now ?? new Date();
    return html`<p class="count" aria-hidden="true">${t.count(formatNumber(list.length, this.lang_), this._hasMore && !controlled)}</p>
      <div class="list" role="list" part="list" aria-label=${t.listLabel}>
        ${chunks.map(
          // Chunk i always sits at position i, so plain map keeps each chunk's element (and its observer).
          (i) => {
            const shown = this._visible.has(i);
            return html`<div class=${classMap({ chunk: true, placeholder: !shown })} data-chunk=${i}>
              ${shown ? list.slice(i * CHUNK, (i + 1) * CHUNK).map((c, j) => this._renderCard(c, i * CHUNK + j, list.length, now)) : nothing}
            </div>`;
          },
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
            <span class=${classMap({ deadline: true, urgent: days >= 0 && days <= 3 })} title=${`${t.deadline} ${new Date(c.timeline.applyBy).toLocaleDateString(this.lang_ === 'id' ? 'id-ID' : 'en-GB')}`}
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

function hideBroken(e: Event): void {
  (e.target as HTMLElement).hidden = true;
}
