import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { Campaigns, Drafts, Insights, MOVES, Uploads, type Brief, type Campaign, type MetricKey, type Participation, type Stage, type Upload } from '@ibusibuk/sdk/client';
import { metricFields } from '@ibusibuk/sdk/insight';
import { campaignTerms, offerTerms, participationTerms } from '../../internal/common.messages.js';
import { formatDateTime, formatNumber, formatPercent } from '../../internal/format.js';
import { tokens } from '../../styles/tokens.styles.js';
import { controls } from '../../styles/controls.styles.js';
import { hasTag } from '../draft-uploader/caption-check.js';
import { StaffElement } from '../staff/staff-element.js';
import { staffStyles } from '../staff/staff.styles.js';
import { duration, staffMessages } from '../staff/staff.messages.js';
import { CampaignCache, autoApprovesAt, enteredStageAt, participationsWhere } from '../staff/staff-api.js';
import { styles } from './review-queue.styles.js';
import { flagsOf } from '../insight-submitter/insight-submitter.flags.js';
import { reviewQueueMessages } from './review-queue.messages.js';

/** The stages the queue shows: where the officer's next move is on a draft or on an insight (from `MOVES`). */
const DRAFT_STAGES: readonly Stage[] = MOVES.approveDraft.from;
const INSIGHT_STAGES: readonly Stage[] = MOVES.approveInsight.from;

/** What the queue shows: the waiting participations and their campaigns; briefs and uploads when controlled. */
export interface ReviewQueueData {
  participations: Participation[];
  campaigns: Campaign[];
  /** Briefs by campaign, for controlled use (connected, they are fetched). */
  briefs?: Brief[];
  /** Uploads with their signed URLs, for controlled use (connected, each is fetched with `uploads.get`). */
  uploads?: Upload[];
}

interface Item {
  participation: Participation;
  kind: 'draft' | 'insight';
  since: string;
  campaign: Campaign | undefined;
}

interface Detail {
  brief: Brief | null;
  media: Map<string, Upload | null>;
}

/**
 * Everything waiting on the reviewer across campaigns, oldest first, with the time waited (and
 * the time left before automatic approval when the API gives it): drafts in review open with
 * their media, the caption checked against the brief's required hashtags and mentions, and
 * the earlier versions with their feedback side by side, to approve or send back with
 * feedback; insights open with their figures per deliverable, the engagement rate and the
 * screenshots large, to approve or ask for a fix. Needs a staff session with `drafts.review`
 * and `insights.review`.
 *
 * @tag ibusibuk-review-queue
 * @event ibusibuk-draft-approve - A draft was approved. `detail: { participation }`.
 * @event ibusibuk-draft-revise - A draft was sent back with feedback. `detail: { participation }`.
 * @event ibusibuk-insight-approve - An insight was approved. `detail: { participation }`.
 * @event ibusibuk-insight-revise - An insight was sent back with a note. `detail: { participation }`.
 * @event ibusibuk-participation-change - A participation changed stage. `detail: { participation }`.
 * @event ibusibuk-error-show - Loading or a move failed; the element shows it too. `detail: { code, message, requestId }`.
 * @csspart base - The card around everything.
 * @csspart list - The list of what waits.
 * @csspart item - Each entry of the list.
 * @csspart detail - The opened draft or insight.
 * @csspart media - A draft's images and videos.
 * @csspart screenshots - An insight's screenshots.
 * @cssprop --ibusibuk-color-primary - Accents and the main buttons.
 * @cssprop --ibusibuk-color-warning - Time waited.
 */
export class IbuSibukReviewQueue extends StaffElement {
  static override styles = [tokens, controls, staffStyles, styles];

  /** Only this campaign's drafts and insights (`cmp_…`); all campaigns when empty. */
  @property() campaign = '';

  /** The queue, when the page has it (controlled: nothing is fetched). */
  @property({ attribute: false }) data?: ReviewQueueData;

  /** The participation (`par_…`) whose draft or insight is open; the page may set it to open one. */
  @property({ attribute: 'open-id' }) openId = '';

  /** The time waits are counted to (default: now). */
  @property({ attribute: false }) now?: Date;

  @state() private _openId = '';
  @state() private _note = '';
  @state() private _error = '';
  /** Participations reviewed here, gone from the queue. */
  @state() private _done = new Set<string>();

  private readonly _campaigns = new CampaignCache();

  private readonly _task = new Task(this, {
    task: async ([client, campaignId], { signal }): Promise<ReviewQueueData | undefined> => {
      if (!client) return undefined;
      const stages = [...DRAFT_STAGES, ...INSIGHT_STAGES];
      const lists = await Promise.all(
        stages.map((stage) => participationsWhere(client, { stage, ...(campaignId ? { campaignId } : {}) }, signal)),
      );
      const participations = lists.flat();
      const campaigns = await this._campaigns.all(client, participations.map((p) => p.campaignId), signal);
      return { participations, campaigns: [...campaigns.values()] };
    },
    args: () => [this.data ? undefined : this._client, this.campaign] as const,
    onError: (error) => this._reportLoadError(error),
  });

  private readonly _detail = new Task(this, {
    task: async ([client, p], { signal }): Promise<Detail | undefined> => {
      const item = p && this._items?.find((i) => i.participation === p);
      if (!item) return undefined;
      const ids = item.kind === 'draft' ? (p.drafts.at(-1)?.mediaIds ?? []) : (p.insights.at(-1)?.screenshotIds ?? []);
      if (!client) {
        const brief = this.data?.briefs?.find((b) => b.campaignId === p.campaignId) ?? null;
        return { brief, media: new Map(ids.map((id) => [id, this.data?.uploads?.find((u) => u.id === id) ?? null])) };
      }
      const uploads = new Uploads(client);
      const [brief, ...media] = await Promise.all([
        item.kind === 'draft'
          ? new Campaigns(client).brief(p.campaignId, { signal }).catch((error: unknown) => {
              if ((error as { code?: string }).code === 'not_found') return null;
              throw error;
            })
          : Promise.resolve(null),
        ...ids.map((id) => uploads.get(id, { signal }).catch(() => null)),
      ]);
      return { brief, media: new Map(ids.map((id, i) => [id, media[i] ?? null])) };
    },
    // The participation, not the Item: items are made anew on every render.
    args: () => [this.data ? undefined : this._client, this._item?.participation] as const,
    onError: (error) => this._reportLoadError(error),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('data') || changed.has('campaign')) this._done = new Set();
    if (changed.has('openId')) this._openId = this.openId;
  }

  private get _items(): Item[] | undefined {
    const data = this.data ?? this._task.value;
    if (!data) return undefined;
    const campaigns = new Map(data.campaigns.map((c) => [c.id, c]));
    return data.participations
      .filter((p) => !this._done.has(p.id) && (DRAFT_STAGES.includes(p.stage) || INSIGHT_STAGES.includes(p.stage)))
      .filter((p) => !this.campaign || p.campaignId === this.campaign)
      .map((p): Item => ({
        participation: p,
        kind: DRAFT_STAGES.includes(p.stage) ? 'draft' : 'insight',
        since: enteredStageAt(p),
        campaign: campaigns.get(p.campaignId),
      }))
      .sort((a, b) => Date.parse(a.since) - Date.parse(b.since));
  }

  private get _item(): Item | undefined {
    return this._openId ? this._items?.find((i) => i.participation.id === this._openId) : undefined;
  }

  private get _now(): Date {
    return this.now ?? new Date();
  }

  private async _openItem(id: string): Promise<void> {
    if (this._openId !== id) {
      this._note = '';
      this._error = '';
    }
    this._openId = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  private async _decide(item: Item, decision: 'approve' | 'revise'): Promise<void> {
    if (this._busy) return;
    const t = reviewQueueMessages(this.lang_);
    const p = item.participation;
    const note = this._note.trim();
    if (decision === 'revise' && !note) {
      this._error = staffMessages(this.lang_).noteRequired;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('#review-note')?.focus();
      return;
    }
    this._error = '';
    const name = p.application.profile.name;
    const input = note ? { note } : {};
    const result =
      item.kind === 'draft'
        ? decision === 'approve'
          ? await this._move(p.id, 'ibusibuk-draft-approve', (c) => new Drafts(c).approve(p.id, input))
          : await this._move(p.id, 'ibusibuk-draft-revise', (c) => new Drafts(c).requestRevision(p.id, { note }))
        : decision === 'approve'
          ? await this._move(p.id, 'ibusibuk-insight-approve', (c) => new Insights(c).approve(p.id, input))
          : await this._move(p.id, 'ibusibuk-insight-revise', (c) => new Insights(c).requestFix(p.id, { note }));
    if ('error' in result) {
      this._error = result.error.message;
      return;
    }
    const said =
      item.kind === 'draft'
        ? decision === 'approve'
          ? t.draftApproved(name)
          : t.draftRevised(name)
        : decision === 'approve'
          ? t.insightApproved(name)
          : t.insightRevised(name);
    const items = this._items ?? [];
    const next = items[items.findIndex((i) => i.participation.id === p.id) + 1] ?? items.find((i) => i.participation.id !== p.id);
    this._done = new Set(this._done).add(p.id);
    this._note = '';
    this._openId = '';
    void this._say(said);
    await this.updateComplete;
    const target = next
      ? this.renderRoot.querySelector<HTMLElement>(`[data-item="${next.participation.id}"]`)
      : this.renderRoot.querySelector<HTMLElement>('.queue-empty');
    target?.focus();
  }

  // --- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = reviewQueueMessages(this.lang_);
    const items = this._items;
    const body = this._stateOf(items, { error: this._task.error, retry: () => void this._task.run() }, Boolean(this.data), (d) => this._body(d));
    return html`<section class="console card" part="base" aria-labelledby="title">
      <header class="head">
        <div>
          <h2 id="title">${t.heading}</h2>
          <p class="meta">${t.intro}</p>
        </div>
        ${items ? html`<p class="pill ${items.length ? 'officer' : 'good'}">${t.count(items.length)}</p>` : nothing}
      </header>
      ${body} ${this._liveRegion()}
    </section>`;
  }

  private _body(items: Item[]): TemplateResult {
    const t = reviewQueueMessages(this.lang_);
    if (!items.length) return html`<p class="empty queue-empty" tabindex="-1">${t.empty}</p>`;
    const open = this._item;
    return html`<div class="queue">
      <nav aria-label=${t.listLabel}>
        <ul class="queue-list" part="list">
          ${items.map((item) => this._entry(item, item === open))}
        </ul>
      </nav>
      <div class="detail" part="detail">${open ? this._detailView(open) : html`<p class="empty">${t.choose}</p>`}</div>
    </div>`;
  }

  private _entry(item: Item, open: boolean): TemplateResult {
    const t = reviewQueueMessages(this.lang_);
    const s = staffMessages(this.lang_);
    const p = item.participation;
    const version = item.kind === 'draft' ? (p.drafts.at(-1)?.version ?? 1) : (p.insights.at(-1)?.version ?? 1);
    const auto = autoApprovesAt(p, item.campaign);
    const left = auto ? Date.parse(auto) - this._now.getTime() : 0;
    return html`<li>
      <button
        type="button"
        class="item"
        part="item"
        data-item=${p.id}
        aria-current=${open ? 'true' : 'false'}
        @click=${() => this._openItem(p.id)}
      >
        <span class="item-top">
          <span class="pill ${item.kind}">${item.kind === 'draft' ? t.draft(version) : t.insight(version)}</span>
          <span class="waited">${s.waited(duration(this._now.getTime() - Date.parse(item.since), s))}</span>
        </span>
        <strong class="name">${p.application.profile.name}</strong>
        <span class="meta">${item.campaign?.title ?? p.campaignId}</span>
        ${auto ? html`<span class="auto">${left > 0 ? s.autoApproveIn(duration(left, s)) : s.autoApproveDue}</span>` : nothing}
      </button>
    </li>`;
  }

  private _detailView(item: Item): TemplateResult {
    const t = reviewQueueMessages(this.lang_);
    const p = item.participation;
    const name = p.application.profile.name;
    const draft = p.drafts.at(-1);
    const insight = p.insights.at(-1);
    const title = item.kind === 'draft' ? t.draftOf(name, draft?.version ?? 1) : t.insightOf(name, insight?.version ?? 1);
    const detail = this._detail.value;
    return html`<article id="detail" aria-labelledby="detail-title">
      <header class="detail-head">
        <h3 id="detail-title" tabindex="-1">${title}</h3>
        <p class="meta">
          ${item.campaign?.title ?? p.campaignId} ·
          ${formatDateTime(item.kind === 'draft' ? (draft?.submittedAt ?? item.since) : (insight?.submittedAt ?? item.since), this.lang_)}
        </p>
      </header>
      ${this._detail.error !== undefined && !detail
        ? this._loadError(this._detail.error, () => void this._detail.run())
        : item.kind === 'draft'
          ? this._draftView(item, detail)
          : this._insightView(item, detail)}
      ${this._decision(item)}
    </article>`;
  }

  private _mediaView(ids: string[], detail: Detail | undefined, label: (n: number) => string, cls: string): TemplateResult {
    const t = reviewQueueMessages(this.lang_);
    return html`<ul class=${cls} part=${cls}>
      ${ids.map((id, i) => {
        if (!detail) return html`<li><div class="skeleton media-skeleton" aria-hidden="true"></div></li>`;
        const upload = detail.media.get(id);
        if (!upload?.url) return html`<li><p class="notice">${label(i + 1)}: ${t.mediaMissing}</p></li>`;
        return html`<li>
          <figure>
            ${upload.kind === 'video'
              ? html`<video controls preload="metadata" src=${upload.url} aria-label=${label(i + 1)}></video>`
              : html`<a href=${upload.url} target="_blank" rel="noopener noreferrer"
                  ><img src=${upload.url} alt=${label(i + 1)} loading="lazy" decoding="async"
                /></a>`}
          </figure>
        </li>`;
      })}
    </ul>`;
  }

  private _draftView(item: Item, detail: Detail | undefined): TemplateResult {
    const t = reviewQueueMessages(this.lang_);
    const p = item.participation;
    const draft = p.drafts.at(-1);
    if (!draft) return html``;
    const earlier = p.drafts.slice(0, -1).reverse();
    const brief = detail?.brief;
    const required = brief ? [...brief.hashtags, ...brief.mentions] : [];
    const missing = required.filter((tag) => !hasTag(draft.caption, tag));
    return html`<section aria-labelledby="media-h">
        <h4 id="media-h">${t.media}</h4>
        ${this._mediaView(draft.mediaIds, detail, (n) => t.mediaItem(n, draft.version), 'media')}
      </section>
      <div class="versions">
        <section class="version current" aria-labelledby="caption-h">
          <h4 id="caption-h">${t.caption} · ${t.current}</h4>
          <p class="caption">${draft.caption}</p>
          ${draft.note ? html`<p class="kol-note"><strong>${t.kolNote}:</strong> ${draft.note}</p>` : nothing}
        </section>
        ${earlier.length
          ? html`<section class="version earlier" aria-labelledby="versions-h">
              <h4 id="versions-h">${t.versions}</h4>
              ${earlier.map(
                (d) => html`<div class="old">
                  <p class="meta"><strong>${t.version(d.version)}</strong> · ${formatDateTime(d.submittedAt, this.lang_)}</p>
                  <p class="caption">${d.caption}</p>
                  <p class="feedback"><strong>${t.feedback}:</strong> ${d.feedback ?? t.noFeedback}</p>
                </div>`,
              )}
            </section>`
          : nothing}
      </div>
      <section aria-labelledby="tags-h" class="tags">
        <h4 id="tags-h">${t.tags}</h4>
        ${!detail
          ? html`<div class="skeleton line" aria-hidden="true"></div>`
          : !brief
            ? html`<p class="meta">${t.noBrief}</p>`
            : html`<p class="meta">${t.tagsSummary(missing.length)}</p>
                <ul class="tag-list">
                  ${required.map((tag) => {
                    const ok = !missing.includes(tag);
                    return html`<li class="pill ${ok ? 'good' : 'bad'}">
                      <span aria-hidden="true">${ok ? '✓' : '✕'}</span> ${tag}
                      <span class="visually-hidden">(${ok ? t.tagPresent : t.tagMissing})</span>
                    </li>`;
                  })}
                </ul>`}
      </section>`;
  }

  private _insightView(item: Item, detail: Detail | undefined): TemplateResult {
    const t = reviewQueueMessages(this.lang_);
    const s = staffMessages(this.lang_);
    const p = item.participation;
    const insight = p.insights.at(-1);
    if (!insight) return html``;
    const deliverables = item.campaign?.deliverables ?? [];
    const keys = new Set<MetricKey>();
    for (const m of insight.metrics) {
      const d = deliverables[m.deliverableIndex];
      for (const k of d ? metricFields(d.platform, d.format) : (Object.keys(m.values) as MetricKey[])) keys.add(k);
    }
    const columns = [...keys];
    const metricName = participationTerms(this.lang_).metric;
    const platformName = campaignTerms(this.lang_).platform;
    const formatName = offerTerms(this.lang_).format;
    const earlierNote = p.insights.slice(0, -1).reverse().find((i) => i.officerNote)?.officerNote;
    const num = (v: number | undefined) => (v === undefined ? '–' : formatNumber(v, this.lang_));
    const pct = (v: number | null) => (v === null ? '–' : formatPercent(v, this.lang_));
    return html`${this._flagsView(item)}<section aria-labelledby="metrics-h">
        <h4 id="metrics-h">${t.metrics}</h4>
        <div class="table-wrap" role="region" aria-label=${s.tableScroll(t.metrics)} tabindex="0">
          <table>
            <thead>
              <tr>
                <th scope="col">${t.deliverable}</th>
                ${columns.map((k) => html`<th scope="col" class="num">${metricName[k]}</th>`)}
                <th scope="col" class="num">${t.engagementRate}</th>
              </tr>
            </thead>
            <tbody>
              ${insight.metrics.map((m) => {
                const d = deliverables[m.deliverableIndex];
                return html`<tr>
                  <th scope="row">${d ? `${platformName[d.platform]} ${formatName[d.format]}` : `#${m.deliverableIndex + 1}`}</th>
                  ${columns.map((k) => html`<td class="num">${num(m.values[k])}</td>`)}
                  <td class="num">${pct(m.engagementRate)}</td>
                </tr>`;
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colspan=${columns.length + 1}>${t.total}</th>
                <td class="num">${pct(insight.engagementRate)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
      ${p.post
        ? html`<p>
            <strong>${t.post}:</strong>
            <a href=${p.post.url} target="_blank" rel="noopener noreferrer">${p.post.url}<span class="visually-hidden"> ${s.newTab}</span></a>
          </p>`
        : nothing}
      ${insight.note ? html`<p class="kol-note"><strong>${t.kolNote}:</strong> ${insight.note}</p>` : nothing}
      ${earlierNote ? html`<p class="kol-note"><strong>${t.previousNote}:</strong> ${earlierNote}</p>` : nothing}
      <section aria-labelledby="shots-h">
        <h4 id="shots-h">${t.screenshots}</h4>
        ${this._mediaView(insight.screenshotIds, detail, (n) => t.screenshot(n), 'screenshots')}
      </section>`;
  }

  /** Figures that can hardly be true together, in words, before the table: the officer looks closer there. */
  private _flagsView(item: Item): TemplateResult | typeof nothing {
    const insight = item.participation.insights.at(-1);
    if (!insight) return nothing;
    const deliverables = item.campaign?.deliverables ?? [];
    const flags = flagsOf(item.participation, deliverables, insight.metrics);
    if (flags.length === 0) return nothing;
    const t = reviewQueueMessages(this.lang_);
    const platformName = campaignTerms(this.lang_).platform;
    const formatName = offerTerms(this.lang_).format;
    // A flag's index counts the figures sent; their own deliverableIndex names the content.
    const figures = insight.metrics.filter((m) => deliverables[m.deliverableIndex]);
    const contentOf = (index: number | null) => {
      const d = index === null ? undefined : deliverables[figures[index]?.deliverableIndex ?? -1];
      return d ? `${platformName[d.platform]} ${formatName[d.format]}: ` : '';
    };
    return html`<section class="flags" part="flags" aria-labelledby="flags-h">
      <h4 id="flags-h">${t.flagsHeading(flags.length)}</h4>
      <p class="hint">${t.flagsHint}</p>
      <ul>
        ${flags.map((f) => html`<li data-flag=${f.code}>${contentOf(f.deliverableIndex)}${f.message[this.lang_]}</li>`)}
      </ul>
    </section>`;
  }

  private _decision(item: Item): TemplateResult {
    const t = reviewQueueMessages(this.lang_);
    const s = staffMessages(this.lang_);
    const draft = item.kind === 'draft';
    const busy = this._busy === item.participation.id;
    return html`<form class="panel decision" @submit=${(e: Event) => e.preventDefault()}>
      <div class="field">
        <label for="review-note">${draft ? t.feedbackLabel : t.insightNoteLabel}</label>
        <span class="hint" id="review-hint">${draft ? t.feedbackHint : t.insightNoteHint}</span>
        <textarea
          id="review-note"
          rows="4"
          .value=${this._note}
          aria-invalid=${this._error ? 'true' : 'false'}
          aria-describedby="review-hint${this._error ? ' review-error' : ''}"
          @input=${(e: Event) => {
            this._note = (e.target as HTMLTextAreaElement).value;
            this._error = '';
          }}
        ></textarea>
        ${this._error ? html`<p class="field-error" id="review-error" role="alert">${this._error}</p>` : nothing}
      </div>
      <div class="actions">
        <button type="button" class="button approve" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this._decide(item, 'approve')}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${s.sending}` : draft ? t.approveDraft : t.approveInsight}
        </button>
        <button type="button" class="button secondary revise" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this._decide(item, 'revise')}>
          ${draft ? t.requestRevision : t.requestFix}
        </button>
      </div>
    </form>`;
  }
}
