import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { Task, initialState } from '@lit/task';
import { Campaigns, Drafts, Participations, DraftInput,
  deadlineOf,
  revisionsLeft,
  MEDIA_LIMITS,
  STAGES,
  stagesAfter,
  nextActions,
  validate,
  type Brief,
  type Campaign,
  type Draft,
  type Participation,
  type Platform, } from '@ibusibuk/sdk';
import { ParticipationElement } from '../../internal/participation-element.js';
import { common } from '../../internal/common.messages.js';
import { describeError, isAbort } from '../../internal/errors.js';
import { formatDate, formatDateTime, formatNumber } from '../../internal/format.js';
import { tokens } from '../../styles/tokens.styles.js';
import { controls } from '../../styles/controls.styles.js';
import { messages } from './draft-uploader.messages.js';
import { uploadListMessages } from '../../uploads/upload-list.messages.js';
import { UploadQueue } from '../../uploads/upload-queue.js';
import { icon, icons, uploadList, uploadListStyles } from '../../uploads/upload-list.js';
import { appendTags, captionLimit, missingTags } from './caption-check.js';
import { FileDrop } from '../../uploads/file-drop.js';
import { styles } from './draft-uploader.styles.js';
import { deadlineStyles } from '../../styles/deadline.styles.js';
import { deadlineMessages } from '../../internal/deadline.messages.js';
import { dueLine, sentLate } from '../../internal/deadline.js';

interface DraftData {
  participation: Participation;
  campaign: Campaign | null;
  brief: Brief | null;
}

/** Stages whose draft history is worth showing: every stage after the first draft. */
const AFTER_DRAFT = stagesAfter('drafting');

/**
 * Where a KOL uploads her content draft (photos and videos), writes the caption
 * checked live against the brief, and sends it for review; shows earlier
 * versions with the Project Officer's feedback.
 *
 * Connected: inside `<ibusibuk-provider>` with `participation-id`, it loads the
 * participation, its campaign and brief. Controlled: set `participation`,
 * `campaign` and `brief` and nothing is fetched (actions still use the provider's client).
 *
 * @tag ibusibuk-draft-uploader
 *
 * @event ibusibuk-upload-complete - A file finished uploading. `detail: { upload }`
 * @event ibusibuk-draft-submit - The draft was sent for review. `detail: { participation }`
 * @event ibusibuk-participation-change - The participation moved stage. `detail: { participation }`
 * @event ibusibuk-error-show - A failure was shown to the user. `detail: { code, message, requestId }`
 *
 * @csspart base - The card around everything.
 * @csspart header - Title and stage.
 * @csspart revision-notice - The Project Officer's latest revision request.
 * @csspart dropzone - The drag-and-drop area with the gallery and camera buttons.
 * @csspart upload-list - The list of picked files.
 * @csspart upload - One file: preview, name, progress and actions.
 * @csspart upload-preview - A file's thumbnail.
 * @csspart progress - A file's `<progress>` bar.
 * @csspart caption - The caption textarea.
 * @csspart counter - The caption's character counter.
 * @csspart checklist - Required hashtags and mentions.
 * @csspart note - The note to the officer.
 * @csspart submit - The submit button.
 * @csspart status-panel - The read-only "in review" / "approved" panel.
 * @csspart history - The version history.
 * @csspart feedback - The officer's feedback on one version.
 *
 * @cssprop --ibusibuk-color-primary - Buttons, progress bars, focus accents.
 * @cssprop --ibusibuk-color-surface - Card background.
 * @cssprop --ibusibuk-color-warning-soft - Background of revision feedback.
 * @cssprop --ibusibuk-radius - Card corner radius.
 * @cssprop --ibusibuk-font-family - Text font.
 */
export class IbuSibukDraftUploader extends ParticipationElement<DraftData> {
  static override styles = [tokens, controls, uploadListStyles, deadlineStyles, styles];

  /** Its campaign (for the platforms' caption limits). */
  @property({ attribute: false }) campaign?: Campaign;

  /** Its brief (required hashtags and mentions); `null` when there is none. */
  @property({ attribute: false }) brief?: Brief | null;

  @state() private _caption = '';

  @query('#files') private _filesInput?: HTMLInputElement;
  @query('#camera') private _cameraInput?: HTMLInputElement;

  /** Which participation + draft count the caption and media were last prepared for. */
  private _preparedFor = '';

  private readonly _queue = new UploadQueue(this, {
    kinds: ['image', 'video'],
    maxBytes: MEDIA_LIMITS,
    maxItems: 20,
    client: () => this.ibusibuk?.client,
    onComplete: (item, upload) => {
      this._announce = uploadListMessages(this.lang_).announceDone(item.name);
      if (this._errors.mediaIds) this._errors = { ...this._errors, mediaIds: '' };
      this.emit('ibusibuk-upload-complete', { upload });
    },
    onFailed: (item, error) => {
      this._announce = uploadListMessages(this.lang_).announceFailed(item.name);
      this.emitError(describeError(error, this.lang_));
    },
  });

  private readonly _drop = new FileDrop(this, (files) => this._queue.add(files));

  protected readonly _uploadsField = 'mediaIds';

  protected override _fieldId(name: string): string {
    return name === 'mediaIds' ? 'media' : name;
  }

  protected readonly _data = new Task(this, {
    args: () => [this.participationId, this.participation, this.campaign, this.brief, this.ibusibuk?.client] as const,
    task: async ([id, participation, campaign, brief, client], { signal }): Promise<DraftData> => {
      if (participation && campaign && brief !== undefined) return { participation, campaign, brief };
      if (!client) {
        if (participation) return { participation, campaign: campaign ?? null, brief: brief ?? null };
        return initialState as never;
      }
      if (!participation && !id) return initialState as never;
      return this._reportingErrors(async () => {
        const p = participation ?? (await new Participations(client).get(id!, { signal }));
        const [c, b] = await Promise.all([
          campaign ?? new Campaigns(client).get(p.campaignId, { signal }),
          brief !== undefined
            ? brief
            : new Campaigns(client).brief(p.campaignId, { signal }).catch((error: unknown) => {
                if (isAbort(error)) throw error;
                return null; // No brief written yet: the caption simply has no required tags.
              }),
        ]);
        return { participation: p, campaign: c, brief: b };
      });
    },
  });

  protected override get _t() {
    return messages(this.lang_);
  }

  /** On a revision, start from the last version: its caption and its media, so nothing big is uploaded twice. */
  protected override _prepare(p: Participation): void {
    const key = `${p.id}:${p.drafts.length}:${p.stage}`;
    if (this._preparedFor === key) return;
    this._preparedFor = key;
    const latest = latestDraft(p);
    if (!latest) return;
    // A draft exists, so the content stage is past drafting: in review or back for revision.
    if (STAGES[p.stage].phase === 'content' && this._queue.items.length === 0) {
      const t = this._t;
      this._queue.carryOver(latest.mediaIds, (n) => `Media ${n} · ${t.version(latest.version)}`);
    }
    if (p.stage === 'revision_requested' && !this._caption) this._caption = latest.caption;
  }

  protected override _skeleton(): TemplateResult {
    return html`<div class="skeletons" aria-busy="true" aria-label=${common(this.lang_).loading}>
      <div class="skeleton line wide"></div>
      <div class="skeleton line"></div>
      <div class="skeleton block"></div>
      <div class="skeleton block short"></div>
    </div>`;
  }

  protected override _body({ participation: p, campaign, brief }: DraftData): TemplateResult {
    const t = this._t;
    const c = common(this.lang_);
    const canSubmit = nextActions(p, 'kol').some((m) => m.action === 'submitDraft');
    const latest = latestDraft(p);
    const revision = p.stage === 'revision_requested';
    return html`
      <div class="header" part="header">
        <div>
          <h2 class="title">${revision && latest ? t.titleRevision(latest.version + 1) : t.title}</h2>
          ${campaign ? html`<p class="subtitle">${campaign.brand.name} · ${campaign.title}</p>` : nothing}
        </div>
        <span class=${classMap({ chip: true, stage: true, [p.stage]: true })}>${c.stage[p.stage]}</span>
      </div>
      ${revision ? this._revisionNotice(p) : nothing} ${this._clock(p, campaign)}
      ${canSubmit
        ? this._form(p, campaign, brief)
        : p.stage === 'in_review'
          ? this._inReview(latest)
          : this._stageNotice(p)}
      ${AFTER_DRAFT.has(p.stage) ? this._history(p) : nothing}
    `;
  }

  /** When the draft (or the team's review) is due, and how many revision rounds are left. */
  private _clock(p: Participation, campaign: Campaign | null): TemplateResult | typeof nothing {
    if (!campaign || STAGES[p.stage].phase !== 'content') return nothing;
    const deadline = deadlineOf(p, campaign, this._now);
    const rounds = p.stage === 'drafting' ? null : revisionsLeft(p, campaign);
    return html`<div class="clock">
      ${deadline ? dueLine(deadline, this._now, this.lang_) : nothing}
      ${rounds === null
        ? nothing
        : html`<p class="revisions-left hint" data-revisions-left>
            ${deadlineMessages(this.lang_).revisionsLeft(rounds, campaign.rules.maxRevisionRounds)}
          </p>`}
    </div>`;
  }

  private _revisionNotice(p: Participation): TemplateResult {
    const t = this._t;
    const feedback = revisionFeedback(p);
    return html`<section class="revision" part="revision-notice" aria-labelledby="revision-title">
      <div class="revision-icon">${icon(icons.alert)}</div>
      <div>
        <h3 id="revision-title">${t.revisionTitle}</h3>
        ${feedback ? html`<blockquote class="feedback-text">${feedback}</blockquote>` : nothing}
        <p class="hint">${t.revisionBody}</p>
      </div>
    </section>`;
  }

  private _form(p: Participation, campaign: Campaign | null, brief: Brief | null): TemplateResult {
    const t = this._t;
    const check = this._captionCheck(campaign, brief);
    const blockers = this._blockers(check);
    const revision = p.stage === 'revision_requested';
    const required = [...(brief?.hashtags ?? []), ...(brief?.mentions ?? [])];
    const fields = this._fields;
    return html`<form novalidate @submit=${this._submit}>
      ${p.stage === 'drafting' ? html`<p class="intro">${t.intro}</p>` : nothing}

      <fieldset class="media" aria-describedby=${fields.describedBy('mediaIds', 'hint')}>
        <legend>${t.mediaLegend}</legend>
        <div
          class=${classMap({ dropzone: true, over: this._drop.over })}
          part="dropzone"
          @dragenter=${this._drop.onDragOver}
          @dragover=${this._drop.onDragOver}
          @dragleave=${this._drop.onDragLeave}
          @drop=${this._drop.onDrop}
        >
          <span class="drop-icon">${icon(icons.upload, 'icon large')}</span>
          <p class="drop-title">${t.dropTitle}</p>
          <div class="drop-actions">
            <button type="button" class="button" id="pick" @click=${() => this._filesInput?.click()}>
              ${icon(icons.image)} ${t.pickFiles}
            </button>
            <button type="button" class="button secondary" @click=${() => this._cameraInput?.click()}>
              ${icon(icons.camera)} ${t.useCamera}
            </button>
          </div>
          ${fields.hint('mediaIds', t.mediaHint)}
          <input id="files" type="file" accept="image/*,video/*" multiple hidden @change=${this._drop.onPicked} />
          <input id="camera" type="file" accept="image/*,video/*" capture="environment" hidden @change=${this._drop.onPicked} />
        </div>
        ${uploadList(this._queue, this.lang_, { disabled: this._submitting })}
        ${fields.errorText('mediaIds')}
      </fieldset>

      <div class="field caption-field">
        ${fields.label('caption', t.captionLabel)} ${fields.hint('caption', t.captionHint, true)}
        <textarea
          id="caption"
          name="caption"
          part="caption"
          rows="7"
          placeholder=${t.captionPlaceholder}
          .value=${this._caption}
          aria-invalid=${fields.invalid('caption', check.over > 0)}
          aria-describedby=${fields.describedBy('caption', 'hint', 'counter', 'limit')}
          @input=${(e: Event) => {
            this._caption = (e.target as HTMLTextAreaElement).value;
            if (this._errors.caption) this._errors = { ...this._errors, caption: '' };
          }}
        ></textarea>
        <div class="counter-row">
          <span class="hint" id="caption-limit">${check.limitText}</span>
          <span id="caption-counter" part="counter" class=${classMap({ counter: true, over: check.over > 0 })}>
            ${t.counter(formatNumber(this._caption.length, this.lang_), formatNumber(check.max, this.lang_))}
          </span>
        </div>
        ${check.over > 0 ? html`<p class="field-error">${t.overLimit(formatNumber(check.over, this.lang_))}</p>` : nothing}
        ${fields.errorText('caption')}
      </div>

      ${required.length > 0 ? this._checklist(required, check.missing) : nothing}
      ${brief?.captionGuidelines
        ? html`<details class="guidelines">
            <summary>${t.guidelines}</summary>
            <p>${brief.captionGuidelines}</p>
          </details>`
        : nothing}

      ${this._noteField('note')}

      ${this._formErrorView()}

      <div class="actions">
        <button
          type="submit"
          class="button block"
          part="submit"
          ?disabled=${blockers.length > 0 || this._submitting}
          aria-describedby=${blockers.length > 0 ? 'blockers' : nothing}
        >
          ${this._submitting ? t.submitting : revision ? t.submitRevision : t.submit}
        </button>
        ${blockers.length > 0
          ? html`<ul class="blockers" id="blockers">
              ${blockers.map((b) => html`<li>${b}</li>`)}
            </ul>`
          : nothing}
      </div>
    </form>`;
  }

  private _checklist(required: string[], missing: string[]): TemplateResult {
    const t = this._t;
    return html`<section class="checklist" part="checklist" aria-labelledby="checklist-title">
      <div class="checklist-head">
        <h3 id="checklist-title">${t.checklistTitle}</h3>
        ${missing.length > 1
          ? html`<button type="button" class="button ghost small" @click=${() => this._addTags(missing)}>${t.addAll}</button>`
          : nothing}
      </div>
      <ul>
        ${required.map((tag) => {
          const isMissing = missing.includes(tag);
          return html`<li class=${classMap({ tag: true, missing: isMissing })} data-tag=${tag}>
            <span class="tag-mark">${isMissing ? icon(icons.alert, 'icon tiny') : icon(icons.check, 'icon tiny')}</span>
            <span class="tag-text">${tag}</span>
            <span class="visually-hidden">${isMissing ? t.missing : t.present}</span>
            ${isMissing
              ? html`<button type="button" class="button secondary small add" aria-label=${t.addLabel(tag)} @click=${() => this._addTags([tag])}>
                  <span aria-hidden="true">+</span> ${t.add}
                </button>`
              : nothing}
          </li>`;
        })}
      </ul>
      <p class=${classMap({ 'checklist-summary': true, ok: missing.length === 0 })}>
        ${missing.length === 0 ? t.allPresent : t.missingCount(missing.length)}
      </p>
    </section>`;
  }

  private _inReview(latest: Draft | undefined): TemplateResult {
    const t = this._t;
    return html`<section class="status-panel" part="status-panel" aria-labelledby="status-title">
      <div class="status-head">
        <span class="status-icon">${icon(icons.clock)}</span>
        <div>
          <h3 id="status-title" tabindex="-1">${t.inReviewTitle}</h3>
          <p class="hint">${t.inReviewBody}</p>
        </div>
      </div>
      ${latest ? this._draftSummary(latest, t.submittedDraft) : nothing}
      ${uploadList(this._queue, this.lang_, { readOnly: true })}
    </section>`;
  }

  private _draftSummary(draft: Draft, heading: string): TemplateResult {
    const t = this._t;
    return html`<div class="submitted">
      <p class="submitted-head">
        <strong>${heading}</strong>
        <span class="hint">${t.version(draft.version)} · ${t.sentOn(formatDateTime(draft.submittedAt, this.lang_))}</span>
        ${sentLate(draft, this.lang_)}
      </p>
      <p class="caption-full">${draft.caption || t.noCaption}</p>
      ${draft.note ? html`<p class="hint"><strong>${t.yourNote}:</strong> ${draft.note}</p>` : nothing}
    </div>`;
  }

  private _stageNotice(p: Participation): TemplateResult {
    const t = this._t;
    if (p.stage === 'accepted') {
      return html`<div class="notice" part="status-panel"><strong>${t.acceptedTitle}</strong>${t.acceptedBody}</div>`;
    }
    if (p.stage === 'applied') return html`<div class="notice" part="status-panel">${t.appliedBody}</div>`;
    if (AFTER_DRAFT.has(p.stage)) {
      return html`<div class="notice success" part="status-panel"><strong>${t.approvedTitle}</strong>${t.approvedBody}</div>`;
    }
    return html`<div class="notice" part="status-panel">${t.closedBody}</div>`;
  }

  private _history(p: Participation): TemplateResult {
    const t = this._t;
    const drafts = [...p.drafts].sort((a, b) => b.version - a.version);
    // While in review, the newest version is already shown above.
    const shown = p.stage === 'in_review' ? drafts.slice(1) : drafts;
    if (shown.length === 0) return html``;
    const system = p.history.some((h) => h.action === 'approveDraft' && h.actor.role === 'system');
    const autoApproved = system ? deadlineMessages(this.lang_).autoApproved(this.campaign?.rules.reviewHours ?? this._current?.campaign?.rules.reviewHours ?? 72) : '';
    return html`<section class="history" part="history" aria-labelledby="history-title">
      <h3 id="history-title">${t.historyTitle}</h3>
      <ol>
        ${shown.map(
          (d) => html`<li class="version" data-version=${d.version}>
            <div class="version-head">
              <strong>${t.version(d.version)}</strong>
              <span class=${classMap({ chip: true, [d.status]: true })}>${t.draftStatus[d.status]}</span>
              <span class="hint">${formatDate(d.submittedAt, this.lang_)} · ${t.mediaCount(d.mediaIds.length)}</span>
              ${sentLate(d, this.lang_)}
            </div>
            ${d.status === 'approved' && autoApproved ? html`<p class="auto-approved" data-auto-approved>${autoApproved}</p>` : nothing}
            <p class="excerpt">${excerpt(d.caption) || t.noCaption}</p>
            ${d.feedback
              ? html`<div class="feedback" part="feedback">
                  <strong>${t.feedback}</strong>
                  <p>${d.feedback}</p>
                </div>`
              : nothing}
          </li>`,
        )}
      </ol>
    </section>`;
  }

  // — caption —

  private _captionCheck(campaign: Campaign | null, brief: Brief | null) {
    const t = this._t;
    const platforms: Platform[] = campaign
      ? campaign.deliverables.length > 0
        ? campaign.deliverables.map((d) => d.platform)
        : campaign.platforms
      : [];
    const limit = captionLimit(platforms);
    const names = limit.platforms.map((p) => common(this.lang_).platform[p]);
    const list = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${t.and} ${names.at(-1)}`;
    const required = [...(brief?.hashtags ?? []), ...(brief?.mentions ?? [])];
    return {
      max: limit.max,
      over: Math.max(0, this._caption.length - limit.max),
      limitText: list ? t.limitFor(list, formatNumber(limit.max, this.lang_)) : '',
      missing: missingTags(this._caption, required),
    };
  }

  private _blockers(check: ReturnType<IbuSibukDraftUploader['_captionCheck']>): string[] {
    const t = this._t;
    const out: string[] = [];
    if (this._queue.doneCount === 0) out.push(t.blockMedia);
    if (this._queue.inFlight) out.push(t.blockInFlight);
    if (!this._caption.trim()) out.push(t.blockCaption);
    else if (check.missing.length > 0) out.push(t.blockMissing);
    if (check.over > 0) out.push(t.blockLength);
    return out;
  }

  private _addTags(tags: string[]): void {
    this._caption = appendTags(this._caption, tags);
    const textarea = this.renderRoot.querySelector<HTMLTextAreaElement>('#caption');
    if (textarea) {
      textarea.value = this._caption;
      textarea.focus();
      textarea.setSelectionRange(this._caption.length, this._caption.length);
    }
  }

  // — submit —

  private async _submit(e: Event): Promise<void> {
    e.preventDefault();
    const data = this._current;
    if (!data || this._submitting) return;
    const t = this._t;
    const { participation: p } = data;
    this._formError = undefined;
    const note = this._note.trim();
    const checked = validate(
      DraftInput,
      { caption: this._caption, mediaIds: this._queue.uploadIds, ...(note ? { note } : {}) },
      this.lang_,
    );
    if (!checked.success) return this._showErrors(checked.fields);
    await this._send((client) => new Drafts(client).submit(p.id, checked.data), {
      busy: t.submitting,
      done: t.submitted,
      event: 'ibusibuk-draft-submit',
      focus: '#status-title',
    });
  }

  protected override _placedField(path: string): string | undefined {
    const key = path.startsWith('mediaIds') ? 'mediaIds' : path;
    return key === 'mediaIds' || key === 'caption' || key === 'note' ? key : undefined;
  }

}

function latestDraft(p: Participation): Draft | undefined {
  return p.drafts.reduce<Draft | undefined>((best, d) => (!best || d.version > best.version ? d : best), undefined);
}

/** The officer's words on the newest revision request: the draft's feedback, else the history note. */
function revisionFeedback(p: Participation): string | null {
  const latest = latestDraft(p);
  if (latest?.feedback) return latest.feedback;
  const entry = [...p.history].reverse().find((h) => h.to === 'revision_requested');
  return entry?.note ?? null;
}

function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
