import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { Campaigns, STAGES, STEPS, campaignReportCsv, type Campaign, type CampaignReport, type Stage, type Step } from '@ibusibuk/sdk/client';
import { campaignTerms } from '../../internal/common.messages.js';
import { formatCompact, formatNumber, formatPercent, formatRupiah } from '../../internal/format.js';
import { tokens } from '../../styles/tokens.styles.js';
import { controls } from '../../styles/controls.styles.js';
import { StaffElement } from '../staff/staff-element.js';
import { staffStyles } from '../staff/staff.styles.js';
import { staffMessages } from '../staff/staff.messages.js';
import { styles } from './campaign-report.styles.js';
import { campaignReportMessages } from './campaign-report.messages.js';

/** The report and the campaign it is about. */
export interface CampaignReportData {
  campaign: Campaign;
  report: CampaignReport;
}

type FunnelStep = Step | 'done';
/** The stepper's steps in order, then `done`; a revision is a round inside the content step, not a step everyone passes. */
const FUNNEL: readonly FunnelStep[] = [...STEPS.filter((s) => s !== 'revision'), 'done'];
const ORDER: readonly FunnelStep[] = [...STEPS, 'done'];

/**
 * A campaign's results for the brand and the officer: participants by stage, posts with their
 * links, reach, impressions, engagements and engagement rate per KOL and in total, the fee
 * spent and the cost per engagement. Two charts drawn as SVG (reach per KOL, the stage funnel),
 * each with a table beside it, and a CSV download. Needs a staff session with `reports.read`.
 *
 * @tag ibusibuk-campaign-report
 * @event ibusibuk-report-download - The CSV file was made and handed to the browser. `detail: { campaignId, filename }`.
 * @event ibusibuk-error-show - Loading failed; the element shows it too. `detail: { code, message, requestId }`.
 * @csspart base - The card around everything.
 * @csspart summary - The totals.
 * @csspart chart - Each chart (SVG).
 * @csspart table - Each table.
 * @csspart download - The CSV button.
 * @cssprop --ibusibuk-color-primary - Bars and accents.
 */
export class IbuSibukCampaignReport extends StaffElement {
  static override styles = [tokens, controls, staffStyles, styles];

  /** The campaign (`cmp_…`) to report on. */
  @property() campaign = '';

  /** The campaign and its report, when the page has them (controlled: nothing is fetched). */
  @property({ attribute: false }) data?: CampaignReportData;

  private readonly _task = new Task(this, {
    task: async ([client, id], { signal }): Promise<CampaignReportData | undefined> => {
      if (!client || !id) return undefined;
      const [campaign, report] = await Promise.all([new Campaigns(client).get(id, { signal }), new Campaigns(client).report(id, { signal })]);
      return { campaign, report };
    },
    args: () => [this.data ? undefined : this._client, this.campaign] as const,
    onError: (error) => this._reportLoadError(error),
  });

  private get _data(): CampaignReportData | undefined {
    return this.data ?? this._task.value;
  }

  /** How many participants reached each funnel step (their stage's step is that one or later). */
  private _funnel(report: CampaignReport): { step: FunnelStep; reached: number; now: number }[] {
    const counts = Object.entries(report.byStage) as [Stage, number][];
    return FUNNEL.map((step) => {
      const index = ORDER.indexOf(step);
      const alive = counts.filter(([stage]) => STAGES[stage].phase !== 'ended' || step === 'apply');
      return {
        step,
        reached: alive.filter(([stage]) => ORDER.indexOf(STAGES[stage].step) >= index).reduce((sum, [, n]) => sum + n, 0),
        now: alive.filter(([stage]) => STAGES[stage].step === step && STAGES[stage].phase !== 'ended').reduce((sum, [, n]) => sum + n, 0),
      };
    });
  }

  private _download(data: CampaignReportData): void {
    const t = campaignReportMessages(this.lang_);
    const csv = campaignReportCsv(data.report, { locale: this.lang_ });
    const filename = t.filename(data.campaign.slug);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    // Revoked a moment later: some browsers read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    void this._say(t.downloaded(filename));
    this.emit('ibusibuk-report-download', { campaignId: data.campaign.id, filename });
  }

  // --- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = campaignReportMessages(this.lang_);
    const data = this._data;
    const body = this._stateOf(data, { error: this._task.error, retry: () => void this._task.run() }, Boolean(this.data), (d) => this._body(d));
    return html`<section class="console card" part="base" aria-labelledby="title">
      ${data ? nothing : html`<h2 id="title" class="visually-hidden">${t.heading}</h2>`} ${body} ${this._liveRegion()}
    </section>`;
  }

  private _body(data: CampaignReportData): TemplateResult {
    const t = campaignReportMessages(this.lang_);
    const { report, campaign } = data;
    const tot = report.totals;
    const stat = (label: string, value: string) => html`<div class="stat"><dt>${label}</dt><dd>${value}</dd></div>`;
    const num = (n: number) => formatNumber(n, this.lang_);
    return html`<header class="head">
        <div>
          <p class="eyebrow">${t.eyebrow}</p>
          <h2 id="title">${campaign.title}</h2>
          <p class="meta">${campaign.brand.name}</p>
        </div>
        <button type="button" class="button secondary small" part="download" @click=${() => this._download(data)}>
          <span aria-hidden="true">⤓</span> ${t.download}
        </button>
      </header>
      <section aria-labelledby="summary-h">
        <h3 id="summary-h" class="visually-hidden">${t.summary}</h3>
        <dl class="stats" part="summary">
          ${stat(t.participants, num(tot.participants))} ${stat(t.posts, num(tot.posts))} ${stat(t.reach, num(tot.reach))}
          ${stat(t.impressions, num(tot.impressions))} ${stat(t.engagements, num(tot.engagements))}
          ${stat(t.engagementRate, tot.engagementRate === null ? '–' : formatPercent(tot.engagementRate, this.lang_))}
          ${stat(t.feeSpent, formatRupiah(tot.feeSpent, this.lang_))}
          ${stat(t.costPerEngagement, tot.costPerEngagement === null ? '–' : formatRupiah(tot.costPerEngagement, this.lang_))}
        </dl>
      </section>
      ${report.participants.length ? html`${this._funnelView(report)} ${this._reachView(report)} ${this._table(report)}` : html`<p class="empty">${t.empty}</p>`}`;
  }

  private _funnelView(report: CampaignReport): TemplateResult {
    const t = campaignReportMessages(this.lang_);
    const rows = this._funnel(report);
    const max = Math.max(1, ...rows.map((r) => r.reached));
    const W = 560;
    const H = 36;
    const label = t.funnelChart(rows.map((r) => `${t.funnelSteps[r.step]} ${r.reached}`).join(', '));
    return html`<section class="pair" aria-labelledby="funnel-h">
      <h3 id="funnel-h">${t.funnel}</h3>
      <svg part="chart" class="chart funnel" viewBox="0 0 ${W} ${rows.length * H}" role="img" aria-label=${label}>
        ${rows.map((r, i) => {
          // Nobody reached the step: no bar (a 2-unit sliver with rounded corners read as a smudge behind the 0).
          const w = r.reached ? Math.max(2, (r.reached / max) * (W - 180)) : 0;
          const x = 160 + (W - 180 - w) / 2;
          return svg`<g>
            <text class="axis" x="150" y=${i * H + H / 2 + 5} text-anchor="end">${t.funnelSteps[r.step]}</text>
            <rect class="bar step-${i}" x=${x} y=${i * H + 4} width=${w} height=${H - 8} rx="4"></rect>
            <text class="value" x=${160 + (W - 180) / 2} y=${i * H + H / 2 + 5} text-anchor="middle">${formatNumber(r.reached, this.lang_)}</text>
          </g>`;
        })}
      </svg>
      <div class="table-wrap" role="region" aria-label=${t.funnelTable} tabindex="0" part="table">
        <table>
          <thead>
            <tr>
              <th scope="col">${t.step}</th>
              <th scope="col" class="num">${t.reached}</th>
              <th scope="col" class="num">${t.now}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr>
                <th scope="row">${t.funnelSteps[r.step]}</th>
                <td class="num">${formatNumber(r.reached, this.lang_)}</td>
                <td class="num">${formatNumber(r.now, this.lang_)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private _reachView(report: CampaignReport): TemplateResult {
    const t = campaignReportMessages(this.lang_);
    const posted = report.participants.filter((p) => p.reach > 0).sort((a, b) => b.reach - a.reach);
    if (!posted.length) {
      return html`<section class="pair" aria-labelledby="reach-h">
        <h3 id="reach-h">${t.reachTitle}</h3>
        <p class="empty">${t.noPosts}</p>
      </section>`;
    }
    const max = Math.max(...posted.map((p) => p.reach));
    const W = 560;
    const H = 32;
    const top = posted[0]!;
    const short = (name: string) => (name.length > 18 ? `${name.slice(0, 17)}…` : name);
    return html`<section class="pair" aria-labelledby="reach-h">
      <h3 id="reach-h">${t.reachTitle}</h3>
      <svg
        part="chart"
        class="chart reach"
        viewBox="0 0 ${W} ${posted.length * H}"
        role="img"
        aria-label=${t.reachChart(t.reachTop(top.kolName, formatNumber(top.reach, this.lang_)))}
      >
        ${posted.map((p, i) => {
          const w = Math.max(2, (p.reach / max) * (W - 230));
          return svg`<g>
            <text class="axis" x="150" y=${i * H + H / 2 + 5} text-anchor="end">${short(p.kolName)}</text>
            <rect class="bar" x="160" y=${i * H + 5} width=${w} height=${H - 10} rx="4"></rect>
            <text class="value" x=${166 + w} y=${i * H + H / 2 + 5}>${formatCompact(p.reach, this.lang_)}</text>
          </g>`;
        })}
      </svg>
      <div class="table-wrap" role="region" aria-label=${t.reachTable} tabindex="0" part="table">
        <table>
          <thead>
            <tr>
              <th scope="col">${t.kol}</th>
              <th scope="col" class="num">${t.reach}</th>
            </tr>
          </thead>
          <tbody>
            ${posted.map(
              (p) => html`<tr>
                <th scope="row">${p.kolName}</th>
                <td class="num">${formatNumber(p.reach, this.lang_)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private _table(report: CampaignReport): TemplateResult {
    const t = campaignReportMessages(this.lang_);
    const s = staffMessages(this.lang_);
    const platformName = campaignTerms(this.lang_).platform;
    const num = (n: number) => formatNumber(n, this.lang_);
    const pct = (n: number | null) => (n === null ? '–' : formatPercent(n, this.lang_));
    const tot = report.totals;
    return html`<section aria-labelledby="kol-h">
      <h3 id="kol-h">${t.perKol}</h3>
      <div class="table-wrap" role="region" aria-label=${s.tableScroll(t.perKol)} tabindex="0" part="table">
        <table class="results">
          <thead>
            <tr>
              <th scope="col">${t.kol}</th>
              <th scope="col">${t.stage}</th>
              <th scope="col">${t.post}</th>
              <th scope="col" class="num">${t.reach}</th>
              <th scope="col" class="num">${t.impressions}</th>
              <th scope="col" class="num">${t.engagements}</th>
              <th scope="col" class="num">${t.engagementRate}</th>
              <th scope="col" class="num">${t.fee}</th>
            </tr>
          </thead>
          <tbody>
            ${report.participants.map(
              (p) => html`<tr>
                <th scope="row">${p.kolName}</th>
                <td>${s.stage[p.stage]}</td>
                <td>
                  ${p.postUrl
                    ? html`<a href=${p.postUrl} target="_blank" rel="noopener noreferrer"
                        >${p.platform ? platformName[p.platform] : t.post} <span aria-hidden="true">↗</span
                        ><span class="visually-hidden"> (${t.openPost(p.kolName)}, ${s.newTab.replace(/[()]/g, '')})</span></a
                      >`
                    : '–'}
                </td>
                <td class="num">${num(p.reach)}</td>
                <td class="num">${num(p.impressions)}</td>
                <td class="num">${num(p.engagements)}</td>
                <td class="num">${pct(p.engagementRate)}</td>
                <td class="num">${p.fee === null ? '–' : formatRupiah(p.fee, this.lang_)}</td>
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${t.total}</th>
              <td>${num(tot.participants)}</td>
              <td>${num(tot.posts)}</td>
              <td class="num">${num(tot.reach)}</td>
              <td class="num">${num(tot.impressions)}</td>
              <td class="num">${num(tot.engagements)}</td>
              <td class="num">${pct(tot.engagementRate)}</td>
              <td class="num">${formatRupiah(tot.feeSpent, this.lang_)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>`;
  }
}
