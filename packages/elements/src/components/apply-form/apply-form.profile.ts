import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PLATFORMS, type Campaign, type Locale, type Platform } from '@ibusibuk/sdk/client';
import { common } from '../../internal/common.messages.js';
import type { FieldController } from '../../internal/field-controller.js';
import { applyFormMessages } from './apply-form.messages.js';
import {
  COMMON_NICHES,
  newAccount,
  newChild,
  nicheKey,
  nicheLabel,
  normalizeWhatsapp,
  type AccountRow,
  type ApplyFormValues,
  type ChildRow,
} from './apply-form.data.js';

/** The profile part of the apply form: about her, her accounts, her children and her topics. */

/** What a section of the form is drawn from and reports to. */
export interface FormView {
  locale: Locale;
  fields: FieldController;
  /** The values as they are now (read at the event, not at the render). */
  values(): ApplyFormValues;
  /** The moment children's ages are counted at. */
  now: Date;
  set(patch: Partial<ApplyFormValues>): void;
  /** A field changed: forget what the server said about it. */
  touch(path: string): void;
  /** Focus the field at `path` once the form has re-rendered. */
  focusSoon(path: string): void;
}

interface TextOptions {
  type?: string;
  inputmode?: string;
  autocomplete?: string;
  hint?: string;
  placeholder?: string;
  optional?: boolean;
  onBlur?: () => void;
}

function textField(view: FormView, path: string, label: string, key: 'name' | 'whatsapp' | 'city' | 'province', options: TextOptions = {}): TemplateResult {
  const { fields } = view;
  return html`<div class="field">
    ${fields.label(path, label, options.optional ? common(view.locale).optional : undefined)}
    ${options.hint ? fields.hint(path, options.hint) : nothing}
    <input
      id=${fields.id(path)}
      data-path=${path}
      type=${options.type ?? 'text'}
      inputmode=${ifDefined(options.inputmode)}
      autocomplete=${ifDefined(options.autocomplete)}
      placeholder=${ifDefined(options.placeholder)}
      ?required=${!options.optional}
      aria-invalid=${fields.invalid(path)}
      aria-describedby=${fields.describedBy(path, ...(options.hint ? ['hint'] : []))}
      .value=${view.values()[key]}
      @input=${(e: Event) => {
        view.set({ [key]: (e.target as HTMLInputElement).value });
        view.touch(path);
      }}
      @blur=${options.onBlur}
    />
    ${fields.errorText(path)}
  </div>`;
}

export function aboutSection(view: FormView): TemplateResult {
  const t = applyFormMessages(view.locale);
  return html`<fieldset>
    <legend><h3>${t.sectionAbout}</h3></legend>
    ${textField(view, 'profile.name', t.name, 'name', { autocomplete: 'name' })}
    ${textField(view, 'profile.whatsapp', t.whatsapp, 'whatsapp', {
      type: 'tel',
      inputmode: 'tel',
      autocomplete: 'tel',
      hint: t.whatsappHint,
      placeholder: '+62',
      onBlur: () => view.set({ whatsapp: normalizeWhatsapp(view.values().whatsapp) }),
    })}
    <div class="row two">
      ${textField(view, 'profile.city', t.city, 'city', { autocomplete: 'address-level2', placeholder: t.cityPlaceholder })}
      ${textField(view, 'profile.province', t.province, 'province', {
        autocomplete: 'address-level1',
        placeholder: t.provincePlaceholder,
        optional: true,
      })}
    </div>
  </fieldset>`;
}

/** A group of rows (accounts, children): its fieldset wiring, hint and error. */
function group(view: FormView, path: string, heading: string, hint: string, rows: unknown, add: unknown): TemplateResult {
  const { fields } = view;
  return html`<fieldset data-path=${path} ?data-invalid=${Boolean(fields.error(path))} aria-describedby=${fields.describedBy(path, 'hint')}>
    <legend><h3>${heading}</h3></legend>
    ${fields.hint(path, hint)} ${rows} ${fields.errorText(path)} ${add}
  </fieldset>`;
}

export function accountsSection(view: FormView): TemplateResult {
  const { fields } = view;
  const values = view.values();
  const t = applyFormMessages(view.locale);
  const c = common(view.locale);
  const groupPath = 'profile.socialAccounts';
  const update = (key: number, patch: Partial<AccountRow>) => {
    view.set({ accounts: view.values().accounts.map((a) => (a.key === key ? { ...a, ...patch } : a)) });
  };
  const rows = values.accounts.map((a, i) => {
    const base = `${groupPath}.${i}`;
    return html`<div class="row-card" role="group" aria-label=${t.accountLegend(i + 1)}>
      <div class="row account">
        <div class="field">
          ${fields.label(`${base}.platform`, t.platform)}
          <select
            id=${fields.id(`${base}.platform`)}
            data-path="${base}.platform"
            aria-invalid=${fields.invalid(`${base}.platform`)}
            @change=${(e: Event) => {
              update(a.key, { platform: (e.target as HTMLSelectElement).value as Platform });
              view.touch(groupPath);
            }}
          >
            ${PLATFORMS.map((p) => html`<option value=${p} ?selected=${p === a.platform}>${c.platform[p]}</option>`)}
          </select>
          ${fields.errorText(`${base}.platform`)}
        </div>
        <div class="field">
          ${fields.label(`${base}.handle`, t.handle)}
          <input
            id=${fields.id(`${base}.handle`)}
            data-path="${base}.handle"
            type="text"
            autocapitalize="none"
            spellcheck="false"
            placeholder=${t.handlePlaceholder}
            required
            aria-invalid=${fields.invalid(`${base}.handle`)}
            aria-describedby=${fields.describedBy(`${base}.handle`)}
            .value=${a.handle}
            @input=${(e: Event) => {
              update(a.key, { handle: (e.target as HTMLInputElement).value });
              view.touch(`${base}.handle`);
            }}
          />
          ${fields.errorText(`${base}.handle`)}
        </div>
        <div class="field">
          ${fields.label(`${base}.followers`, t.followers)}
          <input
            id=${fields.id(`${base}.followers`)}
            data-path="${base}.followers"
            type="text"
            inputmode="numeric"
            placeholder="0"
            required
            aria-invalid=${fields.invalid(`${base}.followers`)}
            aria-describedby=${fields.describedBy(`${base}.followers`)}
            .value=${a.followers}
            @input=${(e: Event) => {
              update(a.key, { followers: (e.target as HTMLInputElement).value });
              view.touch(`${base}.followers`);
              view.touch(groupPath);
            }}
          />
          ${fields.errorText(`${base}.followers`)}
        </div>
      </div>
      ${values.accounts.length > 1
        ? html`<button
            class="button ghost small remove"
            type="button"
            @click=${() => {
              view.set({ accounts: view.values().accounts.filter((x) => x.key !== a.key) });
              view.touch(groupPath);
            }}
          >
            ${t.removeAccount(i + 1)}
          </button>`
        : nothing}
    </div>`;
  });
  const add =
    values.accounts.length < 8
      ? html`<button
          class="button secondary small add"
          type="button"
          @click=${() => {
            const used = new Set(view.values().accounts.map((a) => a.platform));
            const accounts = [...view.values().accounts, newAccount(PLATFORMS.find((p) => !used.has(p)) ?? 'instagram')];
            view.set({ accounts });
            view.focusSoon(`${groupPath}.${accounts.length - 1}.platform`);
          }}
        >
          <span aria-hidden="true">+</span> ${t.addAccount}
        </button>`
      : nothing;
  return group(view, groupPath, t.sectionSocial, t.socialHint, rows, add);
}

export function childrenSection(view: FormView): TemplateResult {
  const { fields } = view;
  const values = view.values();
  const t = applyFormMessages(view.locale);
  const groupPath = 'profile.children';
  const months = monthNames(view.locale);
  const thisYear = view.now.getFullYear();
  const years = Array.from({ length: 26 }, (_, i) => thisYear - i);
  const update = (key: number, patch: Partial<ChildRow>) => {
    view.set({ children: view.values().children.map((c) => (c.key === key ? { ...c, ...patch } : c)) });
    view.touch(groupPath);
  };
  const rows = values.children.map((child, i) => {
    const base = `${groupPath}.${i}`;
    const yearOptions = child.birthYear && !years.includes(Number(child.birthYear)) ? [...years, Number(child.birthYear)] : years;
    return html`<div class="row-card" role="group" aria-label=${t.child(i + 1)}>
      <p class="row-title" aria-hidden="true">${t.child(i + 1)}</p>
      <div class="row two">
        <div class="field">
          ${fields.label(`${base}.birthMonth`, t.birthMonth)}
          <select
            id=${fields.id(`${base}.birthMonth`)}
            data-path="${base}.birthMonth"
            required
            aria-invalid=${fields.invalid(`${base}.birthMonth`)}
            aria-describedby=${fields.describedBy(`${base}.birthMonth`)}
            @change=${(e: Event) => update(child.key, { birthMonth: (e.target as HTMLSelectElement).value })}
          >
            <option value="" ?selected=${child.birthMonth === ''}>${t.choose}</option>
            ${months.map((m, idx) => html`<option value=${idx + 1} ?selected=${child.birthMonth === String(idx + 1)}>${m}</option>`)}
          </select>
          ${fields.errorText(`${base}.birthMonth`)}
        </div>
        <div class="field">
          ${fields.label(`${base}.birthYear`, t.birthYear)}
          <select
            id=${fields.id(`${base}.birthYear`)}
            data-path="${base}.birthYear"
            required
            aria-invalid=${fields.invalid(`${base}.birthYear`)}
            aria-describedby=${fields.describedBy(`${base}.birthYear`)}
            @change=${(e: Event) => update(child.key, { birthYear: (e.target as HTMLSelectElement).value })}
          >
            <option value="" ?selected=${child.birthYear === ''}>${t.choose}</option>
            ${yearOptions.map((y) => html`<option value=${y} ?selected=${child.birthYear === String(y)}>${y}</option>`)}
          </select>
          ${fields.errorText(`${base}.birthYear`)}
        </div>
      </div>
      <button
        class="button ghost small remove"
        type="button"
        @click=${() => {
          view.set({ children: view.values().children.filter((x) => x.key !== child.key) });
          view.touch(groupPath);
        }}
      >
        ${t.removeChild(i + 1)}
      </button>
    </div>`;
  });
  const add =
    values.children.length < 12
      ? html`<button
          class="button secondary small add"
          type="button"
          @click=${() => {
            const children = [...view.values().children, newChild()];
            view.set({ children });
            view.touch(groupPath);
            view.focusSoon(`${groupPath}.${children.length - 1}.birthMonth`);
          }}
        >
          <span aria-hidden="true">+</span> ${t.addChild}
        </button>`
      : nothing;
  return group(view, groupPath, t.sectionChildren, t.childrenHint, rows, add);
}

export function nichesSection(view: FormView, campaign: Campaign): TemplateResult {
  const { fields } = view;
  const values = view.values();
  const t = applyFormMessages(view.locale);
  const path = 'profile.niches';
  const key = nicheKey;
  const options: string[] = [...COMMON_NICHES];
  for (const n of [...campaign.requirements.niches, ...values.niches]) {
    if (!options.some((o) => key(o) === key(n))) options.push(n);
  }
  const selected = new Set(values.niches.map(key));
  // Described by its hint alone: an error here is about the whole group, read out as it appears.
  return html`<fieldset data-path=${path} ?data-invalid=${Boolean(fields.error(path))} aria-describedby="${fields.id(path)}-hint">
    <legend><h3>${t.sectionNiches}</h3></legend>
    ${fields.hint(path, t.nichesHint)}
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
              view.set({ niches: checked ? [...view.values().niches, niche] : view.values().niches.filter((n) => key(n) !== key(niche)) });
              view.touch(path);
            }}
          />
          <span class="tick" aria-hidden="true">${on ? '✓' : '+'}</span>
          <span>${nicheLabel(niche, view.locale)}</span>
        </label>`;
      })}
    </div>
    ${fields.errorText(path)}
  </fieldset>`;
}

/** Month names as people say them in the locale: `Januari` … `Desember`. */
function monthNames(locale: Locale): string[] {
  const format = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 1))));
}
