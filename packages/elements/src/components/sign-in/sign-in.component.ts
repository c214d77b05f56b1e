import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { IbuSibukElement } from '../../internal/ibusibuk-element.js';
import { FieldController } from '../../internal/field-controller.js';
import { describeError, fieldsOf } from '../../internal/errors.js';
import { common } from '../../internal/common.messages.js';
import { tokens } from '../../styles/tokens.styles.js';
import { controls } from '../../styles/controls.styles.js';
import { styles } from './sign-in.styles.js';
import { messages } from './sign-in.messages.js';

const RESEND_SECONDS = 60;

/**
 * Email one-time-code sign-in for a KOL: she enters her email, receives a 6-digit
 * code and types it here. The session itself is kept by the enclosing
 * `<ibusibuk-provider>`, which fires `ibusibuk-session-start` once she is in.
 *
 * @tag ibusibuk-sign-in
 * @event ibusibuk-session-start - Fired by the enclosing provider (it bubbles through the page) when the code was accepted. `detail: { kol }`.
 * @event ibusibuk-error-show - A failure the element showed (network, rate limit …). `detail: { code, message, requestId }`.
 * @csspart base - The card around the form.
 * @csspart heading - The heading.
 * @csspart input - The email and code inputs.
 * @csspart button - The main button of each step.
 * @csspart error - Error notices.
 * @cssprop --ibusibuk-color-primary - Button and link colour.
 * @cssprop --ibusibuk-radius - Corner radius of the card.
 */
export class IbuSibukSignIn extends IbuSibukElement {
  static override styles = [tokens, controls, styles];

  /** Overrides the heading, e.g. "Masuk untuk mendaftar". */
  @property() heading = '';

  /** Email to start with (for example from the host page's own account). */
  @property() email = '';

  @state() private _step: 'email' | 'code' = 'email';
  @state() private _code = '';
  @state() private _busy = false;
  @state() private _emailError = '';
  @state() private _codeError = '';
  @state() private _formError = '';
  @state() private _status = '';
  @state() private _resendIn = 0;

  @query('#email') private _emailInput?: HTMLInputElement;
  @query('#code') private _codeInput?: HTMLInputElement;

  private readonly _fields = new FieldController(this, { errors: () => ({ email: this._emailError, code: this._codeError }) });

  private _timer: ReturnType<typeof setInterval> | undefined;
  private _focusNext: 'email' | 'code' | undefined;

  /** zod/mini and the sign-in's schemas: fetched when the element connects, beside it rather than in its first load (bundle budget, scripts/size.mjs). */
  private _forms: typeof import('@ibusibuk/sdk/forms') | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void import('@ibusibuk/sdk/forms').then((forms) => (this._forms = forms));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopTimer();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this._focusNext) {
      const target = this._focusNext === 'code' ? this._codeInput : this._emailInput;
      this._focusNext = undefined;
      target?.focus();
    }
  }

  protected override render() {
    const t = messages(this.lang_);
    const ctx = this.ibusibuk;
    if (!ctx) {
      return html`<div class="notice error" role="alert" part="error">${t.noProvider}</div>`;
    }
    if (ctx.kol) {
      return html`<div class="card signed-in" part="base">
          <span>${t.signedInAs} <strong>${ctx.kol.name ?? ctx.kol.email}</strong></span>
          <button type="button" class="button ghost small" @click=${() => ctx.signOut()}>${t.signOut}</button>
        </div>
        ${this._live()}`;
    }
    return html`<div class="card panel" part="base">
        ${this._step === 'email' ? this._emailStep() : this._codeStep()}
      </div>
      ${this._live()}`;
  }

  private _live() {
    return html`<p class="visually-hidden" role="status" aria-live="polite">${this._status}</p>`;
  }

  private _formNotice() {
    return this._formError ? html`<div class="notice error" role="alert" part="error">${this._formError}</div>` : nothing;
  }

  private _emailStep() {
    const t = messages(this.lang_);
    return html`<h2 part="heading">${this.heading || t.heading}</h2>
      <p class="intro">${t.intro}</p>
      ${this._formNotice()}
      <form novalidate @submit=${this._onRequest}>
        <div class="field">
          ${this._fields.label('email', t.emailLabel)}
          <input
            id="email"
            part="input"
            type="email"
            name="email"
            autocomplete="email"
            inputmode="email"
            spellcheck="false"
            autocapitalize="off"
            placeholder=${t.emailPlaceholder}
            .value=${this.email}
            aria-invalid=${this._fields.invalid('email')}
            aria-describedby=${this._fields.describedBy('email')}
            @input=${(e: Event) => {
              this.email = (e.target as HTMLInputElement).value;
              this._emailError = '';
            }}
          />
          ${this._fields.errorText('email', true)}
        </div>
        <button class="button block" part="button" type="submit" ?disabled=${this._busy} aria-busy=${this._busy ? 'true' : 'false'}>
          ${this._busy ? html`<span class="spinner" aria-hidden="true"></span>${t.sending}` : t.sendCode}
        </button>
      </form>`;
  }

  private _codeStep() {
    const t = messages(this.lang_);
    const countdown = `${Math.floor(this._resendIn / 60)}:${String(this._resendIn % 60).padStart(2, '0')}`;
    return html`<h2 part="heading">${t.codeHeading}</h2>
      <p class="intro">${t.codeSentTo} <strong>${this.email}</strong>. ${t.codeValidity}</p>
      ${this._formNotice()}
      <form novalidate @submit=${this._onVerify}>
        <div class="field">
          ${this._fields.label('code', t.codeLabel)}
          <input
            id="code"
            class="code-input"
            part="input"
            type="text"
            name="code"
            inputmode="numeric"
            autocomplete="one-time-code"
            pattern="[0-9]*"
            maxlength="6"
            .value=${this._code}
            aria-invalid=${this._fields.invalid('code')}
            aria-describedby=${this._fields.describedBy('code', 'error', 'hint')}
            @input=${this._onCodeInput}
          />
          ${this._fields.hint('code', t.codeHint, true)} ${this._fields.errorText('code', true)}
        </div>
        <div class="actions">
          <button class="button block" part="button" type="submit" ?disabled=${this._busy} aria-busy=${this._busy ? 'true' : 'false'}>
            ${this._busy ? html`<span class="spinner" aria-hidden="true"></span>${t.verifying}` : t.verify}
          </button>
        </div>
        <div class="secondary-actions">
          <button type="button" class="button ghost small" @click=${this._changeEmail}>${t.changeEmail}</button>
          <button type="button" class="button ghost small resend" ?disabled=${this._resendIn > 0 || this._busy} @click=${this._onResend}>
            ${this._resendIn > 0 ? t.resendIn(countdown) : t.resend}
          </button>
        </div>
      </form>`;
  }

  private _onCodeInput(e: Event): void {
    const input = e.target as HTMLInputElement;
    const digits = input.value.replace(/\D/g, '').slice(0, 6);
    if (digits !== input.value) input.value = digits;
    this._code = digits;
    this._codeError = '';
    // A code pasted or filled in by the phone's autofill goes straight through.
    if (digits.length === 6 && (e as InputEvent).inputType !== 'insertText') void this._verify();
  }

  private async _onRequest(e: Event): Promise<void> {
    e.preventDefault();
    await this._request(false);
  }

  private async _onResend(): Promise<void> {
    await this._request(true);
  }

  private async _request(resend: boolean): Promise<void> {
    // Still on its way on a very early try: waited for before the busy check, so a second tap meanwhile finds the sign-in busy.
    const { validate, RequestCodeInput } = (this._forms ??= await import('@ibusibuk/sdk/forms'));
    const t = messages(this.lang_);
    const ctx = this.ibusibuk;
    if (!ctx || this._busy) return;
    this._formError = '';
    const checked = validate(RequestCodeInput, { email: this.email.trim() }, this.lang_);
    if (!checked.success) {
      this._emailError = checked.fields.email ?? common(this.lang_).genericError;
      this._step = 'email';
      this._focusNext = 'email';
      return;
    }
    const email = checked.data.email;
    this.email = email;
    this._busy = true;
    this._status = t.sending;
    try {
      await ctx.requestCode(email, this.lang_);
      this._step = 'code';
      this._code = resend ? '' : this._code;
      this._codeError = '';
      this._status = resend ? t.resent : t.codeSent(email);
      this._startTimer();
      this._focusNext = 'code';
    } catch (error) {
      this._showRequestError(error);
    } finally {
      this._busy = false;
    }
  }

  private _showRequestError(error: unknown): void {
    const t = messages(this.lang_);
    const detail = describeError(error, this.lang_);
    const fields = fieldsOf(error);
    if (detail.code === 'rate_limited') {
      const seconds = (error as { retryAfter?: number }).retryAfter ?? 60;
      this._formError = t.rateLimited(Math.ceil(seconds / 60));
      if (this._step === 'code') this._startTimer(seconds);
    } else if (fields.email && this._step === 'email') {
      this._emailError = fields.email;
      this._focusNext = 'email';
    } else {
      this._formError = detail.message;
    }
    this._status = this._formError || this._emailError;
    this.emitError({ ...detail, message: this._status || detail.message });
  }

  private async _onVerify(e: Event): Promise<void> {
    e.preventDefault();
    await this._verify();
  }

  private async _verify(): Promise<void> {
    const { validate, VerifyCodeInput } = (this._forms ??= await import('@ibusibuk/sdk/forms'));
    const t = messages(this.lang_);
    const ctx = this.ibusibuk;
    if (!ctx || this._busy) return;
    this._formError = '';
    const checked = validate(VerifyCodeInput, { email: this.email, code: this._code }, this.lang_);
    if (!checked.success) {
      this._codeError = checked.fields.code ?? checked.fields.email ?? common(this.lang_).genericError;
      this._focusNext = 'code';
      return;
    }
    this._busy = true;
    this._status = t.verifying;
    try {
      await ctx.verifyCode(checked.data.email, checked.data.code);
      this._status = t.welcome;
      this._stopTimer();
      this._step = 'email';
      this._code = '';
    } catch (error) {
      const detail = describeError(error, this.lang_);
      const fields = fieldsOf(error);
      if (detail.code === 'rate_limited') {
        // The server burnt the code after too many wrong tries: a new one is the only way on.
        this._formError = t.tooManyAttempts;
        this._code = '';
        this._stopTimer();
        this._resendIn = 0;
      } else if (fields.code) {
        this._codeError = fields.code;
      } else {
        this._formError = detail.message;
      }
      this._status = this._codeError || this._formError;
      this._focusNext = 'code';
      this.emitError({ ...detail, message: this._status });
    } finally {
      this._busy = false;
    }
  }

  private _changeEmail(): void {
    this._stopTimer();
    this._resendIn = 0;
    this._step = 'email';
    this._code = '';
    this._codeError = '';
    this._formError = '';
    this._focusNext = 'email';
  }

  private _startTimer(seconds = RESEND_SECONDS): void {
    this._stopTimer();
    this._resendIn = seconds;
    this._timer = setInterval(() => {
      this._resendIn = Math.max(0, this._resendIn - 1);
      if (this._resendIn === 0) this._stopTimer();
    }, 1000);
  }

  private _stopTimer(): void {
    if (this._timer !== undefined) clearInterval(this._timer);
    this._timer = undefined;
  }
}
