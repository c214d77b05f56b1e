import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Task, TaskStatus } from '@lit/task';
import { Applications, Campaigns, Me, ApplicationInput,
  PLATFORMS,
  unmetRequirements,
  validate,
  type Campaign,
  type KolProfile,
  type KolProfileInput,
  type Locale,
  type Participation,
  type Platform,
  type UnmetRequirement, } from '@ibusibuk/sdk';
import { IbuSibukElement } from '../../internal/ibusibuk-element.js';
import { common } from '../../internal/common.messages.js';
import { describeError, fieldsOf, isAbort } from '../../internal/errors.js';
import { formatNumber } from '../../internal/format.js';
import { tokens } from '../../styles/tokens.styles.js';
import { controls } from '../../styles/controls.styles.js';
import { styles } from './apply-form.styles.js';
import { ageRange, applyFormMessages } from './apply-form.messages.js';

/** Topics most Ibu Sibuk mothers post about; a campaign's own niches are added to these. */
export const COMMON_NICHES = [
  'parenting',
  'mpasi',
  'kesehatan-anak',
  'fashion-anak',
  'mainan-edukatif',
  'kecantikan-ibu',
  'masak',
  'lifestyle',
] as const;

/** What the form can be pre-filled from: a saved profile or a profile as the API takes it. */
export type ApplyFormPrefill = Partial<KolProfile> | Partial<KolProfileInput>;

interface AccountRow {
  key: number;
  platform: Platform;
  handle: string;
  followers: string;
}

interface ChildRow {
  key: number;
  birthMonth: string;
  birthYear: string;
}

type Phase = 'form' | 'submitting' | 'success' | 'already';
type RequirementState = 'met' | 'unmet' | 'unknown';

let rowKey = 0;
const newAccount = (platform: Platform = 'instagram'): AccountRow => ({ key: rowKey++, platform, handle: '', followers: '' });
const newChild = (): ChildRow => ({ key: rowKey++, birthMonth: '', birthYear: '' });

/** `0812-3456 7890` or `62812…` → `+62812…`; anything else is left for validation to judge. */
export function normalizeWhatsapp(value: string): string {
  const compact = value.replace(/[\s\-().]/g, '');
  if (/^0[1-9]/.test(compact)) return `+62${compact.slice(1)}`;
  if (/^62[1-9]/.test(compact)) return `+${compact}`;
  return compact;
}

/** `12.500` / `12,500` / `12500` → 12500; empty → undefined; anything else → NaN (the schema refuses it). */
function parseCount(value: string): number | undefined {
  const digits = value.replace(/[.,\s]/g, '');
  if (digits === '') return undefined;
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

const parseChoice = (value: string): number | undefined => (value === '' ? undefined : Number(value));
const fieldId = (path: string): string => `f-${path.replaceAll('.', '-')}`;
/** Niches compare as slugs: `Kesehatan Anak` and `kesehatan-anak` are one topic. */
const nicheKey = (niche: string): string => niche.trim().toLocaleLowerCase('id').replace(/[\s_]+/g, '-');

/** The field an unmet requirement belongs under. */
const FIELD_OF: Record<UnmetRequirement['kind'], string> = {
  followers: 'profile.socialAccounts',
  location: 'profile.city',
  childAge: 'profile.children',
  closed: 'campaign',
};

/**
 * The application form for one campaign: who the mother is, her accounts and
 * children, why she fits, and her consent. Inside `<ibusibuk-provider>` it loads
 * the campaign, asks her to sign in when she is not, pre-fills from her last
 * application, checks the campaign's requirements as she types and submits the
 * application.
 *
 * @tag ibusibuk-apply-form
 * @event ibusibuk-application-submit - The application was accepted by the server. `detail: { participation }`.
 * @event ibusibuk-participation-change - Her participation in the campaign now exists (stage `applied`). `detail: { participation }`.
 * @event ibusibuk-error-show - Loading or submitting failed; the element shows the message too. `detail: { code, message, requestId }`.
 * @csspart base - The card around everything.
 * @csspart header - The title block with the brand and campaign names.
 * @csspart requirements - The campaign's requirements with their live check.
 * @csspart form - The `<form>` element.
 * @csspart submit - The submit button.
 * @csspart success - The confirmation shown after a successful submit.
 * @cssprop --ibusibuk-color-primary - Buttons, chips and focus accents.
 * @cssprop --ibusibuk-color-surface - Card background.
 * @cssprop --ibusibuk-radius - Card corner radius.
 * @cssprop --ibusibuk-font-family - Typeface.
 */
export class IbuSibukApplyForm extends IbuSibukElement {
  static override styles = [tokens, controls, styles];

  /** Id (`cmp_…`) or slug of the campaign to apply to. */
  @property({ attribute: 'campaign-id' }) campaignId = '';

  /** Where this form sits, kept with the application, e.g. `orami-article:mpasi-pertama`. Defaults to the page's `utm_source`. */
  @property() source = '';

  /** The campaign, when the page already has it (controlled mode: no campaign request is made). */
  @property({ attribute: false }) campaign?: Campaign;

  /** Details to pre-fill the form with; when set, the signed-in KOL's saved profile is not fetched. */
  @property({ attribute: false }) profile?: ApplyFormPrefill;

  /** The moment children's ages are counted at; the device's clock when left out. */
  @property({ attribute: false }) now?: Date;

  @state() private name = '';
  @state() private whatsapp = '';
  @state() private city = '';
  @state() private province = '';
  @state() private accounts: AccountRow[] = [newAccount()];
  @state() private children_: ChildRow[] = [];
  @state() private niches: string[] = [];
  @state() private whyMe = '';
  @state() private contentIdea = '';
  @state() private meetsRequirements = false;
  @state() private willFollowBrief = false;
  @state() private consent = false;

  @state() private phase: Phase = 'form';
  @state() private attempted = false;
  @state() private serverErrors: Record<string, string> = {};
  @state() private formError = '';
  @state() private announcement = '';
  @state() private prefilled = false;
  @state() private participation?: Participation;

  @query('form') private formEl?: HTMLFormElement;

  /** The profile the form was last pre-filled from, so a re-render never overwrites her typing. */
  private prefilledFrom?: ApplyFormPrefill;
  private childRowOffered = false;

  private readonly campaignTask = new Task(this, {
    task: async ([client, id], { signal }) => {
      if (!client || !id) return undefined;
      return new Campaigns(client).get(id, { signal });
    },
    args: () => [this.campaign ? undefined : this.ibusibuk?.client, this.campaignId] as const,
    onError: (error) => {
      if (!isAbort(error)) this.emitError(describeError(error, this.lang_));
    },
  });

  private readonly profileTask = new Task(this, {
    task: async ([client, kolId], { signal }) => {
      if (!client || !kolId) return undefined;
      return new Me(client).get({ signal });
    },
    // Her saved profile only matters when the page gave none.
    args: () => [this.profile ? undefined : this.ibusibuk?.client, this.profile ? undefined : this.ibusibuk?.kol?.id] as const,
  });

  /** The campaign in force: the property, else the loaded one. */
  private get campaign_(): Campaign | undefined {
    return this.campaign ?? this.campaignTask.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A campaign for mothers of young children needs one: offer the first row.
    const campaign = this.campaign_;
    if (campaign && !this.childRowOffered) {
      this.childRowOffered = true;
      if (campaign.requirements.childAgeMonths && this.children_.length === 0) this.children_ = [newChild()];
    }
    const prefill = this.profile ?? this.profileTask.value ?? this.ibusibuk?.kol ?? undefined;
    if (prefill && prefill !== this.prefilledFrom && this.phase === 'form') this.prefill(prefill);
  }

  /** Fills the empty fields from a saved profile; what she already typed stays. */
  private prefill(p: ApplyFormPrefill): void {
    this.prefilledFrom = p;
    let filled = false;
    const take = (current: string, value: string | null | undefined): string => {
      if (current || !value) return current;
      filled = true;
      return value;
    };
    this.name = take(this.name, p.name);
    this.whatsapp = take(this.whatsapp, p.whatsapp);
    this.city = take(this.city, p.city);
    this.province = take(this.province, p.province);
    const emptyAccounts = this.accounts.every((a) => !a.handle && !a.followers);
    if (emptyAccounts && p.socialAccounts?.length) {
      this.accounts = p.socialAccounts.map((a) => ({
        key: rowKey++,
        platform: a.platform,
        handle: a.handle,
        followers: String(a.followers),
      }));
      filled = true;
    }
    if (this.children_.every((c) => !c.birthMonth && !c.birthYear) && p.children?.length) {
      this.children_ = p.children.map((c) => ({ key: rowKey++, birthMonth: String(c.birthMonth), birthYear: String(c.birthYear) }));
      filled = true;
    }
    if (this.niches.length === 0 && p.niches?.length) {
      this.niches = [...p.niches];
      filled = true;
    }
    if (filled) this.prefilled = true;
  }

  /** The form as the API's `ApplicationInput` (before validation). */
  private input(): Record<string, unknown> {
    const province = this.province.trim();
    return {
      profile: {
        name: this.name,
        whatsapp: normalizeWhatsapp(this.whatsapp),
        city: this.city,
        ...(province ? { province } : {}),
        socialAccounts: this.accounts.map((a) => ({ platform: a.platform, handle: a.handle, followers: parseCount(a.followers) })),
        children: this.children_.map((c) => ({ birthMonth: parseChoice(c.birthMonth), birthYear: parseChoice(c.birthYear) })),
        niches: this.niches,
      },
      answers: {
        whyMe: this.whyMe,
        contentIdea: this.contentIdea,
        eligibility: { meetsRequirements: this.meetsRequirements, willFollowBrief: this.willFollowBrief },
      },
      consent: this.consent,
      attribution: this.attribution(),
    };
  }

  /** Where the application came from: the `source` attribute, the page's `utm_*` parameters and its address. */
  private attribution(): { source?: string; utm?: Record<string, string>; pageUrl?: string } {
    const attribution: { source?: string; utm?: Record<string, string>; pageUrl?: string } = {};
    const location = this.ownerDocument?.defaultView?.location;
    const utm: Record<string, string> = {};
    if (location) {
      for (const [key, value] of new URLSearchParams(location.search)) {
        if (/^utm_[a-z_]{1,30}$/.test(key) && value) utm[key] = value.slice(0, 200);
      }
      // The fragment may hold private state of the host page; it is left out.
      attribution.pageUrl = `${location.origin}${location.pathname}${location.search}`.slice(0, 2000);
    }
    const source = this.source.trim() || utm['utm_source'];
    if (source) attribution.source = source.slice(0, 200);
    if (Object.keys(utm).length > 0) attribution.utm = utm;
    return attribution;
  }

  /** The profile as far as the requirement check needs it: only complete rows count. */
  private profileForCheck() {
    return {
      city: this.city,
      province: this.province || undefined,
      socialAccounts: this.accounts
        .map((a) => ({ platform: a.platform, handle: a.handle, followers: parseCount(a.followers) }))
        .filter((a): a is { platform: Platform; handle: string; followers: number } => Number.isFinite(a.followers)),
      children: this.children_
        .map((c) => ({ birthMonth: Number(c.birthMonth), birthYear: Number(c.birthYear) }))
        .filter((c) => c.birthMonth > 0 && c.birthYear > 0),
    };
  }

  /**
   * Unmet requirements of the campaign. The deadline is the server's to judge
   * (the phone's clock may be wrong), so only a campaign's status closes it here.
   */
  private unmet(campaign: Campaign): UnmetRequirement[] {
    const unmet: UnmetRequirement[] = unmetRequirements(campaign, this.profileForCheck(), this.now ?? new Date()).filter((u) => u.kind !== 'closed');
    if (campaign.status !== 'open') unmet.unshift({ kind: 'closed', field: 'campaign' });
    return unmet;
  }

  private unmetMessage(u: UnmetRequirement, locale: Locale): string {
    const t = applyFormMessages(locale);
    const c = common(locale);
    switch (u.kind) {
      case 'followers':
        return t.unmetFollowers(c.platform[u.platform], formatNumber(u.min, locale), formatNumber(u.actual, locale));
      case 'location':
        return t.unmetLocation(this.places(u.cities, u.provinces, locale));
      case 'childAge':
        return t.unmetChildAge(ageRange(u.minMonths, u.maxMonths, locale));
      case 'closed':
        return t.closed;
    }
  }

  private places(cities: string[], provinces: string[], locale: Locale): string {
    const all = [...cities, ...provinces];
    const t = applyFormMessages(locale);
    if (all.length <= 1) return all.join('');
    return `${all.slice(0, -1).join(', ')} ${t.or} ${all[all.length - 1]}`;
  }

  /** Client-side field errors: the SDK's schema, then the campaign's requirements. */
  private clientErrors(): Record<string, string> {
    const input = this.input();
    const result = validate(ApplicationInput, input, this.lang_);
    const errors: Record<string, string> = result.success ? {} : { ...result.fields };
    // An empty field is simply missing, whatever length or pattern it would need.
    for (const path of Object.keys(errors)) {
      const value = path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], input);
      if (typeof value === 'string' && value.trim() === '') errors[path] = applyFormMessages(this.lang_).required;
    }
    const campaign = this.campaign_;
    if (campaign) {
      for (const u of this.unmet(campaign)) {
        if (u.kind === 'closed') continue;
        errors[FIELD_OF[u.kind]] ??= this.unmetMessage(u, this.lang_);
      }
    }
    return errors;
  }

  /** What each field shows: the server's word where it spoke, else the live client check once she tried to submit. */
  private get errors(): Record<string, string> {
    return { ...(this.attempted ? this.clientErrors() : {}), ...this.serverErrors };
  }

  /** A field changed: forget what the server said about it. */
  private touch(path: string): void {
    if (Object.keys(this.serverErrors).some((k) => k === path || k.startsWith(`${path}.`))) {
      this.serverErrors = Object.fromEntries(Object.entries(this.serverErrors).filter(([k]) => k !== path && !k.startsWith(`${path}.`)));
    }
    this.formError = '';
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.phase === 'submitting') return;
    const t = applyFormMessages(this.lang_);
    const campaign = this.campaign_;
    this.whatsapp = normalizeWhatsapp(this.whatsapp);
    this.attempted = true;
    this.serverErrors = {};
    this.formError = '';
    const errors = this.clientErrors();
    const count = Object.keys(errors).length;
    if (count > 0 || !campaign) {
      this.announcement = t.fixErrors(count);
      await this.focusFirstInvalid();
      return;
    }
    const client = this.ibusibuk?.client;
    if (!client) {
      this.formError = t.notConnected;
      this.emitError({ code: 'configuration_error', message: t.notConnected });
      return;
    }
    const valid = validate(ApplicationInput, this.input(), this.lang_);
    if (!valid.success) return;
    this.phase = 'submitting';
    this.announcement = t.submitting;
    try {
      const participation = await new Applications(client).create(campaign.id, valid.data);
      this.participation = participation;
      this.phase = 'success';
      this.announcement = t.successTitle;
      this.emit('ibusibuk-application-submit', { participation });
      this.emit('ibusibuk-participation-change', { participation });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-focus-after-submit]')?.focus();
    } catch (error) {
      this.phase = 'form';
      const detail = describeError(error, this.lang_);
      if (detail.code === 'invalid_transition') {
        this.phase = 'already';
        this.announcement = t.alreadyTitle;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[data-focus-after-submit]')?.focus();
        return;
      }
      const fields = fieldsOf(error);
      const placed = Object.fromEntries(Object.entries(fields).filter(([path]) => this.hasField(path)));
      this.serverErrors = placed;
      const unplaced = Object.entries(fields).filter(([path]) => !this.hasField(path));
      this.formError = unplaced.length > 0 ? unplaced.map(([, m]) => m).join(' ') : Object.keys(placed).length ? '' : detail.message;
      this.announcement = Object.keys(placed).length ? t.fixErrors(Object.keys(placed).length) : this.formError;
      this.emitError(detail);
      await this.focusFirstInvalid();
    }
  }

  /** Whether the form has a place to show an error at `path` (or a parent of it). */
  private hasField(path: string): boolean {
    return this.fieldFor(path) !== undefined;
  }

  /** The rendered path an error at `path` shows under: itself, else its nearest rendered parent. */
  private fieldFor(path: string): string | undefined {
    const parts = path.split('.');
    for (let n = parts.length; n > 0; n--) {
      const candidate = parts.slice(0, n).join('.');
      if (this.renderRoot.querySelector(`[data-path="${CSS.escape(candidate)}"]`)) return candidate;
    }
    return undefined;
  }

  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    const target = this.formEl?.querySelector<HTMLElement>(
      '[aria-invalid="true"], fieldset[data-invalid] input, fieldset[data-invalid] select, fieldset[data-invalid] button',
    );
    (target ?? this.formEl?.querySelector<HTMLElement>('.notice.error'))?.focus();
  }

  // --- rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = applyFormMessages(this.lang_);
    const campaign = this.campaign_;
    return html`<section part="base" class="card apply" aria-labelledby="heading" aria-busy=${this.phase === 'submitting' ? 'true' : 'false'}>
      ${this.renderHeader(campaign)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${campaign ? this.renderBody(campaign) : this.renderLoadState(t)}
    </section>`;
  }

  private renderHeader(campaign: Campaign | undefined): TemplateResult {
    const t = applyFormMessages(this.lang_);
    return html`<header part="header" class="header">
      ${campaign ? html`<p class="eyebrow">${campaign.brand.name}</p>` : nothing}
      <h2 id="heading" tabindex="-1">${t.heading}</h2>
      ${campaign ? html`<p class="campaign-title">${campaign.title}</p>` : nothing}
    </header>`;
  }

  private renderLoadState(t: ReturnType<typeof applyFormMessages>): TemplateResult {
    const c = common(this.lang_);
    if (this.campaignTask.status === TaskStatus.ERROR) {
      const detail = describeError(this.campaignTask.error, this.lang_);
      return html`<div class="notice error" role="alert">
        <strong>${t.loadError}</strong>
        <p>${detail.message}</p>
        ${detail.requestId ? html`<p class="hint">${c.requestId(detail.requestId)}</p>` : nothing}
        <button class="button secondary small" type="button" @click=${() => this.campaignTask.run()}>${c.retry}</button>
      </div>`;
    }
    return html`<div class="loading" aria-hidden="true">
        <div class="skeleton line wide"></div>
        <div class="skeleton line"></div>
        <div class="skeleton field"></div>
        <div class="skeleton field"></div>
        <div class="skeleton field"></div>
      </div>
      <p class="visually-hidden">${t.loadingCampaign}</p>`;
  }

  private renderBody(campaign: Campaign): TemplateResult {
    const t = applyFormMessages(this.lang_);
    if (this.phase === 'success') return this.renderSuccess();
    if (this.phase === 'already') {
      return html`<div class="done" part="success">
        <div class="done-icon" aria-hidden="true">✓</div>
        <h3 tabindex="-1" data-focus-after-submit>${t.alreadyTitle}</h3>
        <p>${t.alreadyBody}</p>
      </div>`;
    }
    if (campaign.status !== 'open') {
      return html`<div class="notice warning" role="note">${t.closed}</div>`;
    }
    // Connected but nobody signed in: she signs in first, then the form appears.
    if (this.ibusibuk && this.ibusibuk.kol === null) {
      return html`${this.renderRequirements(campaign, false)}
        <div class="sign-in">
          <ibusibuk-sign-in locale=${this.lang_} heading=${t.signInHeading}></ibusibuk-sign-in>
        </div>`;
    }
    return this.renderForm(campaign);
  }

  private renderSuccess(): TemplateResult {
    const t = applyFormMessages(this.lang_);
    const number = this.participation?.application.profile.whatsapp;
    return html`<div class="done" part="success">
      <div class="done-icon" aria-hidden="true">✓</div>
      <h3 tabindex="-1" data-focus-after-submit>${t.successTitle}</h3>
      <p>${t.successBody}</p>
      ${number ? html`<p class="hint">${t.successWhatsapp(number)}</p>` : nothing}
    </div>`;
  }

  /** The campaign's requirements, each ticked, crossed or left open as the form fills in. */
  private renderRequirements(campaign: Campaign, live: boolean): TemplateResult {
    const t = applyFormMessages(this.lang_);
    const c = common(this.lang_);
    const r = campaign.requirements;
    const profile = this.profileForCheck();
    const unmet = this.unmet(campaign);
    const items: { text: string; state: RequirementState }[] = [];
    const stateOf = (kind: UnmetRequirement['kind'], known: boolean, match?: (u: UnmetRequirement) => boolean): RequirementState => {
      if (!live || !known) return 'unknown';
      return unmet.some((u) => u.kind === kind && (!match || match(u))) ? 'unmet' : 'met';
    };
    for (const [platform, min] of Object.entries(r.minFollowers) as [Platform, number][]) {
      const known = profile.socialAccounts.some((a) => a.platform === platform);
      items.push({
        text: t.reqFollowers(c.platform[platform], formatNumber(min, this.lang_)),
        state: stateOf('followers', known || this.attempted, (u) => u.kind === 'followers' && u.platform === platform),
      });
    }
    if (r.cities.length || r.provinces.length) {
      items.push({
        text: t.reqLocation(this.places(r.cities, r.provinces, this.lang_)),
        state: stateOf('location', Boolean(profile.city.trim() || profile.province) || this.attempted),
      });
    }
    if (r.childAgeMonths) {
      items.push({
        text: t.reqChildAge(ageRange(r.childAgeMonths.min, r.childAgeMonths.max, this.lang_)),
        state: stateOf('childAge', profile.children.length > 0 || this.attempted),
      });
    }
    if (r.niches.length) items.push({ text: t.reqNiches(r.niches.map((n) => this.nicheLabel(n)).join(', ')), state: 'unknown' });
    const label: Record<RequirementState, string> = { met: t.met, unmet: t.notMet, unknown: t.unknown };
    return html`<section class="requirements" part="requirements" aria-labelledby="req-heading">
      <h3 id="req-heading">${t.requirementsHeading}</h3>
      ${items.length === 0
        ? html`<p class="hint">${t.noRequirements}</p>`
        : html`<ul>
            ${items.map(
              (item) => html`<li class=${classMap({ [`req-${item.state}`]: true })}>
                <span class="req-icon" aria-hidden="true">${item.state === 'met' ? '✓' : item.state === 'unmet' ? '!' : '•'}</span>
                <span>${item.text}</span>
                ${item.state !== 'unknown' ? html`<span class="visually-hidden">${label[item.state]}</span>` : nothing}
              </li>`,
            )}
          </ul>`}
    </section>`;
  }

  private nicheLabel(niche: string): string {
    const t = applyFormMessages(this.lang_);
    const label = t.niche[nicheKey(niche)];
    if (label) return label;
    const words = niche.trim().replace(/[-_]+/g, ' ');
    return words.charAt(0).toLocaleUpperCase('id') + words.slice(1);
  }

  private renderForm(campaign: Campaign): TemplateResult {
    const t = applyFormMessages(this.lang_);
    const errors = this.errors;
    const unmet = this.unmet(campaign).filter((u) => u.kind !== 'closed');
    const profile = this.profileForCheck();
    // Warn live only about what she has actually entered; on submit everything counts.
    const shownUnmet = unmet.filter(
      (u) =>
        this.attempted ||
        (u.kind === 'followers' && profile.socialAccounts.some((a) => a.platform === u.platform)) ||
        (u.kind === 'location' && profile.city.trim() !== '') ||
        (u.kind === 'childAge' && profile.children.length > 0),
    );
    return html`
      ${this.renderRequirements(campaign, true)}
      <form part="form" novalidate @submit=${this.onSubmit}>
        <p class="intro">${t.intro}</p>
        ${this.prefilled ? html`<p class="notice prefilled">${t.prefilled}</p>` : nothing}

        <fieldset>
          <legend><h3>${t.sectionAbout}</h3></legend>
          ${this.textField('profile.name', t.name, this.name, (v) => (this.name = v), errors, { autocomplete: 'name' })}
          ${this.textField('profile.whatsapp', t.whatsapp, this.whatsapp, (v) => (this.whatsapp = v), errors, {
            type: 'tel',
            inputmode: 'tel',
            autocomplete: 'tel',
            hint: t.whatsappHint,
            placeholder: '+62',
            onBlur: () => (this.whatsapp = normalizeWhatsapp(this.whatsapp)),
          })}
          <div class="row two">
            ${this.textField('profile.city', t.city, this.city, (v) => (this.city = v), errors, {
              autocomplete: 'address-level2',
              placeholder: t.cityPlaceholder,
            })}
            ${this.textField('profile.province', t.province, this.province, (v) => (this.province = v), errors, {
              autocomplete: 'address-level1',
              placeholder: t.provincePlaceholder,
              optional: true,
            })}
          </div>
        </fieldset>

        ${this.renderAccounts(errors)} ${this.renderChildren(errors)} ${this.renderNiches(campaign, errors)}

        <fieldset>
          <legend><h3>${t.sectionAnswers}</h3></legend>
          ${this.textArea('answers.whyMe', t.whyMe, this.whyMe, (v) => (this.whyMe = v), errors, t.whyMeHint)}
          ${this.textArea('answers.contentIdea', t.contentIdea, this.contentIdea, (v) => (this.contentIdea = v), errors, t.contentIdeaHint)}
        </fieldset>

        <fieldset>
          <legend><h3>${t.sectionConfirm}</h3></legend>
          ${this.checkbox('answers.eligibility.meetsRequirements', t.meetsRequirements, this.meetsRequirements, (v) => (this.meetsRequirements = v), errors)}
          ${this.checkbox('answers.eligibility.willFollowBrief', t.willFollowBrief, this.willFollowBrief, (v) => (this.willFollowBrief = v), errors)}
          ${this.checkbox('consent', t.consent, this.consent, (v) => (this.consent = v), errors, 'consent')}
        </fieldset>

        ${shownUnmet.length > 0
          ? html`<div class="notice warning unmet" role="note" data-unmet>
              <strong>${t.unmetSummary}</strong>
              <ul>
                ${shownUnmet.map((u) => html`<li>${this.unmetMessage(u, this.lang_)}</li>`)}
              </ul>
            </div>`
          : nothing}
        ${this.formError ? html`<div class="notice error" role="alert" tabindex="-1">${this.formError}</div>` : nothing}

        <button
          class="button block submit"
          part="submit"
          type="submit"
          aria-disabled=${this.phase === 'submitting' || shownUnmet.length > 0 ? 'true' : 'false'}
        >
          ${this.phase === 'submitting' ? html`<span class="spinner" aria-hidden="true"></span>${t.submitting}` : t.submit}
        </button>
      </form>
    `;
  }

  // --- fields ------------------------------------------------------------------------------

  private describedBy(path: string, errors: Record<string, string>, hasHint: boolean): string | undefined {
    const ids = [hasHint ? `${fieldId(path)}-hint` : '', errors[path] ? `${fieldId(path)}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  }

  private errorText(path: string, errors: Record<string, string>): TemplateResult | typeof nothing {
    const message = errors[path];
    return message ? html`<p class="field-error" id="${fieldId(path)}-error">${message}</p>` : nothing;
  }

  private textField(
    path: string,
    label: string,
    value: string,
    set: (v: string) => void,
    errors: Record<string, string>,
    options: {
      type?: string;
      inputmode?: string;
      autocomplete?: string;
      hint?: string;
      placeholder?: string;
      optional?: boolean;
      onBlur?: () => void;
    } = {},
  ): TemplateResult {
    const c = common(this.lang_);
    const id = fieldId(path);
    return html`<div class="field">
      <label for=${id}>${label}${options.optional ? html` <span class="optional">(${c.optional})</span>` : nothing}</label>
      ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
      <input
        id=${id}
        data-path=${path}
        type=${options.type ?? 'text'}
        inputmode=${ifDefined(options.inputmode)}
        autocomplete=${ifDefined(options.autocomplete)}
        placeholder=${ifDefined(options.placeholder)}
        ?required=${!options.optional}
        aria-invalid=${errors[path] ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy(path, errors, Boolean(options.hint)))}
        .value=${value}
        @input=${(e: Event) => {
          set((e.target as HTMLInputElement).value);
          this.touch(path);
        }}
        @blur=${options.onBlur}
      />
      ${this.errorText(path, errors)}
    </div>`;
  }

  private textArea(
    path: string,
    label: string,
    value: string,
    set: (v: string) => void,
    errors: Record<string, string>,
    hint: string,
  ): TemplateResult {
    const id = fieldId(path);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <p class="hint" id="${id}-hint">${hint}</p>
      <textarea
        id=${id}
        data-path=${path}
        required
        rows="4"
        aria-invalid=${errors[path] ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy(path, errors, true))}
        .value=${value}
        @input=${(e: Event) => {
          set((e.target as HTMLTextAreaElement).value);
          this.touch(path);
        }}
      ></textarea>
      ${this.errorText(path, errors)}
    </div>`;
  }

  private checkbox(
    path: string,
    label: string,
    checked: boolean,
    set: (v: boolean) => void,
    errors: Record<string, string>,
    extraClass = '',
  ): TemplateResult {
    const id = fieldId(path);
    return html`<div class="field check-field ${extraClass}">
      <label class="check" for=${id}>
        <input
          id=${id}
          data-path=${path}
          type="checkbox"
          required
          aria-invalid=${errors[path] ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.describedBy(path, errors, false))}
          .checked=${checked}
          @change=${(e: Event) => {
            set((e.target as HTMLInputElement).checked);
            this.touch(path);
          }}
        />
        <span>${label}</span>
      </label>
      ${this.errorText(path, errors)}
    </div>`;
  }

  private renderAccounts(errors: Record<string, string>): TemplateResult {
    const t = applyFormMessages(this.lang_);
    const c = common(this.lang_);
    const groupPath = 'profile.socialAccounts';
    const groupError = errors[groupPath];
    const update = (key: number, patch: Partial<AccountRow>) => {
      this.accounts = this.accounts.map((a) => (a.key === key ? { ...a, ...patch } : a));
    };
    return html`<fieldset
      data-path=${groupPath}
      ?data-invalid=${Boolean(groupError)}
      aria-describedby="${fieldId(groupPath)}-hint${groupError ? ` ${fieldId(groupPath)}-error` : ''}"
    >
      <legend><h3>${t.sectionSocial}</h3></legend>
      <p class="hint" id="${fieldId(groupPath)}-hint">${t.socialHint}</p>
      ${this.accounts.map((a, i) => {
        const base = `${groupPath}.${i}`;
        return html`<div class="row-card" role="group" aria-label=${t.accountLegend(i + 1)}>
          <div class="row account">
            <div class="field">
              <label for=${fieldId(`${base}.platform`)}>${t.platform}</label>
              <select
                id=${fieldId(`${base}.platform`)}
                data-path="${base}.platform"
                aria-invalid=${errors[`${base}.platform`] ? 'true' : 'false'}
                @change=${(e: Event) => {
                  update(a.key, { platform: (e.target as HTMLSelectElement).value as Platform });
                  this.touch(groupPath);
                }}
              >
                ${PLATFORMS.map((p) => html`<option value=${p} ?selected=${p === a.platform}>${c.platform[p]}</option>`)}
              </select>
              ${this.errorText(`${base}.platform`, errors)}
            </div>
            <div class="field">
              <label for=${fieldId(`${base}.handle`)}>${t.handle}</label>
              <input
                id=${fieldId(`${base}.handle`)}
                data-path="${base}.handle"
                type="text"
                autocapitalize="none"
                spellcheck="false"
                placeholder=${t.handlePlaceholder}
                required
                aria-invalid=${errors[`${base}.handle`] ? 'true' : 'false'}
                aria-describedby=${ifDefined(this.describedBy(`${base}.handle`, errors, false))}
                .value=${a.handle}
                @input=${(e: Event) => {
                  update(a.key, { handle: (e.target as HTMLInputElement).value });
                  this.touch(`${base}.handle`);
                }}
              />
              ${this.errorText(`${base}.handle`, errors)}
            </div>
            <div class="field">
              <label for=${fieldId(`${base}.followers`)}>${t.followers}</label>
              <input
                id=${fieldId(`${base}.followers`)}
                data-path="${base}.followers"
                type="text"
                inputmode="numeric"
                placeholder="0"
                required
                aria-invalid=${errors[`${base}.followers`] ? 'true' : 'false'}
                aria-describedby=${ifDefined(this.describedBy(`${base}.followers`, errors, false))}
                .value=${a.followers}
                @input=${(e: Event) => {
                  update(a.key, { followers: (e.target as HTMLInputElement).value });
                  this.touch(`${base}.followers`);
                  this.touch(groupPath);
                }}
              />
              ${this.errorText(`${base}.followers`, errors)}
            </div>
          </div>
          ${this.accounts.length > 1
            ? html`<button
                class="button ghost small remove"
                type="button"
                @click=${() => {
                  this.accounts = this.accounts.filter((x) => x.key !== a.key);
                  this.touch(groupPath);
                }}
              >
                ${t.removeAccount(i + 1)}
              </button>`
            : nothing}
        </div>`;
      })}
      ${groupError ? html`<p class="field-error" id="${fieldId(groupPath)}-error">${groupError}</p>` : nothing}
      ${this.accounts.length < 8
        ? html`<button
            class="button secondary small add"
            type="button"
            @click=${async () => {
              const used = new Set(this.accounts.map((a) => a.platform));
              this.accounts = [...this.accounts, newAccount(PLATFORMS.find((p) => !used.has(p)) ?? 'instagram')];
              await this.updateComplete;
              this.renderRoot.querySelector<HTMLElement>(`#${fieldId(`${groupPath}.${this.accounts.length - 1}.platform`)}`)?.focus();
            }}
          >
            <span aria-hidden="true">+</span> ${t.addAccount}
          </button>`
        : nothing}
    </fieldset>`;
  }

  private renderChildren(errors: Record<string, string>): TemplateResult {
    const t = applyFormMessages(this.lang_);
    const groupPath = 'profile.children';
    const groupError = errors[groupPath];
    const months = monthNames(this.lang_);
    const thisYear = (this.now ?? new Date()).getFullYear();
    const years = Array.from({ length: 26 }, (_, i) => thisYear - i);
    const update = (key: number, patch: Partial<ChildRow>) => {
      this.children_ = this.children_.map((c) => (c.key === key ? { ...c, ...patch } : c));
      this.touch(groupPath);
    };
    return html`<fieldset
      data-path=${groupPath}
      ?data-invalid=${Boolean(groupError)}
      aria-describedby="${fieldId(groupPath)}-hint${groupError ? ` ${fieldId(groupPath)}-error` : ''}"
    >
      <legend><h3>${t.sectionChildren}</h3></legend>
      <p class="hint" id="${fieldId(groupPath)}-hint">${t.childrenHint}</p>
      ${this.children_.map((child, i) => {
        const base = `${groupPath}.${i}`;
        const yearOptions = child.birthYear && !years.includes(Number(child.birthYear)) ? [...years, Number(child.birthYear)] : years;
        return html`<div class="row-card" role="group" aria-label=${t.child(i + 1)}>
          <p class="row-title" aria-hidden="true">${t.child(i + 1)}</p>
          <div class="row two">
            <div class="field">
              <label for=${fieldId(`${base}.birthMonth`)}>${t.birthMonth}</label>
              <select
                id=${fieldId(`${base}.birthMonth`)}
                data-path="${base}.birthMonth"
                required
                aria-invalid=${errors[`${base}.birthMonth`] ? 'true' : 'false'}
                aria-describedby=${ifDefined(this.describedBy(`${base}.birthMonth`, errors, false))}
                @change=${(e: Event) => update(child.key, { birthMonth: (e.target as HTMLSelectElement).value })}
              >
                <option value="" ?selected=${child.birthMonth === ''}>${t.choose}</option>
                ${months.map((m, idx) => html`<option value=${idx + 1} ?selected=${child.birthMonth === String(idx + 1)}>${m}</option>`)}
              </select>
              ${this.errorText(`${base}.birthMonth`, errors)}
            </div>
            <div class="field">
              <label for=${fieldId(`${base}.birthYear`)}>${t.birthYear}</label>
              <select
                id=${fieldId(`${base}.birthYear`)}
                data-path="${base}.birthYear"
                required
                aria-invalid=${errors[`${base}.birthYear`] ? 'true' : 'false'}
                aria-describedby=${ifDefined(this.describedBy(`${base}.birthYear`, errors, false))}
                @change=${(e: Event) => update(child.key, { birthYear: (e.target as HTMLSelectElement).value })}
              >
                <option value="" ?selected=${child.birthYear === ''}>${t.choose}</option>
                ${yearOptions.map((y) => html`<option value=${y} ?selected=${child.birthYear === String(y)}>${y}</option>`)}
              </select>
              ${this.errorText(`${base}.birthYear`, errors)}
            </div>
          </div>
          <button
            class="button ghost small remove"
            type="button"
            @click=${() => {
              this.children_ = this.children_.filter((x) => x.key !== child.key);
              this.touch(groupPath);
            }}
          >
            ${t.removeChild(i + 1)}
          </button>
        </div>`;
      })}
      ${groupError ? html`<p class="field-error" id="${fieldId(groupPath)}-error">${groupError}</p>` : nothing}
      ${this.children_.length < 12
        ? html`<button
            class="button secondary small add"
            type="button"
            @click=${async () => {
              this.children_ = [...this.children_, newChild()];
              this.touch(groupPath);
              await this.updateComplete;
              this.renderRoot.querySelector<HTMLElement>(`#${fieldId(`${groupPath}.${this.children_.length - 1}.birthMonth`)}`)?.focus();
            }}
          >
            <span aria-hidden="true">+</span> ${t.addChild}
          </button>`
        : nothing}
    </fieldset>`;
  }

  private renderNiches(campaign: Campaign, errors: Record<string, string>): TemplateResult {
    const t = applyFormMessages(this.lang_);
    const path = 'profile.niches';
    const key = nicheKey;
    const options: string[] = [...COMMON_NICHES];
    for (const n of [...campaign.requirements.niches, ...this.niches]) {
      if (!options.some((o) => key(o) === key(n))) options.push(n);
    }
    const selected = new Set(this.niches.map(key));
    return html`<fieldset data-path=${path} ?data-invalid=${Boolean(errors[path])} aria-describedby="${fieldId(path)}-hint">
      <legend><h3>${t.sectionNiches}</h3></legend>
      <p class="hint" id="${fieldId(path)}-hint">${t.nichesHint}</p>
      <div class="chips">
        ${options.map((niche) => {
          const on = selected.has(key(niche));
          return html`<label class=${classMap({ 'niche-chip': true, on })}>
            <input
              type="checkbox"
              .checked=${on}
              value=${niche}
              @change=${(e: Event) => {
                const checked = (e.target as HTMLInputElement).checked;
                this.niches = checked ? [...this.niches, niche] : this.niches.filter((n) => key(n) !== key(niche));
                this.touch(path);
              }}
            />
            <span class="tick" aria-hidden="true">${on ? '✓' : '+'}</span>
            <span>${this.nicheLabel(niche)}</span>
          </label>`;
        })}
      </div>
      ${this.errorText(path, errors)}
    </fieldset>`;
  }
}

/** Month names as people say them in the locale: `Januari` … `Desember`. */
function monthNames(locale: Locale): string[] {
  const format = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 1))));
}
