import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { Task, initialState } from '@lit/task';
import { Campaigns, Insights, Participations, Posts, InsightInput,
  deadlineOf,
  MEDIA_LIMITS,
  PostInput,
  STAGES,
  engagementRate,
  overallEngagementRate,
  metricFields,
  nextActions,
  platformOfUrl,
  validate,
  type Campaign,
  type Deliverable,
  type Insight,
  type MetricKey,
  type MetricValues,
  type Participation,
  type Platform, } from '@ibusibuk/sdk';
import { ParticipationElement } from '../../internal/participation-element.js';
import { common } from '../../internal/common.messages.js';
import { describeError } from '../../internal/errors.js';
import { formatDate, formatDateTime, formatNumber, formatPercent, formatRupiah } from '../../internal/format.js';
import { tokens } from '../../styles/tokens.styles.js';
import { controls } from '../../styles/controls.styles.js';
import { UploadQueue } from '../../uploads/upload-queue.js';
import { icon, icons, uploadList, uploadListStyles } from '../../uploads/upload-list.js';
import { uploadListMessages } from '../../uploads/upload-list.messages.js';
import { FileDrop } from '../../uploads/file-drop.js';
import { messages } from './insight-submitter.messages.js';
import { styles } from './insight-submitter.styles.js';
import { deadlineStyles } from '../../styles/deadline.styles.js';
import { dueLine, sentLate, windowLine, windowNotOpen, windowNotOpenNotice } from '../../internal/deadline.js';

interface InsightData {
  participation: Participation;
  campaign: Campaign | null;
}

/** Largest count the SDK accepts (`Count`): ten billion has 11 digits. */
const MAX_DIGITS = 11;

const metricPath = (index: number, key: MetricKey) => `metrics.${index}.values.${key}`;

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
  /** Digits typed per metric field, keyed by `metrics.<i>.values.<key>`. */
  @state() private _values: Record<string, string> = {};

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
        for (const [k, v] of Object.entries(m.values)) if (v !== undefined) values[metricPath(m.deliverableIndex, k as MetricKey)] = String(v);
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
              ${this._postForm(campaign)}`;
    } else if (actions.includes('submitInsight')) body = html`<div class="clock">${due}</div>${this._insightForm(p, campaign)}`;
    else if (p.stage === 'insight_review') body = this._review(p, campaign);
    else if (STAGES[p.stage].phase === 'payment') body = this._payout(p, campaign);
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

  private _platforms(campaign: Campaign | null): Platform[] {
    return campaign?.platforms ?? ['instagram', 'tiktok', 'youtube', 'facebook'];
  }

  private _platformList(platforms: readonly Platform[], joiner: string): string {
    const names = platforms.map((p) => common(this.lang_).platform[p]);
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${joiner} ${names.at(-1)}`;
  }

  private _postForm(campaign: Campaign | null): TemplateResult {
    const t = this._t;
    const list = this._platformList(this._platforms(campaign), t.or);
    const fields = this._fields;
    return html`<form novalidate @submit=${this._submitPost}>
      <p class="intro">${t.postIntro}</p>
      <div class="field">
        ${fields.label('url', t.urlLabel)} ${fields.hint('url', t.urlHint(list), true)}
        <input
          id="url"
          name="url"
          part="url"
          type="url"
          inputmode="url"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          placeholder=${t.urlPlaceholder}
          .value=${this._url}
          aria-invalid=${fields.invalid('url')}
          aria-describedby=${fields.describedBy('url', 'hint')}
          @input=${(e: Event) => {
            this._url = (e.target as HTMLInputElement).value;
            if (this._errors.url) this._errors = {};
          }}
        />
        ${fields.errorText('url')}
      </div>
      ${this._formErrorView()}
      <button type="submit" class="button block" part="submit" ?disabled=${this._submitting || !this._url.trim()}>
        ${this._submitting ? t.submittingPost : t.submitPost}
      </button>
    </form>`;
  }

  private async _submitPost(e: Event): Promise<void> {
    e.preventDefault();
    const data = this._current;
    if (!data || this._submitting) return;
    const t = this._t;
    this._formError = undefined;
    const checked = validate(PostInput, { url: this._url.trim() }, this.lang_);
    if (!checked.success) return this._showErrors(checked.fields);
    const platforms = this._platforms(data.campaign);
    const platform = platformOfUrl(checked.data.url);
    if (!platform || !platforms.includes(platform)) {
      return this._showErrors({ url: t.urlWrongPlatform(this._platformList(platforms, t.or)) });
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

  private _metricValues(index: number, deliverable: Deliverable): MetricValues {
    const values: MetricValues = {};
    for (const key of metricFields(deliverable.platform, deliverable.format)) {
      const digits = this._values[metricPath(index, key)];
      if (digits) values[key] = Number(digits);
    }
    return values;
  }

  private _insightForm(p: Participation, campaign: Campaign | null): TemplateResult {
    const t = this._t;
    const c = common(this.lang_);
    const deliverables = this._deliverables(p, campaign);
    const all = deliverables.map((d, i) => this._metricValues(i, d));
    const overall = overallEngagementRate(all);
    const fix = p.stage === 'insight_revision_requested' ? latestInsight(p)?.officerNote ?? fixNoteFromHistory(p) : null;
    const blockers = [
      ...(this._queue.doneCount === 0 ? [t.blockScreenshots] : []),
      ...(this._queue.inFlight ? [t.blockInFlight] : []),
    ];
    const fields = this._fields;
    return html`
      ${p.stage === 'insight_revision_requested'
        ? html`<section class="fix" part="fix-notice" aria-labelledby="fix-title">
            <div class="fix-icon">${icon(icons.alert)}</div>
            <div>
              <h3 id="fix-title">${t.fixTitle}</h3>
              ${fix ? html`<blockquote class="fix-text">${fix}</blockquote>` : nothing}
              <p class="hint">${t.fixBody}</p>
            </div>
          </section>`
        : nothing}
      <form novalidate @submit=${this._submitInsight}>
        <p class="intro">${t.insightIntro}</p>
        ${p.post
          ? html`<p class="post-link">
              ${icon(icons.check, 'icon tiny')} ${c.platform[p.post.platform]} ·
              <a href=${p.post.url} target="_blank" rel="noopener noreferrer">${t.viewPost}</a>
              <span class="hint">${formatDate(p.post.postedAt, this.lang_)}</span> ${sentLate(p.post, this.lang_)}
            </p>`
          : nothing}
        ${deliverables.map((d, i) => this._deliverableFields(d, i, all[i]!))}
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
        <div class="actions">
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
        </div>
      </form>
    `;
  }

  private _deliverableFields(d: Deliverable, index: number, values: MetricValues): TemplateResult {
    const t = this._t;
    const c = common(this.lang_);
    const rate = engagementRate(values);
    return html`<fieldset class="deliverable" part="deliverable" data-index=${index}>
      <legend>
        <span class="platform-dot ${d.platform}" aria-hidden="true"></span>
        ${t.deliverable(c.platform[d.platform], c.format[d.format])}${d.quantity > 1 ? html` <span class="qty">×${d.quantity}</span>` : nothing}
      </legend>
      ${d.quantity > 1 ? html`<p class="hint">${t.quantityHint(d.quantity)}</p>` : nothing}
      <div class="metrics">
        ${metricFields(d.platform, d.format).map((key) => {
          const path = metricPath(index, key);
          const fields = this._fields;
          const digits = this._values[path] ?? '';
          return html`<div class="field metric-field">
            ${fields.label(path, c.metric[key])}
            <input
              id=${fields.id(path)}
              part="metric"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              enterkeyhint="next"
              data-metric=${key}
              .value=${digits ? formatNumber(Number(digits), this.lang_) : ''}
              aria-invalid=${fields.invalid(path)}
              aria-describedby=${fields.describedBy(path)}
              @input=${(e: Event) => this._onMetricInput(e, path)}
            />
            ${fields.errorText(path)}
          </div>`;
        })}
      </div>
      <p class="engagement" part="engagement">
        <span>${t.engagement}</span>
        <strong data-engagement=${index}>${rate === null ? t.engagementNone : formatPercent(rate, this.lang_)}</strong>
      </p>
    </fieldset>`;
  }

  /** Keep digits only (no minus, no decimals), show thousands separators, and keep the caret where it was. */
  private _onMetricInput(e: Event, path: string): void {
    const input = e.target as HTMLInputElement;
    const caret = input.selectionStart ?? input.value.length;
    const digitsRight = input.value.slice(caret).replace(/\D/g, '').length;
    const digits = input.value.replace(/\D/g, '').replace(/^0+(?=\d)/, '').slice(0, MAX_DIGITS);
    const shown = digits ? formatNumber(Number(digits), this.lang_) : '';
    input.value = shown;
    let pos = shown.length;
    for (let seen = 0; pos > 0 && seen < digitsRight; ) if (/\d/.test(shown[--pos]!)) seen++;
    input.setSelectionRange(pos, pos);
    this._values = { ...this._values, [path]: digits };
    if (this._errors[path]) this._errors = { ...this._errors, [path]: '' };
  }

  private async _submitInsight(e: Event): Promise<void> {
    e.preventDefault();
    const data = this._current;
    if (!data || this._submitting) return;
    const t = this._t;
    this._formError = undefined;
    const deliverables = this._deliverables(data.participation, data.campaign);
    const missing: Record<string, string> = {};
    const metrics = deliverables.map((d, i) => {
      for (const key of metricFields(d.platform, d.format)) {
        if (!this._values[metricPath(i, key)]) missing[metricPath(i, key)] = t.required;
      }
      return { deliverableIndex: i, values: this._metricValues(i, d) };
    });
    const note = this._note.trim();
    const checked = validate(
      InsightInput,
      { metrics, screenshotIds: this._queue.uploadIds, ...(note ? { note } : {}) },
      this.lang_,
    );
    const fields = { ...missing, ...(checked.success ? {} : checked.fields) };
    if (fields.screenshotIds) fields.screenshotIds = t.screenshotsRequired;
    if (!checked.success || Object.keys(missing).length > 0) return this._showErrors(fields);
    await this._send((client) => new Insights(client).submit(data.participation.id, checked.data), {
      busy: t.submittingInsight,
      done: t.insightSent,
      event: 'ibusibuk-insight-submit',
      focus: '#title',
    });
  }

  // — read-only states —

  private _review(p: Participation, campaign: Campaign | null): TemplateResult {
    const t = this._t;
    const c = common(this.lang_);
    const insight = latestInsight(p);
    const deliverables = this._deliverables(p, campaign);
    return html`<section class="status-panel" part="status-panel">
      <div class="status-head">
        <span class="status-icon">${icon(icons.clock)}</span>
        <p>${t.reviewBody}</p>
      </div>
      ${insight
        ? html`<div class="submitted">
            <p class="submitted-head">
              <strong>${t.submittedNumbers}</strong>
              <span class="hint">${t.sentOn(formatDateTime(insight.submittedAt, this.lang_))} · ${t.screenshotsCount(insight.screenshotIds.length)}</span>
              ${sentLate(insight, this.lang_)}
            </p>
            ${insight.metrics.map((m) => {
              const d = deliverables[m.deliverableIndex];
              return html`<div class="summary" data-index=${m.deliverableIndex}>
                ${d ? html`<h3>${t.deliverable(c.platform[d.platform], c.format[d.format])}</h3>` : nothing}
                <dl>
                  ${(Object.entries(m.values) as [MetricKey, number][]).map(
                    ([key, value]) => html`<div><dt>${c.metric[key]}</dt><dd>${formatNumber(value, this.lang_)}</dd></div>`,
                  )}
                  <div class="er">
                    <dt>${t.engagement}</dt>
                    <dd>${m.engagementRate === null ? t.engagementNone : formatPercent(m.engagementRate, this.lang_)}</dd>
                  </div>
                </dl>
              </div>`;
            })}
            ${insight.metrics.length > 1 && insight.engagementRate !== null
              ? html`<p class="engagement overall"><span>${t.overall}</span><strong>${formatPercent(insight.engagementRate, this.lang_)}</strong></p>`
              : nothing}
            ${uploadList(this._queue, this.lang_, { readOnly: true })}
          </div>`
        : nothing}
    </section>`;
  }

  private _payout(p: Participation, campaign: Campaign | null): TemplateResult {
    const t = this._t;
    const paid = p.stage === 'paid';
    const amount = p.payout?.amount ?? campaign?.compensation.fee ?? 0;
    const barter = amount === 0 && campaign?.compensation.type === 'barter';
    return html`<section class="status-panel" part="status-panel">
      <div class=${classMap({ 'status-head': true, paid })}>
        <span class="status-icon">${icon(icons.check)}</span>
        <p>${paid ? t.paidBody : t.completedBody}</p>
      </div>
      ${barter
        ? html`<p class="notice">${t.barterDone}</p>`
        : html`<dl class="payout" part="payout">
            <div class="amount">
              <dt>${p.payout?.statement ? t.netAmount : t.amount}</dt>
              <dd data-amount>${formatRupiah(amount, this.lang_)}</dd>
            </div>
            ${p.payout?.statement
              ? html`<div>
                    <dt>${t.grossFee}</dt>
                    <dd data-gross>${formatRupiah(p.payout.statement.gross, this.lang_)}</dd>
                  </div>
                  <div>
                    <dt>${p.payout.statement.withNpwp ? t.taxWithheld : t.taxWithheldNoNpwp}</dt>
                    <dd data-tax>− ${formatRupiah(p.payout.statement.tax, this.lang_)}</dd>
                  </div>`
              : nothing}
            ${!paid && p.payout?.expectedBy
              ? html`<div>
                  <dt>${t.expectedBy}</dt>
                  <dd data-expected>${formatDate(`${p.payout.expectedBy}T12:00:00+07:00`, this.lang_)}</dd>
                </div>`
              : nothing}
            <div>
              <dt>${t.payoutStatus}</dt>
              <dd><span class=${classMap({ chip: true, paid, pending: !paid })}>${paid ? t.payoutPaid : t.payoutPending}</span></dd>
            </div>
            ${paid && p.payout?.paidAt
              ? html`<div>
                  <dt>${t.paidAt}</dt>
                  <dd>${formatDate(p.payout.paidAt, this.lang_)}</dd>
                </div>`
              : nothing}
            ${paid && p.payout?.reference
              ? html`<div>
                  <dt>${t.reference}</dt>
                  <dd class="reference">${p.payout.reference}</dd>
                </div>`
              : nothing}
          </dl>`}
    </section>`;
  }

  // — errors —

  protected override _placedField(path: string): string | undefined {
    const key = path.startsWith('screenshotIds') ? 'screenshotIds' : path;
    return PLACED.test(key) ? key : undefined;
  }

}

/** Server field paths this element shows next to a field; others go in the form's error notice. */
const PLACED = /^(url|note|screenshotIds|metrics\.\d+\.values\.[a-zA-Z]+)$/;

function latestInsight(p: Participation): Insight | undefined {
  return p.insights.reduce<Insight | undefined>((best, i) => (!best || i.version > best.version ? i : best), undefined);
}

function fixNoteFromHistory(p: Participation): string | null {
  return [...p.history].reverse().find((h) => h.to === 'insight_revision_requested')?.note ?? null;
}

