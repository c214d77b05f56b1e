import { html, nothing, type TemplateResult } from 'lit';
import {
  countRefusalMessage,
  engagementRate,
  formatCount,
  metricFields,
  parseCount,
  type Deliverable,
  type InsightFlag,
  type Locale,
  type MetricKey,
  type MetricValues,
} from '@ibusibuk/sdk';
import { common } from '../../internal/common.messages.js';
import type { FieldController } from '../../internal/field-controller.js';
import { formatPercent } from '../../internal/format.js';
import { messages } from './insight-submitter.messages.js';

/** The insight's metric fields as she types them, and the question asked when a figure looks off. */

export const metricPath = (index: number, key: MetricKey) => `metrics.${index}.values.${key}`;

/** What a typed count means: its value, or the sentence saying why it was not taken (`''` when empty). */
export function readCount(text: string | undefined, locale: Locale): { value?: number; refusal?: string } {
  if (!text?.trim()) return {};
  const parsed = parseCount(text, locale);
  return parsed.ok ? { value: parsed.value } : { refusal: countRefusalMessage(parsed.reason, locale) };
}

/** The values understood from what she typed for one deliverable; fields left empty or refused are absent. */
export function metricValues(texts: Readonly<Record<string, string>>, index: number, d: Deliverable, locale: Locale): MetricValues {
  const values: MetricValues = {};
  for (const key of metricFields(d.platform, d.format)) {
    const { value } = readCount(texts[metricPath(index, key)], locale);
    if (value !== undefined) values[key] = value;
  }
  return values;
}

export interface MetricsView {
  locale: Locale;
  fields: FieldController;
  /** Text typed per field, by `metricPath`, as she typed it. */
  texts: Readonly<Record<string, string>>;
  onInput(path: string, text: string): void;
  /** She left the field: say now if it cannot be read. */
  onLeave(path: string): void;
}

export function deliverableFields(view: MetricsView, d: Deliverable, index: number): TemplateResult {
  const t = messages(view.locale);
  const c = common(view.locale);
  const rate = engagementRate(metricValues(view.texts, index, d, view.locale));
  const { fields } = view;
  return html`<fieldset class="deliverable" part="deliverable" data-index=${index}>
    <legend>
      <span class="platform-dot ${d.platform}" aria-hidden="true"></span>
      ${t.deliverable(c.platform[d.platform], c.format[d.format])}${d.quantity > 1 ? html` <span class="qty">×${d.quantity}</span>` : nothing}
    </legend>
    ${d.quantity > 1 ? html`<p class="hint">${t.quantityHint(d.quantity)}</p>` : nothing}
    <div class="metrics">
      ${metricFields(d.platform, d.format).map((key) => {
        const path = metricPath(index, key);
        const text = view.texts[path] ?? '';
        const { value } = readCount(text, view.locale);
        // What was understood sits beside the field; her text stays as she typed it.
        const understood = value !== undefined && !fields.error(path) ? `= ${formatCount(value, view.locale)}` : '';
        return html`<div class="field metric-field">
          ${fields.label(path, c.metric[key])}
          <input
            id=${fields.id(path)}
            part="metric"
            type="text"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            enterkeyhint="next"
            data-metric=${key}
            .value=${text}
            aria-invalid=${fields.invalid(path)}
            aria-describedby=${fields.describedBy(path, 'understood')}
            @input=${(e: Event) => view.onInput(path, (e.target as HTMLInputElement).value)}
            @change=${() => view.onLeave(path)}
          />
          <span class="understood" part="understood" id="${fields.id(path)}-understood" data-understood=${key}>${understood}</span>
          ${fields.errorText(path)}
        </div>`;
      })}
    </div>
    <p class="engagement" part="engagement">
      <span>${t.engagement}</span>
      <strong data-engagement=${index}>${rate === null ? t.engagementNone : formatPercent(rate, view.locale)}</strong>
    </p>
  </fieldset>`;
}

/** Asked before sending when a figure looks off: she may send anyway. */
export function flagsQuestion(
  locale: Locale,
  flags: readonly InsightFlag[],
  { send, recheck, busy }: { send: () => void; recheck: () => void; busy: boolean },
): TemplateResult {
  const t = messages(locale);
  return html`<section class="flags" part="flags" role="group" aria-labelledby="flags-title">
    <h3 id="flags-title" tabindex="-1">${t.flagsTitle}</h3>
    <ul>
      ${flags.map((f) => html`<li data-flag=${f.code}>${f.message[locale]}</li>`)}
    </ul>
    <div class="flags-actions">
      <button type="button" class="button" id="send-anyway" ?disabled=${busy} @click=${send}>${busy ? t.submittingInsight : t.flagsSend}</button>
      <button type="button" class="button secondary" id="recheck" ?disabled=${busy} @click=${recheck}>${t.flagsRecheck}</button>
    </div>
  </section>`;
}
