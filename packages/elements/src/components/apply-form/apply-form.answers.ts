import { html, type TemplateResult } from 'lit';
import { applyFormMessages } from './apply-form.messages.js';
import type { FormView } from './apply-form.profile.js';

/** The answers part of the apply form: why she fits, her idea, and what she confirms. */

function textArea(view: FormView, path: string, label: string, key: 'whyMe' | 'contentIdea', hint: string): TemplateResult {
  const { fields } = view;
  return html`<div class="field">
    ${fields.label(path, label)} ${fields.hint(path, hint)}
    <textarea
      id=${fields.id(path)}
      data-path=${path}
      required
      rows="4"
      aria-invalid=${fields.invalid(path)}
      aria-describedby=${fields.describedBy(path, 'hint')}
      .value=${view.values()[key]}
      @input=${(e: Event) => {
        view.set({ [key]: (e.target as HTMLTextAreaElement).value });
        view.touch(path);
      }}
    ></textarea>
    ${fields.errorText(path)}
  </div>`;
}

function checkbox(
  view: FormView,
  path: string,
  label: string,
  key: 'meetsRequirements' | 'willFollowBrief' | 'consent',
  extraClass = '',
): TemplateResult {
  const { fields } = view;
  return html`<div class="field check-field ${extraClass}">
    <label class="check" for=${fields.id(path)}>
      <input
        id=${fields.id(path)}
        data-path=${path}
        type="checkbox"
        required
        aria-invalid=${fields.invalid(path)}
        aria-describedby=${fields.describedBy(path)}
        .checked=${view.values()[key]}
        @change=${(e: Event) => {
          view.set({ [key]: (e.target as HTMLInputElement).checked });
          view.touch(path);
        }}
      />
      <span>${label}</span>
    </label>
    ${fields.errorText(path)}
  </div>`;
}

export function answersSection(view: FormView): TemplateResult {
  const t = applyFormMessages(view.locale);
  return html`<fieldset>
    <legend><h3>${t.sectionAnswers}</h3></legend>
    ${textArea(view, 'answers.whyMe', t.whyMe, 'whyMe', t.whyMeHint)}
    ${textArea(view, 'answers.contentIdea', t.contentIdea, 'contentIdea', t.contentIdeaHint)}
  </fieldset>`;
}

export function confirmSection(view: FormView): TemplateResult {
  const t = applyFormMessages(view.locale);
  return html`<fieldset>
    <legend><h3>${t.sectionConfirm}</h3></legend>
    ${checkbox(view, 'answers.eligibility.meetsRequirements', t.meetsRequirements, 'meetsRequirements')}
    ${checkbox(view, 'answers.eligibility.willFollowBrief', t.willFollowBrief, 'willFollowBrief')}
    ${checkbox(view, 'consent', t.consent, 'consent', 'consent')}
  </fieldset>`;
}
