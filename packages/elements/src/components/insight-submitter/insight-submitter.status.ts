import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { Campaign, Deliverable, Insight, Locale, MetricKey, Participation } from '@ibusibuk/sdk';
import { common } from '../../internal/common.messages.js';
import { formatDate, formatDateTime, formatNumber, formatPercent, formatRupiah } from '../../internal/format.js';
import { sentLate } from '../../internal/deadline.js';
import type { UploadQueue } from '../../uploads/upload-queue.js';
import { icon, icons, uploadList } from '../../uploads/upload-list.js';
import { messages } from './insight-submitter.messages.js';

/** The read-only panels: the officer's fix note, the post sent, the insight while it is checked, and the payout after. */

export function latestInsight(p: Participation): Insight | undefined {
  return p.insights.reduce<Insight | undefined>((best, i) => (!best || i.version > best.version ? i : best), undefined);
}

function fixNoteFromHistory(p: Participation): string | null {
  return [...p.history].reverse().find((h) => h.to === 'insight_revision_requested')?.note ?? null;
}

export function fixNotice(locale: Locale, p: Participation): TemplateResult {
  const t = messages(locale);
  const fix = latestInsight(p)?.officerNote ?? fixNoteFromHistory(p);
  return html`<section class="fix" part="fix-notice" aria-labelledby="fix-title">
    <div class="fix-icon">${icon(icons.alert)}</div>
    <div>
      <h3 id="fix-title">${t.fixTitle}</h3>
      ${fix ? html`<blockquote class="fix-text">${fix}</blockquote>` : nothing}
      <p class="hint">${t.fixBody}</p>
    </div>
  </section>`;
}

/** The post the insight is about, with a link to open it. */
export function postLink(locale: Locale, p: Participation): TemplateResult | typeof nothing {
  if (!p.post) return nothing;
  return html`<p class="post-link">
    ${icon(icons.check, 'icon tiny')} ${common(locale).platform[p.post.platform]} ·
    <a href=${p.post.url} target="_blank" rel="noopener noreferrer">${messages(locale).viewPost}</a>
    <span class="hint">${formatDate(p.post.postedAt, locale)}</span> ${sentLate(p.post, locale)}
  </p>`;
}

export function reviewPanel(locale: Locale, p: Participation, deliverables: Deliverable[], queue: UploadQueue): TemplateResult {
  const t = messages(locale);
  const c = common(locale);
  const insight = latestInsight(p);
  return html`<section class="status-panel" part="status-panel">
    <div class="status-head">
      <span class="status-icon">${icon(icons.clock)}</span>
      <p>${t.reviewBody}</p>
    </div>
    ${insight
      ? html`<div class="submitted">
          <p class="submitted-head">
            <strong>${t.submittedNumbers}</strong>
            <span class="hint">${t.sentOn(formatDateTime(insight.submittedAt, locale))} · ${t.screenshotsCount(insight.screenshotIds.length)}</span>
            ${sentLate(insight, locale)}
          </p>
          ${insight.metrics.map((m) => {
            const d = deliverables[m.deliverableIndex];
            return html`<div class="summary" data-index=${m.deliverableIndex}>
              ${d ? html`<h3>${t.deliverable(c.platform[d.platform], c.format[d.format])}</h3>` : nothing}
              <dl>
                ${(Object.entries(m.values) as [MetricKey, number][]).map(
                  ([key, value]) => html`<div><dt>${c.metric[key]}</dt><dd>${formatNumber(value, locale)}</dd></div>`,
                )}
                <div class="er">
                  <dt>${t.engagement}</dt>
                  <dd>${m.engagementRate === null ? t.engagementNone : formatPercent(m.engagementRate, locale)}</dd>
                </div>
              </dl>
            </div>`;
          })}
          ${insight.metrics.length > 1 && insight.engagementRate !== null
            ? html`<p class="engagement overall"><span>${t.overall}</span><strong>${formatPercent(insight.engagementRate, locale)}</strong></p>`
            : nothing}
          ${uploadList(queue, locale, { readOnly: true })}
        </div>`
      : nothing}
  </section>`;
}

export function payoutPanel(locale: Locale, p: Participation, campaign: Campaign | null, details: TemplateResult | typeof nothing = nothing): TemplateResult {
  const t = messages(locale);
  const paid = p.stage === 'paid';
  const amount = p.payout?.amount ?? campaign?.compensation.fee ?? 0;
  const barter = amount === 0 && campaign?.compensation.type === 'barter';
  return html`<section class="status-panel" part="status-panel">
    <div class=${classMap({ 'status-head': true, paid })}>
      <span class="status-icon">${icon(icons.check)}</span>
      <p>${paid ? t.paidBody : t.completedBody}</p>
    </div>
    ${barter
      ? html`<p class="notice">${t.barterDone}</p>`
      : html`<dl class="payout" part="payout">
          <div class="amount">
            <dt>${p.payout?.statement ? t.netAmount : t.amount}</dt>
            <dd data-amount>${formatRupiah(amount, locale)}</dd>
          </div>
          ${p.payout?.statement
            ? html`<div>
                  <dt>${t.grossFee}</dt>
                  <dd data-gross>${formatRupiah(p.payout.statement.gross, locale)}</dd>
                </div>
                <div>
                  <dt>${p.payout.statement.withNpwp ? t.taxWithheld : t.taxWithheldNoNpwp}</dt>
                  <dd data-tax>− ${formatRupiah(p.payout.statement.tax, locale)}</dd>
                </div>`
            : nothing}
          ${!paid && p.payout?.expectedBy
            ? html`<div>
                <dt>${t.expectedBy}</dt>
                <dd data-expected>${formatDate(`${p.payout.expectedBy}T12:00:00+07:00`, locale)}</dd>
              </div>`
            : nothing}
          <div>
            <dt>${t.payoutStatus}</dt>
            <dd><span class=${classMap({ chip: true, paid, pending: !paid })}>${paid ? t.payoutPaid : t.payoutPending}</span></dd>
          </div>
          ${paid && p.payout?.paidAt
            ? html`<div>
                <dt>${t.paidAt}</dt>
                <dd>${formatDate(p.payout.paidAt, locale)}</dd>
              </div>`
            : nothing}
          ${paid && p.payout?.reference
            ? html`<div>
                <dt>${t.reference}</dt>
                <dd class="reference">${p.payout.reference}</dd>
              </div>`
            : nothing}
        </dl>`}
  ${details}
  </section>`;
}
