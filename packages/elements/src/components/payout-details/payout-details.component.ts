import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { PayoutProfileInput, PayoutProfiles, validate, type PayoutProfile } from '@ibusibuk/sdk';
import { IbuSibukElement } from '../../internal/ibusibuk-element.js';
import { FieldController } from '../../internal/field-controller.js';
import { describeError } from '../../internal/errors.js';
import { tokens } from '../../styles/tokens.styles.js';
import { controls } from '../../styles/controls.styles.js';
import { messages } from './payout-details.messages.js';
import { styles } from './payout-details.styles.js';
import { emptyValues, inputOf, payoutForm, valuesOf, type PayoutValues } from './payout-details.form.js';

const fieldId = (path: string) => `pd-${path.replaceAll('.', '-')}`;

/**
 * Where the signed-in KOL's fees go (a bank account or an e-wallet) and her NPWP or NIK:
 * given once for every campaign, asked from acceptance on, never needed to apply. Shown
 * masked once given (`BCA •••• 7890`), with a button to change it until `locked`.
 *
 * Inside `<ibusibuk-provider>` with a signed-in KOL; renders nothing otherwise.
 *
 * @tag ibusibuk-payout-details
 *
 * @event ibusibuk-payout-profile-save - She saved her payout details. `detail: { profile }`
 * @event ibusibuk-error-show - A failure was shown to the user. `detail: { code, message, requestId }`
 *
 * @csspart base - The card around everything.
 * @csspart summary - The masked account and tax id once given.
 * @csspart form - The form.
 */
export class IbuSibukPayoutDetails extends IbuSibukElement {
  static override styles = [tokens, controls, styles];

  /** The payout was recorded: the details it went to are shown, not editable. */
  @property({ type: Boolean, reflect: true }) locked = false;

  /** Render only while no details are given (where another step asks for them too). */
  @property({ type: Boolean, attribute: 'only-if-missing' }) onlyIfMissing = false;

  @state() private _editing = false;
  @state() private _values: PayoutValues = emptyValues();
  @state() private _errors: Record<string, string> = {};
  @state() private _formError = '';
  @state() private _saving = false;
  @state() private _saved: PayoutProfile | undefined;
  @state() private _announcement = '';
  /** Whether this element showed the form because nothing was given yet (so it keeps showing after a save). */
  private _askedHere = false;

  private readonly _fields = new FieldController(this, { errors: () => this._errors, id: fieldId });

  private readonly _profile = new Task(this, {
    args: () => [this.ibusibuk?.kol ? this.ibusibuk.client : undefined] as const,
    task: async ([client], { signal }) => {
      if (!client) return undefined;
      const profile = await new PayoutProfiles(client).get({ signal });
      if (!profile.details) {
        this._askedHere = true;
        this._values = emptyValues();
      }
      return profile;
    },
    onError: (error) => this.emitError(describeError(error, this.lang_)),
  });

  private get _current(): PayoutProfile | undefined {
    return this._saved ?? this._profile.value;
  }

  protected override render(): TemplateResult | typeof nothing {
    const profile = this._current;
    if (!profile) return nothing;
    if (this.onlyIfMissing && !this._askedHere) return nothing;
    const t = messages(this.lang_);
    const asking = !this.locked && (this._editing || !profile.details);
    return html`<section part="base" class="card payout-details" aria-labelledby="pd-title">
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      <h3 id="pd-title" tabindex="-1">${t.title}</h3>
      ${asking ? this._form(profile) : this._summary(profile)}
    </section>`;
  }

  private _summary(profile: PayoutProfile): TemplateResult {
    const t = messages(this.lang_);
    const tax = profile.taxId ? t.taxGiven(profile.taxId.kind === 'npwp' ? t.taxNpwp : t.taxNik) : t.taxMissing;
    return html`<dl class="summary" part="summary">
        <div><dt>${t.sendTo}</dt><dd data-masked>${profile.masked}</dd></div>
        <div><dt>${t.taxId}</dt><dd data-tax-id class=${profile.taxId ? '' : 'missing'}>${tax}</dd></div>
      </dl>
      ${this.locked
        ? html`<p class="hint">${t.locked}</p>`
        : html`<button type="button" class="button secondary small" id="pd-edit" @click=${this._edit}>${t.edit}</button>`}`;
  }

  private _form(profile: PayoutProfile): TemplateResult {
    return html`${profile.details ? nothing : html`<p class="intro">${messages(this.lang_).intro}</p>`}
      ${payoutForm({
        locale: this.lang_,
        fields: this._fields,
        values: this._values,
        saving: this._saving,
        formError: this._formError,
        cancellable: Boolean(profile.details),
        set: (patch, path) => {
          this._values = { ...this._values, ...patch };
          if (path && this._errors[path]) this._errors = { ...this._errors, [path]: '' };
        },
        submit: (e) => void this._save(e),
        cancel: () => void this._close(),
      })}`;
  }

  private async _edit(): Promise<void> {
    this._values = valuesOf(this._current);
    this._errors = {};
    this._formError = '';
    this._editing = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input[name="method"]:checked')?.focus();
  }

  private async _close(): Promise<void> {
    this._editing = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#pd-edit')?.focus();
  }

  private async _save(e: Event): Promise<void> {
    e.preventDefault();
    const client = this.ibusibuk?.client;
    if (!client || this._saving) return;
    const t = messages(this.lang_);
    this._formError = '';
    const checked = validate(PayoutProfileInput, inputOf(this._values), this.lang_);
    if (!checked.success) {
      this._errors = checked.fields;
      this._formError = t.formError;
      await this.updateComplete;
      this._fields.focusFirstError();
      return;
    }
    this._errors = {};
    this._saving = true;
    try {
      const profile = await new PayoutProfiles(client).update(checked.data);
      this._saved = profile;
      this._editing = false;
      this._announcement = t.saved;
      this.emit('ibusibuk-payout-profile-save', { profile });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#pd-edit')?.focus();
    } catch (error) {
      const detail = describeError(error, this.lang_);
      this._formError = detail.message;
      this.emitError(detail);
    } finally {
      this._saving = false;
    }
  }
}
