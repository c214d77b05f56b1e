import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EWALLETS, INDONESIAN_BANKS, type Locale, type PayoutProfile, type PayoutProfileInput } from '@ibusibuk/sdk';
import type { FieldController } from '../../internal/field-controller.js';
import { messages } from './payout-details.messages.js';

/** The payout details form: bank or e-wallet, then the tax id; and what she types, as she types it. */

export interface PayoutValues {
  method: 'bank' | 'ewallet';
  bankCode: string;
  accountNumber: string;
  holderName: string;
  provider: string;
  phone: string;
  name: string;
  taxKind: 'none' | 'npwp' | 'nik';
  taxNumber: string;
}

export const emptyValues = (): PayoutValues => ({
  method: 'bank',
  bankCode: '',
  accountNumber: '',
  holderName: '',
  provider: '',
  phone: '',
  name: '',
  taxKind: 'none',
  taxNumber: '',
});

/** The form filled from what she gave before (the API returns her own numbers in full). */
export function valuesOf(profile: PayoutProfile | undefined): PayoutValues {
  const values = emptyValues();
  const d = profile?.details;
  if (d?.method === 'bank') Object.assign(values, { method: 'bank', bankCode: d.bankCode, accountNumber: d.accountNumber, holderName: d.holderName });
  if (d?.method === 'ewallet') Object.assign(values, { method: 'ewallet', provider: d.provider, phone: d.phone, name: d.name });
  if (profile?.taxId) Object.assign(values, { taxKind: profile.taxId.kind, taxNumber: profile.taxId.number });
  return values;
}

/** The request body, before the SDK's schema checks it. */
export function inputOf(v: PayoutValues): PayoutProfileInput {
  const details =
    v.method === 'bank'
      ? { method: 'bank' as const, bankCode: v.bankCode, accountNumber: v.accountNumber, holderName: v.holderName.trim() }
      : { method: 'ewallet' as const, provider: v.provider, phone: v.phone, name: v.name.trim() };
  const taxId = v.taxKind === 'none' ? null : { kind: v.taxKind, number: v.taxNumber };
  return { details, taxId } as PayoutProfileInput;
}

export interface PayoutFormView {
  locale: Locale;
  fields: FieldController;
  values: PayoutValues;
  saving: boolean;
  formError: string;
  /** Offer "cancel" (she is changing details she gave before). */
  cancellable: boolean;
  set(patch: Partial<PayoutValues>, path?: string): void;
  submit(e: Event): void;
  cancel(): void;
}

type Key = keyof PayoutValues;

function text(view: PayoutFormView, path: string, key: Key, label: string, options: { inputmode?: string; type?: string; autocomplete?: string; hint?: string } = {}) {
  const { fields } = view;
  return html`<div class="field">
    ${fields.label(path, label)} ${options.hint ? fields.hint(path, options.hint) : nothing}
    <input
      id=${fields.id(path)}
      type=${options.type ?? 'text'}
      inputmode=${ifDefined(options.inputmode)}
      autocomplete=${ifDefined(options.autocomplete)}
      .value=${view.values[key]}
      aria-invalid=${fields.invalid(path)}
      aria-describedby=${fields.describedBy(path, ...(options.hint ? ['hint'] : []))}
      @input=${(e: Event) => view.set({ [key]: (e.target as HTMLInputElement).value }, path)}
    />
    ${fields.errorText(path)}
  </div>`;
}

function choice(view: PayoutFormView, path: string, key: Key, label: string, pick: string, options: readonly { value: string; name: string }[]) {
  const { fields } = view;
  return html`<div class="field">
    ${fields.label(path, label)}
    <select
      id=${fields.id(path)}
      aria-invalid=${fields.invalid(path)}
      aria-describedby=${fields.describedBy(path)}
      @change=${(e: Event) => view.set({ [key]: (e.target as HTMLSelectElement).value }, path)}
    >
      <option value="" ?selected=${view.values[key] === ''}>${pick}</option>
      ${options.map((o) => html`<option value=${o.value} ?selected=${view.values[key] === o.value}>${o.name}</option>`)}
    </select>
    ${fields.errorText(path)}
  </div>`;
}

function radios<K extends 'method' | 'taxKind'>(view: PayoutFormView, name: K, options: [PayoutValues[K], string][]) {
  return html`<div class="choices">
    ${options.map(
      ([value, label]) => html`<label class="choice">
        <input type="radio" name=${name} value=${value} .checked=${view.values[name] === value} @change=${() => view.set({ [name]: value })} />
        ${label}
      </label>`,
    )}
  </div>`;
}

export function payoutForm(view: PayoutFormView): TemplateResult {
  const t = messages(view.locale);
  const v = view.values;
  const banks = INDONESIAN_BANKS.map((b) => ({ value: b.code, name: b.name }));
  const wallets = Object.entries(EWALLETS).map(([value, name]) => ({ value, name }));
  return html`<form novalidate part="form" @submit=${view.submit}>
    <fieldset>
      <legend>${t.method}</legend>
      ${radios(view, 'method', [
        ['bank', t.bank],
        ['ewallet', t.ewallet],
      ])}
    </fieldset>
    ${v.method === 'bank'
      ? html`${choice(view, 'details.bankCode', 'bankCode', t.bankLabel, t.bankPick, banks)}
        ${text(view, 'details.accountNumber', 'accountNumber', t.accountNumber, { inputmode: 'numeric', autocomplete: 'off' })}
        ${text(view, 'details.holderName', 'holderName', t.holderName, { autocomplete: 'name', hint: t.holderHint })}`
      : html`${choice(view, 'details.provider', 'provider', t.provider, t.providerPick, wallets)}
        ${text(view, 'details.phone', 'phone', t.phone, { type: 'tel', inputmode: 'tel', autocomplete: 'tel', hint: t.phoneHint })}
        ${text(view, 'details.name', 'name', t.walletName, { autocomplete: 'name' })}`}
    <fieldset aria-describedby="tax-note">
      <legend>${t.taxLegend}</legend>
      ${radios(view, 'taxKind', [
        ['none', t.taxNone],
        ['npwp', t.taxNpwp],
        ['nik', t.taxNik],
      ])}
      ${v.taxKind === 'none' ? nothing : text(view, 'taxId.number', 'taxNumber', t.taxNumber, { inputmode: 'numeric', autocomplete: 'off' })}
      <p class="hint tax-note" id="tax-note" data-tax-note>${t.taxNote}</p>
    </fieldset>
    ${view.formError ? html`<p class="notice error" role="alert">${view.formError}</p>` : nothing}
    <div class="actions">
      <button type="submit" class="button" ?disabled=${view.saving}>${view.saving ? t.saving : t.save}</button>
      ${view.cancellable ? html`<button type="button" class="button secondary" @click=${view.cancel}>${t.cancel}</button>` : nothing}
    </div>
  </form>`;
}
