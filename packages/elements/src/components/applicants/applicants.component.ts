import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { Campaigns, Participations, STAGES, nextActions, unmetRequirements, type Campaign, type Participation, type Platform, type Stage, type UnmetRequirement } from '@ibusibuk/sdk/client';
import { campaignTerms } from '../../internal/common.messages.js';
import { formatDate, formatNumber } from '../../internal/format.js';
import { tokens } from '../../styles/tokens.styles.js';
import { controls } from '../../styles/controls.styles.js';
import { StaffElement } from '../staff/staff-element.js';
import { staffStyles } from '../staff/staff.styles.js';
import { staffMessages } from '../staff/staff.messages.js';
import { ageInMonths, participationsWhere } from '../staff/staff-api.js';
import { styles } from './applicants.styles.js';
import { applicantsMessages } from './applicants.messages.js';

/** A campaign and everyone who applied to it. */
export interface ApplicantsData {
  campaign: Campaign;
  participations: Participation[];
}

type Meets = '' | 'yes' | 'no';
type Sort = 'newest' | 'followers';
interface Panel {
  id: string;
  kind: 'accept' | 'reject';
  note: string;
  error?: string;
}
interface Bulk {
  total: number;
  done: number;
  accepted: Participation[];
  failed: { participationId: string; name: string; code: string; message: string }[];
}

/** The application's profile as `unmetRequirements` reads it (no province is `undefined` there). */
const checkable = (p: Participation) => ({ ...p.application.profile, province: p.application.profile.province ?? undefined });

/** Every requirement of the campaign, each with whether the applicant meets it. */
interface RequirementCheck {
  kind: UnmetRequirement['kind'];
  label: string;
  met: boolean;
}

/**
 * A campaign's applicants for the Project Officer or the brand: each with her profile, social
 * accounts and followers, children's ages, which of the campaign's requirements she meets and
 * her answers; accept her (with a note) or reject her (with a kind reason, prefilled with a
 * gentle template the officer can edit). Filters by stage, platform and requirements, sorts by
 * newest or most followers, and accepts several at once, reporting each one that failed (for
 * example once the campaign is full). Needs a staff session with `participations.review`.
 *
 * @tag ibusibuk-applicants
 * @event ibusibuk-applicant-accept - An application was accepted. `detail: { participation }`.
 * @event ibusibuk-applicant-reject - An application was rejected with a note. `detail: { participation }`.
 * @event ibusibuk-applicants-accept - Accepting several finished. `detail: { accepted, failed }`.
 * @event ibusibuk-participation-change - A participation changed stage. `detail: { participation }`.
 * @event ibusibuk-error-show - Loading or a move failed; the element shows it too. `detail: { code, message, requestId }`.
 * @csspart base - The card around everything.
 * @csspart toolbar - Filters and sorting.
 * @csspart applicant - Each applicant's row.
 * @csspart bulk - Selecting several and accepting them.
 * @cssprop --ibusibuk-color-primary - Accents and the main buttons.
 * @cssprop --ibusibuk-color-success - Requirements met.
 * @cssprop --ibusibuk-color-danger - Requirements not met, reject.
 */
export class IbuSibukApplicants extends StaffElement {
  static override styles = [tokens, controls, staffStyles, styles];

  /** The campaign (`cmp_…`) whose applicants to show. */
  @property() campaign = '';

  /** The campaign and its participations, when the page has them (controlled: nothing is fetched). */
  @property({ attribute: false }) data?: ApplicantsData;

  /** The day requirements and children's ages are counted on (default: today). */
  @property({ attribute: false }) now?: Date;

  @state() private _stage: Stage | '' = 'applied';
  @state() private _platform: Platform | '' = '';
  @state() private _meets: Meets = '';
  @state() private _sort: Sort = 'newest';
  @state() private _selected = new Set<string>();
  @state() private _panel?: Panel;
  @state() private _bulk?: Bulk;
  @state() private _fresh = new Map<string, Participation>();
  @state() private _campaignFresh?: Campaign;

  private readonly _task = new Task(this, {
    task: async ([client, id], { signal }): Promise<ApplicantsData | undefined> => {
      if (!client || !id) return undefined;
      const [campaign, participations] = await Promise.all([
        new Campaigns(client).get(id, { signal }),
        participationsWhere(client, { campaignId: id }, signal),
      ]);
      return { campaign, participations };
    },
    args: () => [this.data ? undefined : this._client, this.campaign] as const,
    onError: (error) => this._reportLoadError(error),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('data') || changed.has('campaign')) {
      this._fresh = new Map();
      this._campaignFresh = undefined;
      this._selected = new Set();
    }
  }

  private get _data(): ApplicantsData | undefined {
    const data = this.data ?? this._task.value;
    if (!data) return undefined;
    return {
      campaign: this._campaignFresh ?? data.campaign,
      participations: data.participations.map((p) => this._fresh.get(p.id) ?? p),
    };
  }

  private get _now(): Date {
    return this.now ?? new Date();
  }

  private _checks(campaign: Campaign, p: Participation): RequirementCheck[] {
    const t = applicantsMessages(this.lang_);
    const platformName = campaignTerms(this.lang_).platform;
    const unmet = unmetRequirements(campaign, checkable(p), this._now).filter((u) => u.kind !== 'closed');
    const r = campaign.requirements;
    const checks: RequirementCheck[] = [];
    for (const [platform, min] of Object.entries(r.minFollowers) as [Platform, number][]) {
      const miss = unmet.find((u) => u.kind === 'followers' && u.platform === platform);
      const actual = Math.max(0, ...p.application.profile.socialAccounts.filter((a) => a.platform === platform).map((a) => a.followers));
      checks.push({
        kind: 'followers',
        label: t.reqFollowers(platformName[platform], formatNumber(min, this.lang_), formatNumber(actual, this.lang_)),
        met: !miss,
      });
    }
    if (r.cities.length || r.provinces.length) {
      checks.push({ kind: 'location', label: t.reqLocation([...r.cities, ...r.provinces].join(', ')), met: !unmet.some((u) => u.kind === 'location') });
    }
    if (r.childAgeMonths) {
      checks.push({
        kind: 'childAge',
        label: t.reqChildAge(r.childAgeMonths.min, r.childAgeMonths.max),
        met: !unmet.some((u) => u.kind === 'childAge'),
      });
    }
    return checks;
  }

  private _meetsAll(campaign: Campaign, p: Participation): boolean {
    return unmetRequirements(campaign, checkable(p), this._now).every((u) => u.kind === 'closed');
  }

  private _followers(p: Participation): number {
    const accounts = p.application.profile.socialAccounts.filter((a) => !this._platform || a.platform === this._platform);
    return Math.max(0, ...accounts.map((a) => a.followers));
  }

  private _canAccept(p: Participation): boolean {
    return nextActions(p, 'officer').some((m) => m.action === 'accept');
  }

  private _visible(data: ApplicantsData): Participation[] {
    const rows = data.participations.filter(
      (p) =>
        (!this._stage || p.stage === this._stage) &&
        (!this._platform || p.application.profile.socialAccounts.some((a) => a.platform === this._platform)) &&
        (!this._meets || this._meetsAll(data.campaign, p) === (this._meets === 'yes')),
    );
    return rows.sort((a, b) =>
      this._sort === 'followers'
        ? this._followers(b) - this._followers(a)
        : Date.parse(b.application.submittedAt) - Date.parse(a.application.submittedAt),
    );
  }

  // --- moves ---------------------------------------------------------------------------------

  private _open(p: Participation, kind: Panel['kind'], campaign: Campaign): void {
    const t = applicantsMessages(this.lang_);
    const note = kind === 'reject' ? t.rejectTemplate(p.application.profile.name, campaign.title) : '';
    this._panel = { id: p.id, kind, note };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLTextAreaElement>(`#note-${p.id}`)?.focus());
  }

  private async _close(id: string): Promise<void> {
    this._panel = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-row="${id}"] .open-${'accept'}`)?.focus();
  }

  private _adopt(p: Participation): void {
    this._fresh = new Map(this._fresh).set(p.id, p);
    const selected = new Set(this._selected);
    selected.delete(p.id);
    this._selected = selected;
  }

  private async _refreshCampaign(): Promise<void> {
    const client = this._client;
    const id = this._data?.campaign.id;
    if (!client || !id) return;
    try {
      this._campaignFresh = await new Campaigns(client).get(id);
    } catch {
      // The slots shown stay as they were; the moves themselves succeeded.
    }
  }

  private async _submitPanel(p: Participation, e: Event): Promise<void> {
    e.preventDefault();
    const panel = this._panel;
    if (!panel || this._busy) return;
    const t = applicantsMessages(this.lang_);
    const name = p.application.profile.name;
    const note = panel.note.trim();
    if (panel.kind === 'reject' && !note) {
      this._panel = { ...panel, error: staffMessages(this.lang_).noteRequired };
      return;
    }
    const result =
      panel.kind === 'accept'
        ? await this._move(p.id, 'ibusibuk-applicant-accept', (c) => new Participations(c).accept(p.id, note ? { note } : {}))
        : await this._move(p.id, 'ibusibuk-applicant-reject', (c) => new Participations(c).reject(p.id, { note }));
    if ('error' in result) {
      this._panel = { ...panel, error: result.error.message };
      return;
    }
    this._adopt(result.participation);
    this._panel = undefined;
    void this._say(panel.kind === 'accept' ? t.accepted(name) : t.rejected(name));
    if (panel.kind === 'accept') void this._refreshCampaign();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-row="${p.id}"] h3`)?.focus();
  }

  private async _acceptSelected(data: ApplicantsData): Promise<void> {
    if (this._bulk && this._bulk.done < this._bulk.total) return;
    const chosen = data.participations.filter((p) => this._selected.has(p.id) && this._canAccept(p));
    if (!chosen.length) return;
    const t = applicantsMessages(this.lang_);
    const bulk: Bulk = { total: chosen.length, done: 0, accepted: [], failed: [] };
    this._bulk = bulk;
    void this._say(t.accepting(0, bulk.total));
    // One at a time: each acceptance takes a slot, and the order chosen is the order served.
    for (const p of chosen) {
      const result = await this._move(p.id, 'ibusibuk-applicant-accept', (c) => new Participations(c).accept(p.id, {}));
      if ('error' in result) {
        bulk.failed.push({ participationId: p.id, name: p.application.profile.name, code: result.error.code, message: result.error.message });
      } else {
        bulk.accepted.push(result.participation);
        this._adopt(result.participation);
      }
      bulk.done++;
      this._bulk = { ...bulk };
    }
    void this._say(t.bulkDone(bulk.accepted.length, bulk.failed.length));
    this.emit('ibusibuk-applicants-accept', {
      accepted: bulk.accepted,
      failed: bulk.failed.map(({ participationId, code, message }) => ({ participationId, code, message })),
    });
    await this._refreshCampaign();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.bulk-result')?.focus();
  }

  private _toggle(id: string, on: boolean): void {
    const selected = new Set(this._selected);
    if (on) selected.add(id);
    else selected.delete(id);
    this._selected = selected;
  }

  // --- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = applicantsMessages(this.lang_);
    const data = this._data;
    const body = this._stateOf(data, { error: this._task.error, retry: () => void this._task.run() }, Boolean(this.data), (d) => this._body(d));
    return html`<section class="console card" part="base" aria-labelledby="title">
      ${data ? nothing : html`<h2 id="title" class="visually-hidden">${t.heading}</h2>`} ${body} ${this._liveRegion()}
    </section>`;
  }

  private _body(data: ApplicantsData): TemplateResult {
    const t = applicantsMessages(this.lang_);
    const { campaign } = data;
    const rows = this._visible(data);
    const left = Math.max(0, campaign.slots - campaign.slotsFilled);
    return html`<header class="head">
        <div>
          <p class="eyebrow">${t.eyebrow}</p>
          <h2 id="title">${campaign.title}</h2>
        </div>
        <p class="pill ${left ? 'good' : 'bad'} slots" part="slots">${t.slotsLeft(left, campaign.slots)}</p>
      </header>
      ${this._toolbar(data)} ${this._bulkBar(data, rows)}
      <p class="meta" aria-live="polite">${t.shown(rows.length, data.participations.length)}</p>
      ${rows.length
        ? html`<ul class="rows">
            ${rows.map((p) => this._row(campaign, p))}
          </ul>`
        : html`<p class="empty">${t.empty}</p>`}`;
  }

  private _toolbar(data: ApplicantsData): TemplateResult {
    const t = applicantsMessages(this.lang_);
    const s = staffMessages(this.lang_);
    const platformName = campaignTerms(this.lang_).platform;
    const stages = (Object.keys(STAGES) as Stage[]).filter((stage) => data.participations.some((p) => p.stage === stage) || stage === this._stage);
    const platforms = [...new Set([...data.campaign.platforms, ...data.participations.flatMap((p) => p.application.profile.socialAccounts.map((a) => a.platform))])];
    const select = (id: string, label: string, value: string, options: [string, string][], set: (v: string) => void) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} .value=${value} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
          ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
        </select>
      </div>`;
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${t.filters}>
      ${select('f-stage', t.stage, this._stage, [['', t.allStages], ...stages.map((st): [string, string] => [st, s.stage[st]])], (v) => (this._stage = v as Stage | ''))}
      ${select('f-platform', t.platform, this._platform, [['', t.allPlatforms], ...platforms.map((p): [string, string] => [p, platformName[p]])], (v) => (this._platform = v as Platform | ''))}
      ${select('f-meets', t.meets, this._meets, [['', t.meetsAll], ['yes', t.meetsYes], ['no', t.meetsNo]], (v) => (this._meets = v as Meets))}
      ${select('f-sort', t.sort, this._sort, [['newest', t.sortNewest], ['followers', t.sortFollowers]], (v) => (this._sort = v as Sort))}
    </div>`;
  }

  private _bulkBar(data: ApplicantsData, rows: Participation[]): TemplateResult | typeof nothing {
    const t = applicantsMessages(this.lang_);
    const acceptable = rows.filter((p) => this._canAccept(p));
    const bulk = this._bulk;
    const running = bulk !== undefined && bulk.done < bulk.total;
    if (!acceptable.length && !bulk) return nothing;
    const chosen = data.participations.filter((p) => this._selected.has(p.id) && this._canAccept(p)).length;
    const all = acceptable.length > 0 && acceptable.every((p) => this._selected.has(p.id));
    return html`<div class="bulk" part="bulk">
      ${acceptable.length
        ? html`<div class="bulk-bar">
            <label class="check">
              <input
                type="checkbox"
                .checked=${all}
                ?disabled=${running}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  this._selected = new Set(on ? acceptable.map((p) => p.id) : []);
                }}
              />
              <span>${t.selectAll(acceptable.length)}</span>
            </label>
            <button type="button" class="button accept-selected" ?disabled=${!chosen || running} @click=${() => this._acceptSelected(data)}>
              ${running ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${t.acceptSelected(chosen)}
            </button>
          </div>`
        : nothing}
      ${bulk
        ? html`<div class="bulk-result ${running ? '' : bulk.failed.length ? 'notice warning' : 'notice success'}" tabindex="-1">
            ${running
              ? html`<label class="progress"
                  >${t.accepting(bulk.done, bulk.total)}
                  <progress max=${bulk.total} .value=${bulk.done}></progress>
                </label>`
              : html`<strong>${t.bulkDone(bulk.accepted.length, bulk.failed.length)}</strong>`}
            ${bulk.failed.length
              ? html`<p class="sub">${t.bulkFailed}</p>
                  <ul class="failures">
                    ${bulk.failed.map((f) => html`<li><strong>${f.name}</strong>: ${f.message}</li>`)}
                  </ul>`
              : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  private _row(campaign: Campaign, p: Participation): TemplateResult {
    const t = applicantsMessages(this.lang_);
    const s = staffMessages(this.lang_);
    const profile = p.application.profile;
    const platformName = campaignTerms(this.lang_).platform;
    const checks = this._checks(campaign, p);
    const canAccept = this._canAccept(p);
    const canReject = nextActions(p, 'officer').some((m) => m.action === 'reject');
    const panel = this._panel?.id === p.id ? this._panel : undefined;
    const answers = p.application.answers;
    return html`<li class="row" part="applicant" data-row=${p.id} ?data-selected=${this._selected.has(p.id)}>
      <div class="row-head">
        <div class="who">
          ${canAccept
            ? html`<input
                type="checkbox"
                class="pick"
                aria-label=${t.select(profile.name)}
                .checked=${this._selected.has(p.id)}
                @change=${(e: Event) => this._toggle(p.id, (e.target as HTMLInputElement).checked)}
              />`
            : nothing}
          <div>
            <h3 tabindex="-1">${profile.name}</h3>
            <p class="meta">${profile.city}${profile.province ? `, ${profile.province}` : ''} · ${t.appliedOn(formatDate(p.application.submittedAt, this.lang_))}</p>
          </div>
        </div>
        <span class="pill ${STAGES[p.stage].actor === 'officer' ? 'officer' : ''}">${s.stage[p.stage]}</span>
      </div>
      <div class="facts">
        <div>
          <h4>${t.accounts}</h4>
          <ul class="plain">
            ${profile.socialAccounts.map(
              (a) => html`<li><span class="platform">${platformName[a.platform]}</span> @${a.handle.replace(/^@/, '')} · ${s.followers(formatNumber(a.followers, this.lang_))}</li>`,
            )}
          </ul>
        </div>
        <div>
          <h4>${t.children}</h4>
          ${profile.children.length
            ? html`<ul class="plain">
                ${profile.children.map((c) => html`<li>${s.age(ageInMonths(c, this._now))}</li>`)}
              </ul>`
            : html`<p class="meta">${s.noChildren}</p>`}
        </div>
        <div>
          <h4>${t.requirements}</h4>
          ${checks.length
            ? html`<ul class="checks">
                ${checks.map(
                  (c) => html`<li class=${c.met ? 'met' : 'unmet'}>
                    <span class="mark" aria-hidden="true">${c.met ? '✓' : '✕'}</span>
                    <span>${c.label} <span class="visually-hidden">(${c.met ? t.met : t.unmet})</span></span>
                  </li>`,
                )}
              </ul>`
            : html`<p class="meta">${t.noRequirements}</p>`}
        </div>
      </div>
      <details class="answers">
        <summary>${t.answers}</summary>
        <dl>
          <dt>${t.whyMe}</dt>
          <dd>${answers.whyMe}</dd>
          <dt>${t.contentIdea}</dt>
          <dd>${answers.contentIdea}</dd>
          ${profile.niches.length ? html`<dt>${t.niches}</dt><dd>${profile.niches.join(', ')}</dd>` : nothing}
        </dl>
      </details>
      ${canAccept || canReject
        ? html`<div class="actions">
            ${canAccept
              ? html`<button
                  type="button"
                  class="button small open-accept"
                  aria-expanded=${panel?.kind === 'accept' ? 'true' : 'false'}
                  aria-controls="panel-${p.id}"
                  @click=${() => this._open(p, 'accept', campaign)}
                >
                  ${t.accept}
                </button>`
              : nothing}
            ${canReject
              ? html`<button
                  type="button"
                  class="button secondary small open-reject"
                  aria-expanded=${panel?.kind === 'reject' ? 'true' : 'false'}
                  aria-controls="panel-${p.id}"
                  @click=${() => this._open(p, 'reject', campaign)}
                >
                  ${t.reject}
                </button>`
              : nothing}
          </div>`
        : nothing}
      <div id="panel-${p.id}">${panel ? this._panelView(p, panel) : nothing}</div>
    </li>`;
  }

  private _panelView(p: Participation, panel: Panel): TemplateResult {
    const t = applicantsMessages(this.lang_);
    const s = staffMessages(this.lang_);
    const name = p.application.profile.name;
    const reject = panel.kind === 'reject';
    const busy = this._busy === p.id;
    return html`<form class="panel" aria-label=${reject ? t.rejectTitle(name) : t.acceptTitle(name)} @submit=${(e: Event) => this._submitPanel(p, e)}>
      <div class="field">
        <label for="note-${p.id}">${reject ? t.rejectNote : t.acceptNote}</label>
        ${reject ? html`<span class="hint" id="hint-${p.id}">${t.rejectHint}</span>` : nothing}
        <textarea
          id="note-${p.id}"
          rows=${reject ? 5 : 3}
          .value=${panel.note}
          ?required=${reject}
          aria-invalid=${panel.error ? 'true' : 'false'}
          aria-describedby="${reject ? `hint-${p.id}` : ''} ${panel.error ? `err-${p.id}` : ''}"
          @input=${(e: Event) => (this._panel = { ...panel, note: (e.target as HTMLTextAreaElement).value, error: undefined })}
        ></textarea>
        ${panel.error ? html`<p class="field-error" id="err-${p.id}" role="alert">${panel.error}</p>` : nothing}
      </div>
      <div class="actions">
        <button type="submit" class="button small ${reject ? 'danger' : ''}" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${s.sending}` : reject ? t.confirmReject : t.confirmAccept}
        </button>
        <button type="button" class="button ghost small" @click=${() => this._close(p.id)}>${t.cancel}</button>
      </div>
    </form>`;
  }
}
