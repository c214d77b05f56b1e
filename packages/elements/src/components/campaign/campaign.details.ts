import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Campaign, Locale } from '@ibusibuk/sdk';
import { common } from '../../internal/common.messages.js';
import { formatDate, formatNumber } from '../../internal/format.js';
import { messages } from './campaign.messages.js';

// What the campaign asks and when, as the page below the journey shows it.

/** Deliverables, requirements, timeline, product and the description (Markdown once `description` has been rendered). */
export function renderDetails(campaign: Campaign, locale: Locale, description: string | undefined): TemplateResult {
  const t = messages(locale);
  const c = common(locale);
  const { timeline } = campaign;
  return html`<div class="details" part="details">
    <section class="section">
      <h3>${t.deliverables}</h3>
      <ul class="deliverables" role="list">
        ${campaign.deliverables.map(
          (d) => html`<li>
            <span class=${`platform platform-${d.platform}`} aria-hidden="true"></span>
            ${t.deliverable(d.quantity, c.platform[d.platform], c.format[d.format])}
          </li>`,
        )}
      </ul>
    </section>
    <section class="section">
      <h3>${t.requirements}</h3>
      <ul class="checklist" role="list">
        ${requirementLines(campaign, locale).map((line) => html`<li>${line}</li>`)}
      </ul>
    </section>
    <section class="section">
      <h3>${t.timeline}</h3>
      <ol class="timeline" role="list">
        <li><span>${t.applyBy}</span><time datetime=${timeline.applyBy}>${formatDate(timeline.applyBy, locale)}</time></li>
        <li><span>${t.draftDue}</span><time datetime=${timeline.draftDue}>${formatDate(timeline.draftDue, locale)}</time></li>
        <li>
          <span>${t.postWindow}</span>
          <span>${t.dateRange(formatDate(timeline.postWindow.start, locale), formatDate(timeline.postWindow.end, locale))}</span>
        </li>
        <li><span>${t.insightDue}</span><time datetime=${timeline.insightDue}>${formatDate(timeline.insightDue, locale)}</time></li>
      </ol>
      <ul class="rules" part="rules" data-rules>
        <li>${t.ruleRevisions(campaign.rules.maxRevisionRounds)}</li>
        <li>${t.ruleReview(campaign.rules.reviewHours)}</li>
        <li>${t.ruleInsight(campaign.rules.insightDueDays, campaign.deliverables.some((d) => d.format === 'story'))}</li>
      </ul>
    </section>
    ${campaign.compensation.productDescription
      ? html`<section class="section">
          <h3>${t.product}</h3>
          <p>${campaign.compensation.productDescription}</p>
        </section>`
      : nothing}
    ${campaign.description
      ? html`<section class="section about">
          <h3>${t.about}</h3>
          ${description !== undefined
            ? html`<div class="prose" part="description">${unsafeHTML(description)}</div>`
            : html`<div class="prose plain" part="description">${campaign.description}</div>`}
        </section>`
      : nothing}
  </div>`;
}

function requirementLines(campaign: Campaign, locale: Locale): string[] {
  const t = messages(locale);
  const c = common(locale);
  const { requirements: r } = campaign;
  const lines: string[] = [];
  for (const [platform, count] of Object.entries(r.minFollowers) as [keyof typeof c.platform, number][]) {
    if (count > 0) lines.push(t.minFollowers(c.platform[platform], formatNumber(count, locale)));
  }
  if (r.cities.length) lines.push(t.cities(r.cities.join(', ')));
  if (r.provinces.length) lines.push(t.provinces(r.provinces.join(', ')));
  if (r.childAgeMonths) lines.push(t.childAge(ageRange(r.childAgeMonths.min, r.childAgeMonths.max, locale)));
  if (r.niches.length) lines.push(t.niches(r.niches.join(', ')));
  if (!lines.length) lines.push(t.openToAll);
  return lines;
}

function ageRange(min: number, max: number, locale: Locale): string {
  const t = messages(locale);
  return min % 12 === 0 && max % 12 === 0 && min >= 12 ? t.years(min / 12, max / 12) : t.months(min, max);
}
