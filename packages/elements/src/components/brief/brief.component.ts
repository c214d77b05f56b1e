import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { Task, TaskStatus } from '@lit/task';
import { Campaigns, Participations, deadlineOf, nextActions, stagesAfter, type Brief, type Campaign, type Participation } from '@ibusibuk/sdk';
import { IbuSibukElement } from '../../internal/ibusibuk-element.js';
import { common } from '../../internal/common.messages.js';
import { describeError, isAbort } from '../../internal/errors.js';
import { formatDate, formatDateTime } from '../../internal/format.js';
import { tokens } from '../../styles/tokens.styles.js';
import { controls } from '../../styles/controls.styles.js';
import { styles } from './brief.styles.js';
import { briefMessages } from './brief.messages.js';
import { deadlineStyles } from '../../styles/deadline.styles.js';
import { dueLine } from '../../internal/deadline.js';
import { payoutDetailsFor } from '../payout-details/payout-details.embed.js';

/** Why the brief is not shown: before acceptance, or she was not selected. */
type Lock = 'pending' | 'rejected';

/** Stages a participation reaches once accepted (she has confirmed the brief, or withdrew). */
const AFTER_ACCEPTANCE = stagesAfter('accepted');

/** Copies text: the async Clipboard API, else the old selection trick (older WebViews, no permission). */
async function copyText(text: string, root: ShadowRoot | HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection copy
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'copy-buffer';
  root.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/**
 * A campaign's brief for the accepted KOL: what to say, do's and don'ts, the
 * hashtags and mentions to copy, caption guidelines and references. Before she
 * is accepted it explains that the brief opens later. Once read, she confirms
 * it, which moves her participation to `drafting`.
 *
 * The Markdown body is rendered and sanitised by marked and DOMPurify, loaded
 * only when a brief with a body is shown.
 *
 * @tag ibusibuk-brief
 * @event ibusibuk-brief-acknowledge - She confirmed she read the brief. `detail: { participation }` (stage `drafting`).
 * @event ibusibuk-participation-change - Her participation changed stage (to `drafting`). `detail: { participation }`.
 * @event ibusibuk-error-show - Loading or acknowledging failed; the element shows the message too. `detail: { code, message, requestId }`.
 * @csspart base - The card around everything.
 * @csspart header - Title, version and the "read" badge.
 * @csspart badge - The badge shown once the brief was acknowledged.
 * @csspart body - The rendered Markdown body.
 * @csspart dos - The list of do's.
 * @csspart donts - The list of don'ts.
 * @csspart tags - The hashtags and mentions with their copy buttons.
 * @csspart copy-button - Each copy button.
 * @csspart references - Reference images and links.
 * @csspart acknowledge - The confirmation area at the end.
 * @csspart locked - The explanation shown before acceptance.
 * @cssprop --ibusibuk-color-primary - Accents, chips and the confirm button.
 * @cssprop --ibusibuk-color-success - Do's and the "read" badge.
 * @cssprop --ibusibuk-color-danger - Don'ts.
 * @cssprop --ibusibuk-radius - Card corner radius.
 */
export class IbuSibukBrief extends IbuSibukElement {
  static override styles = [tokens, controls, deadlineStyles, styles];

  /** The campaign whose brief to show (`cmp_…`). */
  @property({ attribute: 'campaign-id' }) campaignId = '';

  /** The KOL's participation in the campaign (`par_…`); found from the campaign when left out. */
  @property({ attribute: 'participation-id' }) participationId = '';

  /** The brief, when the page already has it (controlled mode: it is not fetched). */
  @property({ attribute: false }) brief?: Brief;

  /** The KOL's participation, when the page already has it; decides whether the brief is open and can be confirmed. */
  @property({ attribute: false }) participation?: Participation | null;

  /** The campaign, for its title above the brief. */
  @property({ attribute: false }) campaign?: Campaign;

  /** The time due dates are measured against; the device's clock by default. */
  @property({ attribute: false }) now?: Date;

  @state() private _acknowledgedHere?: Participation;
  @state() private _busy = false;
  @state() private _ackError = '';
  @state() private _announcement = '';
  @state() private _copied = '';

  private _copiedTimer?: ReturnType<typeof setTimeout>;

  /** Her participation, fetched when the page did not give it. */
  private readonly _participationTask = new Task(this, {
    task: async ([client, participationId, campaignId, kolId], { signal }) => {
      if (!client) return null;
      if (participationId) return new Participations(client).get(participationId, { signal });
      if (!campaignId || !kolId) return null;
      const page = await new Participations(client).list({ campaignId, limit: 1 }, { signal });
      return page.data[0] ?? null;
    },
    args: () =>
      [
        this.participation === undefined ? this.ibusibuk?.client : undefined,
        this.participationId,
        this.campaignId,
        this.ibusibuk?.kol?.id,
      ] as const,
    onError: (error) => {
      if (!isAbort(error)) this.emitError(describeError(error, this.lang_));
    },
  });

  /** The brief, fetched once her participation opens it (null: none written yet). */
  private readonly _briefTask = new Task(this, {
    task: async ([client, campaignId, open], { signal }) => {
      if (!client || !campaignId || !open) return undefined;
      try {
        return await new Campaigns(client).brief(campaignId, { signal });
      } catch (error) {
        if ((error as { code?: string }).code === 'not_found') return null;
        throw error;
      }
    },
    args: () => {
      const p = this._participation;
      return [this.brief ? undefined : this.ibusibuk?.client, this.campaignId || p?.campaignId, p ? this._lockOf(p) === undefined : false] as const;
    },
    onError: (error) => {
      const code = (error as { code?: string }).code;
      if (!isAbort(error) && code !== 'permission_error') this.emitError(describeError(error, this.lang_));
    },
  });

  /** Renders the Markdown body, importing marked and DOMPurify on first use. */
  private readonly _markdownTask = new Task(this, {
    task: async ([body]) => {
      if (!body) return '';
      const { renderMarkdown } = await import('./brief.markdown.js');
      return renderMarkdown(body);
    },
    args: () => [this._brief?.body] as const,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._copiedTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A participation handed down by the page is newer than the one we kept after confirming.
    if (changed.has('participation') && this.participation) this._acknowledgedHere = undefined;
  }

  /** The participation in force: after confirming here, the server's answer; else the page's or the fetched one. */
  private get _participation(): Participation | null | undefined {
    return this._acknowledgedHere ?? (this.participation !== undefined ? this.participation : this._participationTask.value);
  }

  private get _brief(): Brief | null | undefined {
    return this.brief ?? this._briefTask.value;
  }

  private _lockOf(p: Participation | null | undefined): Lock | undefined {
    if (!p) return 'pending';
    if (p.stage === 'applied') return 'pending';
    if (p.stage === 'rejected') return 'rejected';
    return undefined;
  }

  private async _acknowledge(): Promise<void> {
    const p = this._participation;
    const client = this.ibusibuk?.client;
    const t = briefMessages(this.lang_);
    if (!p || this._busy) return;
    if (!client) {
      this._ackError = common(this.lang_).genericError;
      this.emitError({ code: 'configuration_error', message: this._ackError });
      return;
    }
    this._busy = true;
    this._ackError = '';
    this._announcement = t.acknowledging;
    try {
      const participation = await new Participations(client).acknowledgeBrief(p.id);
      this._acknowledgedHere = participation;
      this._announcement = t.acknowledgedNow;
      this.emit('ibusibuk-brief-acknowledge', { participation });
      this.emit('ibusibuk-participation-change', { participation });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.ack-done')?.focus();
    } catch (error) {
      const detail = describeError(error, this.lang_);
      this._ackError = detail.message;
      this._announcement = detail.message;
      this.emitError(detail);
    } finally {
      this._busy = false;
    }
  }

  private async _copy(text: string, announce: string): Promise<void> {
    const t = briefMessages(this.lang_);
    const ok = await copyText(text, this.renderRoot as ShadowRoot);
    // Re-announce even when the same item is copied twice.
    this._announcement = '';
    await this.updateComplete;
    this._announcement = ok ? announce : t.copyFailed;
    this._copied = ok ? text : '';
    clearTimeout(this._copiedTimer);
    this._copiedTimer = setTimeout(() => (this._copied = ''), 2000);
  }

  // --- rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<article part="base" class="card brief" aria-labelledby="heading">
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      ${this._renderContent()}
    </article>`;
  }

  private _renderContent(): TemplateResult {
    const t = briefMessages(this.lang_);
    // Connected and her participation not known yet: still loading.
    const participationPending =
      this.participation === undefined &&
      !this._acknowledgedHere &&
      !this.brief &&
      this.ibusibuk !== undefined &&
      (this._participationTask.status === TaskStatus.PENDING || this._participationTask.status === TaskStatus.INITIAL);
    if (participationPending) return this._renderSkeleton();
    if (this.participation === undefined && this._participationTask.status === TaskStatus.ERROR) {
      return this._renderError(this._participationTask.error, () => this._participationTask.run());
    }

    const p = this._participation;
    // The page gave the brief without a participation (e.g. a preview): show it as it is.
    const preview = this.brief !== undefined && (p === undefined || (p === null && !this.ibusibuk));
    const lock = preview ? undefined : this._lockOf(p);
    if (lock) return this._renderLocked(lock);

    const brief = this._brief;
    if (!brief) {
      if (this._briefTask.status === TaskStatus.ERROR) {
        const error = this._briefTask.error as { code?: string };
        if (error?.code === 'permission_error') return this._renderLocked('pending');
        return this._renderError(this._briefTask.error, () => this._briefTask.run());
      }
      if (brief === null) {
        return html`${this._renderHeader(undefined, p)}
          <div class="notice empty" role="note"><strong>${t.emptyTitle}</strong>${t.empty}</div>`;
      }
      if (!this.ibusibuk?.client) {
        return html`${this._renderHeader(undefined, p)}
          <div class="notice empty" role="note"><strong>${t.emptyTitle}</strong>${t.empty}</div>`;
      }
      return this._renderSkeleton();
    }
    return this._renderBrief(brief, p);
  }

  private _renderHeader(brief: Brief | undefined, p: Participation | null | undefined): TemplateResult {
    const t = briefMessages(this.lang_);
    const ack = this._acknowledgement(p);
    return html`<header class="header" part="header">
      <div class="title">
        ${this.campaign ? html`<p class="eyebrow">${t.heading}</p>` : nothing}
        <h2 id="heading">${this.campaign?.title ?? t.heading}</h2>
        ${brief
          ? html`<p class="hint">${t.version(brief.version)} · ${t.updated(formatDate(brief.updatedAt, this.lang_))}</p>`
          : nothing}
      </div>
      ${ack
        ? html`<p class="badge" part="badge">
            <span class="badge-icon" aria-hidden="true">✓</span>
            <span>${t.acknowledged}${ack.at ? html`<span class="badge-date">${t.acknowledgedOn(formatDateTime(ack.at, this.lang_))}</span>` : nothing}</span>
          </p>`
        : nothing}
    </header>`;
  }

  /** Whether (and when) she confirmed the brief: any stage past `accepted` means she did. */
  private _acknowledgement(p: Participation | null | undefined): { at: string | undefined } | undefined {
    if (!p || !AFTER_ACCEPTANCE.has(p.stage)) return undefined;
    const entry = p.history.find((h) => h.from === 'accepted' && h.to === 'drafting');
    if (p.stage === 'withdrawn' && !entry) return undefined;
    return { at: entry?.at };
  }

  private _renderSkeleton(): TemplateResult {
    const t = briefMessages(this.lang_);
    return html`<div class="loading" aria-hidden="true">
        <div class="skeleton line short"></div>
        <div class="skeleton line title"></div>
        <div class="skeleton block"></div>
        <div class="skeleton line"></div>
        <div class="skeleton line"></div>
      </div>
      <h2 id="heading" class="visually-hidden">${t.heading}</h2>
      <p class="visually-hidden">${t.loading}</p>`;
  }

  private _renderError(error: unknown, retry: () => void): TemplateResult {
    const t = briefMessages(this.lang_);
    const c = common(this.lang_);
    const detail = describeError(error, this.lang_);
    return html`<h2 id="heading" class="visually-hidden">${t.heading}</h2>
      <div class="notice error" role="alert">
        <strong>${t.loadError}</strong>
        <p>${detail.message}</p>
        ${detail.requestId ? html`<p class="hint">${c.requestId(detail.requestId)}</p>` : nothing}
        <button class="button secondary small retry" type="button" @click=${retry}>${c.retry}</button>
      </div>`;
  }

  private _renderLocked(lock: Lock): TemplateResult {
    const t = briefMessages(this.lang_);
    return html`<div class="locked" part="locked">
      <div class="lock-icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
          <rect x="4" y="11" width="16" height="10" rx="2"></rect>
          <path d="M8 11V7a4 4 0 0 1 8 0v4"></path>
        </svg>
      </div>
      <h2 id="heading">${t.lockedTitle}</h2>
      <p>${lock === 'rejected' ? t.lockedRejected : t.locked}</p>
    </div>`;
  }

  private _renderBrief(brief: Brief, p: Participation | null | undefined): TemplateResult {
    const t = briefMessages(this.lang_);
    return html`${this._renderHeader(brief, p)}
      <section class="objective" aria-labelledby="objective">
        <h3 id="objective">${t.objective}</h3>
        <p>${brief.objective}</p>
      </section>
      ${brief.body ? this._renderBody() : nothing}
      ${brief.keyMessages.length
        ? html`<section aria-labelledby="key-messages">
            <h3 id="key-messages">${t.keyMessages}</h3>
            <ol class="key-messages">
              ${brief.keyMessages.map((m) => html`<li>${m}</li>`)}
            </ol>
          </section>`
        : nothing}
      ${brief.dos.length || brief.donts.length ? this._renderDosDonts(brief) : nothing}
      ${brief.hashtags.length || brief.mentions.length ? this._renderTags(brief) : nothing}
      ${brief.captionGuidelines
        ? html`<section aria-labelledby="caption">
            <h3 id="caption">${t.captionGuidelines}</h3>
            <p class="pre">${brief.captionGuidelines}</p>
          </section>`
        : nothing}
      ${brief.references.length ? this._renderReferences(brief) : nothing} ${this._renderAcknowledge(p)}
      ${p ? payoutDetailsFor(this._acknowledgedHere ?? p) : nothing}`;
  }

  private _renderBody(): TemplateResult {
    const t = briefMessages(this.lang_);
    const rendered = this._markdownTask.value;
    return html`<section aria-labelledby="details">
      <h3 id="details">${t.details}</h3>
      ${rendered === undefined || this._markdownTask.status === TaskStatus.PENDING
        ? html`<div class="loading" aria-hidden="true">
              <div class="skeleton line"></div>
              <div class="skeleton line"></div>
              <div class="skeleton line short"></div>
            </div>
            <p class="visually-hidden">${t.markdownLoading}</p>`
        : html`<div class="markdown" part="body">${unsafeHTML(rendered)}</div>`}
    </section>`;
  }

  private _renderDosDonts(brief: Brief): TemplateResult {
    const t = briefMessages(this.lang_);
    return html`<div class="dos-donts">
      <section class="do" aria-labelledby="dos" part="dos">
        <h3 id="dos"><span class="mark" aria-hidden="true">✓</span>${t.dos}</h3>
        <ul>
          ${brief.dos.map(
            (d) => html`<li><span class="mark" aria-hidden="true">✓</span><span class="visually-hidden">${t.doLabel}: </span>${d}</li>`,
          )}
        </ul>
      </section>
      <section class="dont" aria-labelledby="donts" part="donts">
        <h3 id="donts"><span class="mark" aria-hidden="true">✕</span>${t.donts}</h3>
        <ul>
          ${brief.donts.map(
            (d) => html`<li><span class="mark" aria-hidden="true">✕</span><span class="visually-hidden">${t.dontLabel}: </span>${d}</li>`,
          )}
        </ul>
      </section>
    </div>`;
  }

  private _renderTags(brief: Brief): TemplateResult {
    const t = briefMessages(this.lang_);
    const all = [...brief.hashtags, ...brief.mentions].join(' ');
    const chip = (item: string) => {
      const done = this._copied === item;
      return html`<li>
        <button
          type="button"
          class="copy-chip"
          part="copy-button"
          aria-label=${t.copyItem(item)}
          @click=${() => this._copy(item, t.copiedItem(item))}
        >
          <span class="tag-text">${item}</span>
          <span class="copy-icon" aria-hidden="true">${done ? '✓' : copyIcon}</span>
        </button>
      </li>`;
    };
    return html`<section class="tags" aria-labelledby="tags" part="tags">
      <div class="tags-head">
        <h3 id="tags">${t.hashtagsAndMentions}</h3>
        <button type="button" class="button secondary small copy-all" part="copy-button" @click=${() => this._copy(all, t.copiedAll)}>
          <span aria-hidden="true">${this._copied === all ? '✓' : copyIcon}</span>
          ${this._copied === all ? common(this.lang_).copied : t.copyAll}
        </button>
      </div>
      ${brief.hashtags.length
        ? html`<h4 class="sub">${t.hashtags}</h4>
            <ul class="chip-list">
              ${brief.hashtags.map(chip)}
            </ul>`
        : nothing}
      ${brief.mentions.length
        ? html`<h4 class="sub">${t.mentions}</h4>
            <ul class="chip-list">
              ${brief.mentions.map(chip)}
            </ul>`
        : nothing}
    </section>`;
  }

  private _renderReferences(brief: Brief): TemplateResult {
    const t = briefMessages(this.lang_);
    const images = brief.references.filter((r) => r.kind === 'image');
    const links = brief.references.filter((r) => r.kind === 'link');
    return html`<section aria-labelledby="references" part="references">
      <h3 id="references">${t.references}</h3>
      ${images.length
        ? html`<ul class="ref-images">
            ${images.map(
              (r, i) => html`<li>
                <figure>
                  <img src=${r.url} alt=${t.referenceImage(i + 1)} loading="lazy" decoding="async" />
                  ${r.caption ? html`<figcaption>${r.caption}</figcaption>` : nothing}
                </figure>
              </li>`,
            )}
          </ul>`
        : nothing}
      ${links.length
        ? html`<ul class="ref-links">
            ${links.map(
              (r) => html`<li>
                <a href=${r.url} target="_blank" rel="noopener noreferrer">
                  <span>${r.caption || r.url}</span>
                  <span aria-hidden="true">↗</span>
                  <span class="visually-hidden">${t.newTab}</span>
                </a>
              </li>`,
            )}
          </ul>`
        : nothing}
    </section>`;
  }

  /** The first draft's due date, so she knows how long she has once she starts. */
  private _draftDue(p: Participation): TemplateResult | typeof nothing {
    const now = this.now ?? new Date();
    const deadline = this.campaign ? deadlineOf(p, this.campaign, now) : null;
    return deadline ? dueLine(deadline, now, this.lang_) : nothing;
  }

  private _renderAcknowledge(p: Participation | null | undefined): TemplateResult | typeof nothing {
    const t = briefMessages(this.lang_);
    if (!p) return nothing;
    if (this._acknowledgedHere) {
      return html`<div class="ack ack-done notice success" part="acknowledge" tabindex="-1">
        <strong>${t.acknowledged}</strong>${t.acknowledgedNow}
      </div>`;
    }
    const canAcknowledge = nextActions(p, 'kol').some((m) => m.action === 'acknowledgeBrief');
    if (!canAcknowledge) return nothing;
    return html`<div class="ack" part="acknowledge">
      <p>${t.acknowledgeIntro}</p>
      ${this._draftDue(p)}
      ${this._ackError ? html`<div class="notice error" role="alert">${this._ackError}</div>` : nothing}
      <button type="button" class="button block ack-button" aria-disabled=${this._busy ? 'true' : 'false'} @click=${this._acknowledge}>
        ${this._busy ? html`<span class="spinner" aria-hidden="true"></span>${t.acknowledging}` : html`<span aria-hidden="true">✓</span> ${t.acknowledge}`}
      </button>
    </div>`;
  }
}

const copyIcon = html`<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
  <rect x="9" y="9" width="12" height="12" rx="2"></rect>
  <path d="M5 15V5a2 2 0 0 1 2-2h10"></path>
</svg>`;
