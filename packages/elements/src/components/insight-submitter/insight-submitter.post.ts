import { html, type TemplateResult } from 'lit';
import type { Campaign, Locale, Platform } from '@ibusibuk/sdk';
import { common } from '../../internal/common.messages.js';
import type { FieldController } from '../../internal/field-controller.js';
import { messages } from './insight-submitter.messages.js';

/** The post link form, before the insight. */

export const platformsOf = (campaign: Campaign | null): Platform[] => campaign?.platforms ?? ['instagram', 'tiktok', 'youtube', 'facebook'];

/** "Instagram atau Facebook". */
export function platformList(locale: Locale, platforms: readonly Platform[]): string {
  const names = platforms.map((p) => common(locale).platform[p]);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${messages(locale).or} ${names.at(-1)}`;
}

export interface PostFormView {
  locale: Locale;
  fields: FieldController;
  url: string;
  submitting: boolean;
  formError: unknown;
  /** The campaign's platforms, as `platformList` words them. */
  platforms: string;
  onInput(url: string): void;
  submit(e: Event): void;
}

export function postForm(view: PostFormView): TemplateResult {
  const t = messages(view.locale);
  const { fields } = view;
  return html`<form novalidate @submit=${view.submit}>
    <p class="intro">${t.postIntro}</p>
    <div class="field">
      ${fields.label('url', t.urlLabel)} ${fields.hint('url', t.urlHint(view.platforms), true)}
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
        .value=${view.url}
        aria-invalid=${fields.invalid('url')}
        aria-describedby=${fields.describedBy('url', 'hint')}
        @input=${(e: Event) => view.onInput((e.target as HTMLInputElement).value)}
      />
      ${fields.errorText('url')}
    </div>
    ${view.formError}
    <button type="submit" class="button block" part="submit" ?disabled=${view.submitting || !view.url.trim()}>
      ${view.submitting ? t.submittingPost : t.submitPost}
    </button>
  </form>`;
}
