import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { Task, initialState } from '@lit/task';
import {
  Campaigns,
  Insights,
  Participations,
  Posts,
  InsightInput,
  deadlineOf,
  formatCount,
  MEDIA_LIMITS,
  PostInput,
  STAGES,
  overallEngagementRate,
  metricFields,
  nextActions,
  platformOfUrl,
  validate,
  type Campaign,
  type Deliverable,
  type InsightFlag,
  type MetricKey,
  type Participation,
} from '@ibusibuk/sdk';
import { flagsOf } from './insight-submitter.flags.js';
import { ParticipationElement } from '../../internal/participation-element.js';
import { common } from '../../internal/common.messages.js';
import { describeError } from '../../internal/errors.js';
import { formatPercent } from '../../internal/format.js';
import { tokens } from '../../styles/tokens.styles.js';
import { controls } from '../../styles/controls.styles.js';
import { UploadQueue } from '../../uploads/upload-queue.js';
import { icon, icons, uploadList, uploadListStyles } from '../../uploads/upload-list.js';
import { uploadListMessages } from '../../uploads/upload-list.messages.js';
import { FileDrop } from '../../uploads/file-drop.js';
import { messages } from './insight-submitter.messages.js';
import { styles } from './insight-submitter.styles.js';
import { deliverableFields, flagsQuestion, metricPath, metricValues, readCount, type MetricsView } from './insight-submitter.metrics.js';
import { fixNotice, latestInsight, payoutPanel, postLink, reviewPanel } from './insight-submitter.status.js';
import { platformList, platformsOf, postForm } from './insight-submitter.post.js';
import { payoutDetailsFor } from '../payout-details/payout-details.embed.js';
import { deadlineStyles } from '../../styles/deadline.styles.js';
import { dueLine, windowLine, windowNotOpen, windowNotOpenNotice } from '../../internal/deadline.js';

interface InsightData {
  participation: Participation;
  campaign: Campaign | null;
}

/**
 * After the draft is approved: where the KOL gives her post's link, then its
 * insight (numbers per deliverable plus screenshots, with a live engagement
 * rate), and follows the check and the payout.
 *
 * Connected: inside `<ibusibuk-provider>` with `participation-id`, it loads the
 * participation and its campaign. Controlled: set `participation` and
 * `campaign` and nothing is fetched (actions still use the provider's client).
 *
 * @tag ibusibuk-insight-submitter
 *
 * @event ibusibuk-post-submit - The post link was accepted. `detail: { participation }`
 * @event ibusibuk-insight-submit - The insight was sent for checking. `detail: { participation }`
 * @event ibusibuk-upload-complete - A screenshot finished uploading. `detail: { upload }`
 * @event ibusibuk-participation-change - The participation moved stage. `detail: { participation }`
 * @event ibusibuk-error-show - A failure was shown to the user. `detail: { code, message, requestId }`
 *
 * @csspart base - The card around everything.
 * @csspart header - Title and stage.
 * @csspart fix-notice - The Project Officer's note when a fix is requested.
 * @csspart url - The post link input.
 * @csspart deliverable - One deliverable's group of metric fields.
 * @csspart metric - One metric input.
 * @csspart engagement - An engagement-rate preview.
 * @csspart dropzone - The screenshot picker.
 * @csspart upload-list - The list of screenshots.
 * @csspart upload - One screenshot with its progress and actions.
 * @csspart upload-preview - A screenshot's thumbnail.
 * @csspart progress - A screenshot's `<progress>` bar.
 * @csspart note - The note to the officer.
 * @csspart submit - The submit button.
 * @csspart status-panel - The read-only review / payout panel.
 * @csspart payout - The payout details.
 *
 * @cssprop --ibusibuk-color-primary - Buttons, progress bars, accents.
 * @cssprop --ibusibuk-color-surface - Card background.
 * @cssprop --ibusibuk-color-success-soft - Background of the payout panel.
 * @cssprop --ibusibuk-radius - Card corner radius.
 * @cssprop --ibusibuk-font-family - Text font.
 */
export class IbuSibukInsightSubmitter extends ParticipationElement<InsightData> {
  static override styles = [tokens, controls, uploadListStyles, deadlineStyles, styles];

  /** Its campaign: platforms, deliverables and fee. */
  @property({ attribute: false }) campaign?: Campaign;

  @state() private _url = '';
  /** Text typed per metric field, as she typed it, keyed by `metrics.<i>.values.<key>`. */
  @state() private _values: Record<string, string> = {};
  /** Figures that look off, asked about before sending; null while not asking. */
  @state() private _flags: InsightFlag[] | null = null;

  @query('#screenshots') private _filesInput?: HTMLInputElement;

  private _preparedFor = '';

  private readonly _queue = new UploadQueue(this, {
    kinds: ['image'],
    maxBytes: { image: MEDIA_LIMITS.image, video: 0 },
    maxItems: 20,
    client: () => this.ibusibuk?.client,
    onComplete: (item, upload) => {
      this._announce = uploadListMessages(this.lang_).announceDone(item.name);
      if (this._errors.screenshotIds) this._errors = { ...this._errors, screenshotIds: '' };
      this.emit('ibusibuk-upload-complete', { upload });
    },
    onFailed: (item, error) => {
      this._announce = uploadListMessages(this.lang_).announceFailed(item.name);
      this.emitError(describeError(error, this.lang_));
    },
  });

  private readonly _drop = new FileDrop(this, (files) => this._queue.add(files));

  protected readonly _uploadsField = 'screenshotIds';

  protected override _fieldId(name: string): string {
    return name === 'screenshotIds' ? 'shots' : name.replace(/^metrics\.(\d+)\.values\./, 'm-$1-');
  }

  protected readonly _data = new Task(this, {
    args: () => [this.participationId, this.participation, this.campaign, this.ibusibuk?.client] as const,
    task: async ([id, participation, campaign, client], { signal }): Promise<InsightData> => {
      if (participation && campaign) return { participation, campaign };
      if (!client) return participation ? { participation, campaign: campaign ?? null } : (initialState as never);
      if (!participation && !id) return initialState as never;
      return this._reportingErrors(async () => {
        const p = participation ?? (await new Participations(client).get(id!, { signal }));
        const c = campaign ?? (await new Campaigns(client).get(p.campaignId, { signal }));
        return { participation: p, campaign: c };
      });
    },
  });

  protected override get _t() {
    return messages(this.lang_);
  }

  /** A fix starts from the numbers and screenshots sent last time; the review shows them. */
  protected override _prepare(p: Participation): void {
    const key = `${p.id}:${p.insights.length}:${p.stage}`;
    if (this._preparedFor === key) return;
    this._preparedFor = key;
    const latest = latestInsight(p);
    if (!latest) return;
    // An insight exists, so the insight stage is past posting: in review or back for a fix.
    if (STAGES[p.stage].phase === 'insight' && this._queue.items.length === 0) {
      this._queue.carryOver(latest.screenshotIds, (n) => this._t.earlierScreenshot(n));
    }
    if (p.stage === 'insight_revision_requested' && Object.keys(this._values).length === 0) {
      const values: Record<string, string> = {};
      for (const m of latest.metrics) {
        for (const [k, v] of Object.entries(m.values)) if (v !== undefined) values[metricPath(m.deliverableIndex, k as MetricKey)] = formatCount(v, this.lang_);
      }
      this._values = values;
    }
  }

  protected override _skeleton(): TemplateResult {
    return html`<div class="skeletons" aria-busy="true" aria-label=${common(this.lang_).loading}>
      <div class="skeleton line wide"></div>
      <div class="skeleton line"></div>
      <div class="skeleton block"></div>
    </div>`;
  }

  protected override _body({ participation: p, campaign }: InsightData): TemplateResult {
    const t = this._t;
    const c = common(this.lang_);
    const actions = nextActions(p, 'kol').map((m) => m.action);
    const title =
      p.stage === 'approved'
        ? t.postTitle
        : p.stage === 'completed'
          ? t.completedTitle
          : p.stage === 'paid'
            ? t.paidTitle
            : p.stage === 'insight_review'
              ? t.reviewTitle
              : t.insightTitle;
    let body: TemplateResult;
    const deadline = campaign ? deadlineOf(p, campaign, this._now) : null;
    const due = deadline ? dueLine(deadline, this._now, this.lang_) : nothing;
    if (actions.includes('submitPost')) {
      // Before the window opens the server refuses the link: say when instead of offering the form.
      body =
        campaign && windowNotOpen(campaign, this._now)
          ? windowNotOpenNotice(campaign, this.lang_)
          : html`<div class="clock">${campaign ? windowLine(campaign, this.lang_) : nothing} ${due}</div>
              ${postForm({
                locale: this.lang_,
                fields: this._fields,
                url: this._url,
                submitting: this._submitting,
                formError: this._formErrorView(),
                platforms: platformList(this.lang_, platformsOf(campaign)),
                onInput: (url) => {
                  this._url = url;
                  if (this._errors.url) this._errors = {};
                },
                submit: (e) => void this._submitPost(e),
              })}`;
    } else if (actions.includes('submitInsight')) body = html`<div class="clock">${due}</div>${this._insightForm(p, campaign)}`;
    else if (p.stage === 'insight_review') body = reviewPanel(this.lang_, p, this._deliverables(p, campaign), this._queue);
    else if (STAGES[p.stage].phase === 'payment') body = payoutPanel(this.lang_, p, campaign, p.stage === 'completed' ? payoutDetailsFor(p, { onlyIfMissing: true }) : nothing);
    else body = html`<div class="notice" part="status-panel">${STAGES[p.stage].phase === 'ended' ? t.closed : t.notYet}</div>`;
    return html`
      <div class="header" part="header">
        <div>
          <h2 class="title" id="title" tabindex="-1">${title}</h2>
          ${campaign ? html`<p class="subtitle">${campaign.brand.name} · ${campaign.title}</p>` : nothing}
        </div>
        <span class=${classMap({ chip: true, stage: true, [p.stage]: true })}>${c.stage[p.stage]}</span>
      </div>
      ${body}
    `;
  }

  // — post link —

  private async _submitPost(e: Event): Promise<void> {
    e.preventDefault();
    const data = this._current;
    if (!data || this._submitting) return;
    const t = this._t;
    this._formError = undefined;
    const checked = validate(PostInput, { url: this._url.trim() }, this.lang_);
    if (!checked.success) return this._showErrors(checked.fields);
    const platforms = platformsOf(data.campaign);
    const platform = platformOfUrl(checked.data.url);
    if (!platform || !platforms.includes(platform)) {
      return this._showErrors({ url: t.urlWrongPlatform(platformList(this.lang_, platforms)) });
    }
    await this._send((client) => new Posts(client).submit(data.participation.id, checked.data), {
      busy: t.submittingPost,
      done: t.postSent,
      event: 'ibusibuk-post-submit',
      focus: '#title',
    });
  }

  // — insight —

  private _deliverables(p: Participation, campaign: Campaign | null): Deliverable[] {
    if (campaign && campaign.deliverables.length > 0) return campaign.deliverables;
    return p.post ? [{ platform: p.post.platform, format: 'video', quantity: 1 }] : [];
  }

  private _insightForm(p: Participation, campaign: Campaign | null): TemplateResult {
    const t = this._t;
    const deliverables = this._deliverables(p, campaign);
    const all = deliverables.map((d, i) => metricValues(this._values, i, d, this.lang_));
    const overall = overallEngagementRate(all);
    const blockers = [
      ...(this._queue.doneCount === 0 ? [t.blockScreenshots] : []),
      ...(this._queue.inFlight ? [t.blockInFlight] : []),
    ];
    const fields = this._fields;
    return html`
      ${p.stage === 'insight_revision_requested' ? fixNotice(this.lang_, p) : nothing}
      <form novalidate @submit=${this._submitInsight}>
        <p class="intro">${t.insightIntro}</p>
        ${postLink(this.lang_, p)}
        ${deliverables.map((d, i) => deliverableFields(this._metricsView, d, i))}
        ${deliverables.length > 1
          ? html`<p class="engagement overall" part="engagement">
              <span>${t.overall}</span>
              <strong data-engagement="overall">${overall === null ? t.engagementNone : formatPercent(overall, this.lang_)}</strong>
            </p>`
          : nothing}

        <fieldset class="shots" aria-describedby=${fields.describedBy('screenshotIds', 'hint')}>
          <legend>${t.screenshotsLegend}</legend>
          <div
            class=${classMap({ dropzone: true, compact: true, over: this._drop.over })}
            part="dropzone"
            @dragenter=${this._drop.onDragOver}
            @dragover=${this._drop.onDragOver}
            @dragleave=${this._drop.onDragLeave}
            @drop=${this._drop.onDrop}
          >
            <span class="drop-icon">${icon(icons.image, 'icon large')}</span>
            <p class="drop-title">${t.dropScreenshots}</p>
            <button type="button" class="button secondary" id="pick" @click=${() => this._filesInput?.click()}>
              ${icon(icons.upload)} ${t.pickScreenshots}
            </button>
            ${fields.hint('screenshotIds', t.screenshotsHint)}
            <input id="screenshots" type="file" accept="image/*" multiple hidden @change=${this._drop.onPicked} />
          </div>
          ${uploadList(this._queue, this.lang_, { imagesOnly: true, disabled: this._submitting })}
          ${fields.errorText('screenshotIds')}
        </fieldset>

        ${this._noteField()}

        ${this._formErrorView()}
        ${this._flags
          ? flagsQuestion(this.lang_, this._flags, { send: () => void this._sendInsight(true), recheck: () => void this._recheck(), busy: this._submitting })
          : html`<div class="actions">
              <button
                type="submit"
                class="button block"
                part="submit"
                ?disabled=${this._submitting || blockers.length > 0}
                aria-describedby=${blockers.length > 0 ? 'blockers' : nothing}
              >
                ${this._submitting ? t.submittingInsight : t.submitInsight}
              </button>
              ${blockers.length > 0 ? html`<ul class="blockers" id="blockers">${blockers.map((b) => html`<li>${b}</li>`)}</ul>` : nothing}
            </div>`}
      </form>
    `;
  }

  private get _metricsView(): MetricsView {
    return {
      locale: this.lang_,
      fields: this._fields,
      texts: this._values,
      onInput: (path, text) => {
        this._values = { ...this._values, [path]: text };
        this._flags = null;
        if (this._errors[path]) this._errors = { ...this._errors, [path]: '' };
      },
      onLeave: (path) => {
        const { refusal } = readCount(this._values[path], this.lang_);
        if (refusal) this._errors = { ...this._errors, [path]: refusal };
      },
    };
  }

  private _submitInsight(e: Event): Promise<void> {
    e.preventDefault();
    return this._sendInsight(false);
  }

  /** Checks, then asks about figures that look off unless she has said they are right, then sends. */
  private async _sendInsight(confirmed: boolean): Promise<void> {
    const data = this._current;
    if (!data || this._submitting) return;
    const t = this._t;
    this._formError = undefined;
    const { participation: p } = data;
    const deliverables = this._deliverables(p, data.campaign);
    const refused: Record<string, string> = {};
    const metrics = deliverables.map((d, i) => {
      for (const key of metricFields(d.platform, d.format)) {
        const path = metricPath(i, key);
        const text = this._values[path];
        refused[path] = text?.trim() ? readCount(text, this.lang_).refusal ?? '' : t.required;
        if (!refused[path]) delete refused[path];
      }
      return { deliverableIndex: i, values: metricValues(this._values, i, d, this.lang_) };
    });
    const note = this._note.trim();
    const checked = validate(
      InsightInput,
      { metrics, screenshotIds: this._queue.uploadIds, ...(note ? { note } : {}) },
      this.lang_,
    );
    const fields = { ...(checked.success ? {} : checked.fields), ...refused };
    if (fields.screenshotIds) fields.screenshotIds = t.screenshotsRequired;
    if (!checked.success || Object.keys(refused).length > 0) return this._showErrors(fields);
    if (!confirmed) {
      const flags = flagsOf(p, deliverables, metrics);
      if (flags.length > 0) {
        this._flags = flags;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#flags-title')?.focus();
        return;
      }
    }
    this._flags = null;
    await this._send((client) => new Insights(client).submit(p.id, checked.data), {
      busy: t.submittingInsight,
      done: t.insightSent,
      event: 'ibusibuk-insight-submit',
      focus: '#title',
    });
  }

  /** "Look again": close the question and take her to the first figure it named. */
  private async _recheck(): Promise<void> {
    const field = this._flags?.find((f) => f.field.startsWith('metrics.'))?.field;
    this._flags = null;
    await this.updateComplete;
    const target = field ? this.renderRoot.querySelector<HTMLElement>(`#${this._fieldId(field.includes('.values.') ? field : `${field}.values.reach`)}`) : null;
    (target ?? this.renderRoot.querySelector<HTMLElement>('#m-0-reach'))?.focus();
  }

  // — errors —

  protected override _placedField(path: string): string | undefined {
    const key = path.startsWith('screenshotIds') ? 'screenshotIds' : path;
    return PLACED.test(key) ? key : undefined;
  }

}

/** Server field paths this element shows next to a field; others go in the form's error notice. */
const PLACED = /^(url|note|screenshotIds|metrics\.\d+\.values\.[a-zA-Z]+)$/;
