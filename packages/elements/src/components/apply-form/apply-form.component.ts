import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { Applications, Campaigns, Me, type Campaign, type Participation } from '@ibusibuk/sdk/client';
import { IbuSibukElement } from '../../internal/ibusibuk-element.js';
import { FieldController } from '../../internal/field-controller.js';
import { feeTax, feeTaxStyles } from '../../internal/fee-tax.js';
import { common } from '../../internal/common.messages.js';
import { describeError, fieldsOf, isAbort } from '../../internal/errors.js';
import { tokens } from '../../styles/tokens.styles.js';
import { controls } from '../../styles/controls.styles.js';
import { styles } from './apply-form.styles.js';
import { applyFormMessages } from './apply-form.messages.js';
import {
  applicationInput,
  attributionOf,
  emptyValues,
  fieldId,
  newChild,
  normalizeWhatsapp,
  prefillValues,
  profileForCheck,
  type ApplyFormPrefill,
  type ApplyFormValues,
} from './apply-form.data.js';
import { FocusAfterSignIn } from '../sign-in/sign-in.focus.js';
import { entered, FIELD_OF, missingMessage, requirementsSection, shownUnmet, unmet, unmetMessage } from './apply-form.requirements.js';
import { aboutSection, accountsSection, childrenSection, nichesSection, type FormView } from './apply-form.profile.js';
import { answersSection, confirmSection } from './apply-form.answers.js';

export { COMMON_NICHES, normalizeWhatsapp, type ApplyFormPrefill } from './apply-form.data.js';

type Phase = 'form' | 'submitting' | 'success' | 'already';

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
  static override styles = [tokens, controls, feeTaxStyles, styles];

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

  @state() private _values: ApplyFormValues = emptyValues();
  @state() private _phase: Phase = 'form';
  @state() private _attempted = false;
  @state() private _serverErrors: Record<string, string> = {};
  @state() private _formError = '';
  @state() private _announcement = '';
  @state() private _prefilled = false;
  @state() private _participation?: Participation;

  @query('form') private _formEl?: HTMLFormElement;

  /** The profile the form was last pre-filled from, so a re-render never overwrites her typing. */
  private _prefilledFrom?: ApplyFormPrefill;
  private _childRowOffered = false;

  private readonly _fields = new FieldController(this, { errors: () => this._errors, id: fieldId });

  private readonly _campaignTask = new Task(this, {
    task: async ([client, id], { signal }) => {
      if (!client || !id) return undefined;
      return new Campaigns(client).get(id, { signal });
    },
    args: () => [this.campaign ? undefined : this.ibusibuk?.client, this.campaignId] as const,
    onError: (error) => {
      if (!isAbort(error)) this.emitError(describeError(error, this.lang_));
    },
  });

  /** Signed in through the form's own sign-in step: the form's heading, once the form is there. */
  private readonly _signInFocus = new FocusAfterSignIn(
    this,
    () => Boolean(this.ibusibuk?.kol),
    () => (this.renderRoot.querySelector('form') ? this.renderRoot.querySelector<HTMLElement>('#heading') : null),
  );

  private readonly _profileTask = new Task(this, {
    task: async ([client, kolId], { signal }) => {
      if (!client || !kolId) return undefined;
      return new Me(client).get({ signal });
    },
    // Her saved profile only matters when the page gave none.
    args: () => [this.profile ? undefined : this.ibusibuk?.client, this.profile ? undefined : this.ibusibuk?.kol?.id] as const,
  });

  /** The campaign in force: the property, else the loaded one. */
  private get _campaign(): Campaign | undefined {
    return this.campaign ?? this._campaignTask.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A campaign for mothers of young children needs one: offer the first row.
    const campaign = this._campaign;
    if (campaign && !this._childRowOffered) {
      this._childRowOffered = true;
      if (campaign.requirements.childAgeMonths && this._values.children.length === 0) this._values = { ...this._values, children: [newChild()] };
    }
    const prefill = this.profile ?? this._profileTask.value ?? this.ibusibuk?.kol ?? undefined;
    if (prefill && prefill !== this._prefilledFrom && this._phase === 'form') {
      this._prefilledFrom = prefill;
      const { values, filled } = prefillValues(this._values, prefill);
      this._values = values;
      if (filled) this._prefilled = true;
    }
  }

  /** The form as the API's `ApplicationInput` (before validation). */
  private _input(): Record<string, unknown> {
    return applicationInput(this._values, attributionOf(this.ownerDocument?.defaultView?.location, this.source));
  }

  private _unmet(campaign: Campaign) {
    return unmet(campaign, profileForCheck(this._values), this.now ?? new Date());
  }

  /** zod/mini and the form's schema: fetched when the form connects, beside it rather than in its first load (bundle budget, scripts/size.mjs). */
  private _forms: typeof import('@ibusibuk/sdk/forms') | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void import('@ibusibuk/sdk/forms').then((forms) => (this._forms = forms));
  }

  /** Client-side field errors: the SDK's schema (once loaded, see _onSubmit), then the campaign's requirements. */
  private _clientErrors(): Record<string, string> {
    const input = this._input();
    const forms = this._forms;
    const result = forms?.validate(forms.ApplicationInput, input, this.lang_);
    const errors: Record<string, string> = !result || result.success ? {} : { ...result.fields };
    // An empty field is simply missing, whatever length or pattern it would need.
    for (const path of Object.keys(errors)) {
      const value = path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], input);
      if (typeof value === 'string' && value.trim() === '') errors[path] = applyFormMessages(this.lang_).required;
    }
    const campaign = this._campaign;
    if (campaign) {
      const profile = profileForCheck(this._values);
      for (const u of this._unmet(campaign)) {
        if (u.kind === 'closed') continue;
        // Missing data is asked for; only what she entered can fail a requirement.
        const message = entered(u, profile) ? unmetMessage(u, this.lang_) : missingMessage(u, this.lang_);
        if (message) errors[FIELD_OF[u.kind]] ??= message;
      }
    }
    return errors;
  }

  /** What each field shows: the server's word where it spoke, else the live client check once she tried to submit. */
  private get _errors(): Record<string, string> {
    return { ...(this._attempted ? this._clientErrors() : {}), ...this._serverErrors };
  }

  /** A field changed: forget what the server said about it. */
  private _touch(path: string): void {
    if (Object.keys(this._serverErrors).some((k) => k === path || k.startsWith(`${path}.`))) {
      this._serverErrors = Object.fromEntries(Object.entries(this._serverErrors).filter(([k]) => k !== path && !k.startsWith(`${path}.`)));
    }
    this._formError = '';
  }

  private async _onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // Still on its way on a very early submit: waited for before the check below, so a second tap meanwhile finds the form submitting.
    const forms = (this._forms ??= await import('@ibusibuk/sdk/forms'));
    if (this._phase === 'submitting') return;
    const t = applyFormMessages(this.lang_);
    const campaign = this._campaign;
    this._values = { ...this._values, whatsapp: normalizeWhatsapp(this._values.whatsapp) };
    this._attempted = true;
    this._serverErrors = {};
    this._formError = '';
    const errors = this._clientErrors();
    const count = Object.keys(errors).length;
    if (count > 0 || !campaign) {
      this._announcement = t.fixErrors(count);
      await this._focusFirstInvalid();
      return;
    }
    const client = this.ibusibuk?.client;
    if (!client) {
      this._formError = t.notConnected;
      this.emitError({ code: 'configuration_error', message: t.notConnected });
      return;
    }
    const valid = forms.validate(forms.ApplicationInput, this._input(), this.lang_);
    if (!valid.success) return;
    this._phase = 'submitting';
    this._announcement = t.submitting;
    try {
      const participation = await new Applications(client).create(campaign.id, valid.data);
      this._participation = participation;
      this._phase = 'success';
      this._announcement = t.successTitle;
      this.emit('ibusibuk-application-submit', { participation });
      this.emit('ibusibuk-participation-change', { participation });
      await this._focusAfterSubmit();
    } catch (error) {
      this._phase = 'form';
      const detail = describeError(error, this.lang_);
      if (detail.code === 'invalid_transition') {
        this._phase = 'already';
        this._announcement = t.alreadyTitle;
        await this._focusAfterSubmit();
        return;
      }
      const fields = fieldsOf(error);
      const placed = Object.fromEntries(Object.entries(fields).filter(([path]) => this._hasField(path)));
      this._serverErrors = placed;
      const unplaced = Object.entries(fields).filter(([path]) => !this._hasField(path));
      this._formError = unplaced.length > 0 ? unplaced.map(([, m]) => m).join(' ') : Object.keys(placed).length ? '' : detail.message;
      this._announcement = Object.keys(placed).length ? t.fixErrors(Object.keys(placed).length) : this._formError;
      this.emitError(detail);
      await this._focusFirstInvalid();
    }
  }

  private async _focusAfterSubmit(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-focus-after-submit]')?.focus();
  }

  /** Whether the form has a place to show an error at `path` (or a parent of it). */
  private _hasField(path: string): boolean {
    const parts = path.split('.');
    for (let n = parts.length; n > 0; n--) {
      if (this.renderRoot.querySelector(`[data-path="${CSS.escape(parts.slice(0, n).join('.'))}"]`)) return true;
    }
    return false;
  }

  private async _focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    if (this._formEl) this._fields.focusFirstError({ within: this._formEl, fallback: '.notice.error' });
  }

  // --- rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const campaign = this._campaign;
    return html`<section part="base" class="card apply" aria-labelledby="heading" aria-busy=${this._phase === 'submitting' ? 'true' : 'false'}>
      ${this._renderHeader(campaign)}
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      ${campaign ? this._renderBody(campaign) : this._renderLoadState()}
    </section>`;
  }

  private _renderHeader(campaign: Campaign | undefined): TemplateResult {
    const t = applyFormMessages(this.lang_);
    return html`<header part="header" class="header">
      ${campaign ? html`<p class="eyebrow">${campaign.brand.name}</p>` : nothing}
      <h2 id="heading" tabindex="-1">${t.heading}</h2>
      ${campaign ? html`<p class="campaign-title">${campaign.title}</p>` : nothing}
      ${campaign ? feeTax(campaign.compensation.type === 'barter' ? 0 : campaign.compensation.fee, this.lang_, campaign.compensation.productValue) : nothing}
    </header>`;
  }

  private _renderLoadState(): TemplateResult {
    const t = applyFormMessages(this.lang_);
    const c = common(this.lang_);
    if (this._campaignTask.status === TaskStatus.ERROR) {
      const detail = describeError(this._campaignTask.error, this.lang_);
      return html`<div class="notice error" role="alert">
        <strong>${t.loadError}</strong>
        <p>${detail.message}</p>
        ${detail.requestId ? html`<p class="hint">${c.requestId(detail.requestId)}</p>` : nothing}
        <button class="button secondary small" type="button" @click=${() => this._campaignTask.run()}>${c.retry}</button>
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

  private _renderBody(campaign: Campaign): TemplateResult {
    const t = applyFormMessages(this.lang_);
    if (this._phase === 'success') {
      const number = this._participation?.application.profile.whatsapp;
      return this._renderDone(t.successTitle, t.successBody, number ? html`<p class="hint">${t.successWhatsapp(number)}</p>` : nothing);
    }
    if (this._phase === 'already') return this._renderDone(t.alreadyTitle, t.alreadyBody, nothing);
    if (campaign.status !== 'open') {
      return html`<div class="notice warning" role="note">${t.closed}</div>`;
    }
    // Connected but nobody signed in: she signs in first, then the form appears.
    if (this.ibusibuk && this.ibusibuk.kol === null) {
      return html`${this._renderRequirements(campaign, false)}
        <div class="sign-in">
          <ibusibuk-sign-in locale=${this.lang_} heading=${t.signInHeading}></ibusibuk-sign-in>
        </div>`;
    }
    return this._renderForm(campaign);
  }

  private _renderDone(title: string, body: string, more: unknown): TemplateResult {
    return html`<div class="done" part="success">
      <div class="done-icon" aria-hidden="true">✓</div>
      <h3 tabindex="-1" data-focus-after-submit>${title}</h3>
      <p>${body}</p>
      ${more}
    </div>`;
  }

  private _renderRequirements(campaign: Campaign, live: boolean): TemplateResult {
    const profile = profileForCheck(this._values);
    return requirementsSection(campaign, { profile, found: this._unmet(campaign), live, locale: this.lang_ });
  }

  private _renderForm(campaign: Campaign): TemplateResult {
    const t = applyFormMessages(this.lang_);
    const view: FormView = {
      locale: this.lang_,
      fields: this._fields,
      values: () => this._values,
      now: this.now ?? new Date(),
      set: (patch) => (this._values = { ...this._values, ...patch }),
      touch: (path) => this._touch(path),
      focusSoon: async (path) => {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path)}`)?.focus();
      },
    };
    const shown = shownUnmet(this._unmet(campaign), profileForCheck(this._values));
    return html`
      ${this._renderRequirements(campaign, true)}
      <form part="form" novalidate @submit=${this._onSubmit}>
        <p class="intro">${t.intro}</p>
        ${this._prefilled ? html`<p class="notice prefilled">${t.prefilled}</p>` : nothing}
        ${aboutSection(view)} ${accountsSection(view)} ${childrenSection(view)} ${nichesSection(view, campaign)} ${answersSection(view)}
        ${confirmSection(view)}
        ${shown.length > 0
          ? html`<div class="notice warning unmet" role="note" data-unmet>
              <strong>${t.unmetSummary}</strong>
              <ul>
                ${shown.map((u) => html`<li>${unmetMessage(u, this.lang_)}</li>`)}
              </ul>
            </div>`
          : nothing}
        ${this._formError ? html`<div class="notice error" role="alert" tabindex="-1">${this._formError}</div>` : nothing}

        <button
          class="button block submit"
          part="submit"
          type="submit"
          aria-disabled=${this._phase === 'submitting' || shown.length > 0 ? 'true' : 'false'}
        >
          ${this._phase === 'submitting' ? html`<span class="spinner" aria-hidden="true"></span>${t.submitting}` : t.submit}
        </button>
      </form>
    `;
  }
}
