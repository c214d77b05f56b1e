import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { MOVES, PayoutProfiles, Payouts, type Campaign, type Participation, type PayoutProfile } from '@ibusibuk/sdk/client';
import { formatDate, formatRupiah } from '../../internal/format.js';
import { tokens } from '../../styles/tokens.styles.js';
import { controls } from '../../styles/controls.styles.js';
import { StaffElement } from '../staff/staff-element.js';
import { staffStyles } from '../staff/staff.styles.js';
import { staffMessages } from '../staff/staff.messages.js';
import { CampaignCache, enteredStageAt, participationsWhere } from '../staff/staff-api.js';
import { styles } from './payouts.styles.js';
import { payoutsMessages } from './payouts.messages.js';

/** Who waits for payment, and who was paid (from `MOVES.recordPayout`). */
const PENDING = MOVES.recordPayout.from;
const PAID = MOVES.recordPayout.to;

/** What reaches the KOL: the fee less the PPh 21 withheld. */
const netOf = (p: Participation): number => p.payout?.statement?.net ?? p.payout?.amount ?? 0;

/** The participations to pay and paid, with their campaigns. */
export interface PayoutsData {
  participations: Participation[];
  campaigns: Campaign[];
  /**
   * Where to transfer each pending participation's fee, by participation id
   * (`payoutProfiles.forParticipation`); `null` when it could not be loaded.
   */
  profiles?: Record<string, PayoutProfile | null>;
}

interface Entry {
  amount: string;
  reference: string;
  errors: { amount?: string; reference?: string; form?: string };
}

/**
 * Paying KOLs, for the officer: completed participations waiting for payment, each with its
 * statement (the fee, the PPh 21 withheld, what reaches the KOL), the date it is due by, where to
 * transfer (the KOL's bank account or e-wallet, masked, with the holder's name) and a form to
 * record the transfer with its reference (the amount prefilled with the net); then the payouts
 * recorded, with reference and date. Needs a staff session with `payouts.record`.
 *
 * @tag ibusibuk-payouts
 * @event ibusibuk-payout-record - A payout was recorded. `detail: { participation }` (stage `paid`).
 * @event ibusibuk-participation-change - A participation changed stage. `detail: { participation }`.
 * @event ibusibuk-error-show - Loading or recording failed; the element shows it too. `detail: { code, message, requestId }`.
 * @csspart base - The card around everything.
 * @csspart pending - Each participation waiting for payment.
 * @csspart recorded - The table of recorded payouts.
 * @cssprop --ibusibuk-color-primary - Accents and the main buttons.
 */
export class IbuSibukPayouts extends StaffElement {
  static override styles = [tokens, controls, staffStyles, styles];

  /** Only this campaign's payouts (`cmp_…`); every campaign's when empty. */
  @property() campaign = '';

  /** The participations, when the page has them (controlled: nothing is fetched). */
  @property({ attribute: false }) data?: PayoutsData;

  @state() private _entries: Record<string, Entry> = {};
  @state() private _fresh = new Map<string, Participation>();

  private readonly _campaigns = new CampaignCache();

  private readonly _task = new Task(this, {
    task: async ([client, campaignId], { signal }): Promise<PayoutsData | undefined> => {
      if (!client) return undefined;
      const where = campaignId ? { campaignId } : {};
      const lists = await Promise.all(
        [...PENDING, PAID].map((stage) => participationsWhere(client, { ...where, stage }, signal)),
      );
      const participations = lists.flat();
      const pending = participations.filter((p) => PENDING.includes(p.stage));
      const [campaigns, profiles] = await Promise.all([
        this._campaigns.all(client, participations.map((p) => p.campaignId), signal),
        Promise.allSettled(pending.map((p) => new PayoutProfiles(client).forParticipation(p.id, { signal }))),
      ]);
      return {
        participations,
        campaigns: [...campaigns.values()],
        profiles: Object.fromEntries(pending.map((p, i) => [p.id, profiles[i]!.status === 'fulfilled' ? profiles[i]!.value : null])),
      };
    },
    args: () => [this.data ? undefined : this._client, this.campaign] as const,
    onError: (error) => this._reportLoadError(error),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('data') || changed.has('campaign')) {
      this._fresh = new Map();
      this._entries = {};
    }
  }

  private get _data(): PayoutsData | undefined {
    const data = this.data ?? this._task.value;
    if (!data) return undefined;
    return { ...data, participations: data.participations.map((p) => this._fresh.get(p.id) ?? p) };
  }

  private _entry(p: Participation): Entry {
    return this._entries[p.id] ?? { amount: String(netOf(p)), reference: '', errors: {} };
  }

  private _set(p: Participation, change: Partial<Entry>): void {
    this._entries = { ...this._entries, [p.id]: { ...this._entry(p), ...change } };
  }

  private async _record(p: Participation, e: Event): Promise<void> {
    e.preventDefault();
    if (this._busy) return;
    const t = payoutsMessages(this.lang_);
    const entry = this._entry(p);
    const reference = entry.reference.trim();
    const amount = /^\d+$/.test(entry.amount.trim()) ? Number(entry.amount.trim()) : NaN;
    const errors: Entry['errors'] = {};
    if (!Number.isSafeInteger(amount)) errors.amount = t.amountInvalid;
    if (!reference) errors.reference = t.referenceRequired;
    if (errors.amount || errors.reference) {
      this._set(p, { errors });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`#${errors.amount ? 'amount' : 'reference'}-${p.id}`)?.focus();
      return;
    }
    this._set(p, { errors: {} });
    const result = await this._move(p.id, 'ibusibuk-payout-record', (c) => new Payouts(c).record(p.id, { amount, reference }));
    if ('error' in result) {
      this._set(p, { errors: { form: result.error.message } });
      return;
    }
    this._fresh = new Map(this._fresh).set(p.id, result.participation);
    void this._say(t.recordedNow(p.application.profile.name, formatRupiah(amount, this.lang_)));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-paid="${p.id}"]`)?.focus();
  }

  // --- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = payoutsMessages(this.lang_);
    const data = this._data;
    const body = this._stateOf(data, { error: this._task.error, retry: () => void this._task.run() }, Boolean(this.data), (d) => this._body(d));
    return html`<section class="console card" part="base" aria-labelledby="title">
      <header class="head">
        <div>
          <h2 id="title">${t.heading}</h2>
          <p class="meta">${t.intro}</p>
        </div>
      </header>
      ${body} ${this._liveRegion()}
    </section>`;
  }

  private _body(data: PayoutsData): TemplateResult {
    const t = payoutsMessages(this.lang_);
    const campaigns = new Map(data.campaigns.map((c) => [c.id, c]));
    const pending = data.participations.filter((p) => PENDING.includes(p.stage)).sort((a, b) => Date.parse(enteredStageAt(a)) - Date.parse(enteredStageAt(b)));
    const paid = data.participations
      .filter((p) => p.stage === PAID)
      .sort((a, b) => Date.parse(b.payout?.paidAt ?? b.updatedAt) - Date.parse(a.payout?.paidAt ?? a.updatedAt));
    return html`<section aria-labelledby="pending-h" class="group">
        <div class="group-head">
          <h3 id="pending-h">${t.pending}</h3>
          <span class="pill ${pending.length ? 'officer' : 'good'}">${t.pendingCount(pending.length)}</span>
        </div>
        ${pending.length
          ? html`<ul class="rows">
              ${pending.map((p) => this._pendingRow(p, campaigns.get(p.campaignId), data.profiles?.[p.id]))}
            </ul>`
          : html`<p class="empty">${t.noPending}</p>`}
      </section>
      <section aria-labelledby="paid-h" class="group">
        <h3 id="paid-h">${t.recorded}</h3>
        ${paid.length ? this._paidTable(paid, campaigns) : html`<p class="empty">${t.noRecorded}</p>`}
      </section>`;
  }

  private _pendingRow(p: Participation, campaign: Campaign | undefined, profile: PayoutProfile | null | undefined): TemplateResult {
    const t = payoutsMessages(this.lang_);
    const s = staffMessages(this.lang_);
    const entry = this._entry(p);
    const name = p.application.profile.name;
    const busy = this._busy === p.id;
    const net = netOf(p);
    const described = (field: 'amount' | 'reference') =>
      `${field}-hint-${p.id}${entry.errors[field] ? ` ${field}-error-${p.id}` : ''}`;
    return html`<li class="row" part="pending" data-row=${p.id}>
      <div class="row-head">
        <div>
          <h4>${name}</h4>
          <p class="meta">${campaign?.title ?? p.campaignId} · ${t.completedOn(formatDate(enteredStageAt(p), this.lang_))}</p>
        </div>
        <p class="amount"><span class="meta">${t.netShort}</span> <strong>${formatRupiah(net, this.lang_)}</strong></p>
      </div>
      ${net > 0
        ? html`<div class="facts">
              ${this._statement(p)} ${this._destination(p, profile)}
            </div>
            <form class="pay" aria-label=${t.recordFor(name)} novalidate @submit=${(e: Event) => this._record(p, e)}>
              <div class="field">
                <label for="amount-${p.id}">${t.amount}</label>
                <input
                  id="amount-${p.id}"
                  inputmode="numeric"
                  autocomplete="off"
                  .value=${entry.amount}
                  aria-invalid=${entry.errors.amount ? 'true' : 'false'}
                  aria-describedby=${described('amount')}
                  @input=${(e: Event) => this._set(p, { amount: (e.target as HTMLInputElement).value })}
                />
                <span class="hint" id="amount-hint-${p.id}">${t.amountHint(formatRupiah(net, this.lang_))}</span>
                ${entry.errors.amount ? html`<span class="field-error" id="amount-error-${p.id}">${entry.errors.amount}</span>` : nothing}
              </div>
              <div class="field">
                <label for="reference-${p.id}">${t.reference}</label>
                <input
                  id="reference-${p.id}"
                  autocomplete="off"
                  maxlength="120"
                  .value=${entry.reference}
                  aria-invalid=${entry.errors.reference ? 'true' : 'false'}
                  aria-describedby=${described('reference')}
                  @input=${(e: Event) => this._set(p, { reference: (e.target as HTMLInputElement).value })}
                />
                <span class="hint" id="reference-hint-${p.id}">${t.referenceHint}</span>
                ${entry.errors.reference ? html`<span class="field-error" id="reference-error-${p.id}">${entry.errors.reference}</span>` : nothing}
              </div>
              <button type="submit" class="button" aria-disabled=${busy ? 'true' : 'false'}>
                ${busy ? html`<span class="spinner" aria-hidden="true"></span>${s.sending}` : t.record}
              </button>
            </form>`
        : html`<p class="notice" role="note">${t.nothingToTransfer}</p>`}
      ${entry.errors.form ? html`<div class="notice error" role="alert">${entry.errors.form}</div>` : nothing}
    </li>`;
  }

  /** The fee, the tax withheld, what the KOL receives and the date it is due by. */
  private _statement(p: Participation): TemplateResult {
    const t = payoutsMessages(this.lang_);
    const st = p.payout?.statement;
    const expectedBy = p.payout?.expectedBy;
    return html`<dl class="statement" part="statement">
      ${st
        ? html`<div><dt>${t.gross}</dt><dd>${formatRupiah(st.gross, this.lang_)}</dd></div>
            <div>
              <dt>${t.tax}${st.withNpwp ? nothing : html`<span class="hint">${t.taxWithoutNpwp}</span>`}</dt>
              <dd>− ${formatRupiah(st.tax, this.lang_)}</dd>
            </div>
            <div class="net"><dt>${t.net}</dt><dd>${formatRupiah(st.net, this.lang_)}</dd></div>`
        : html`<div class="net"><dt>${t.net}</dt><dd>${formatRupiah(netOf(p), this.lang_)}</dd></div>`}
      ${expectedBy ? html`<div><dt>${t.expectedBy}</dt><dd>${formatDate(`${expectedBy}T12:00:00+07:00`, this.lang_)}</dd></div>` : nothing}
    </dl>`;
  }

  /** Where the officer transfers to: the KOL's bank account or e-wallet, masked, with the holder's name. */
  private _destination(p: Participation, profile: PayoutProfile | null | undefined): TemplateResult {
    const t = payoutsMessages(this.lang_);
    const name = p.application.profile.name;
    if (profile === undefined) return html`<div class="destination" part="destination"><h5>${t.transferTo}</h5><p class="meta">${t.destinationUnknown}</p></div>`;
    if (profile === null) return html`<div class="destination notice warning" part="destination" role="note"><strong>${t.transferTo}</strong><p>${t.destinationError}</p></div>`;
    const d = profile.details;
    if (!d || !profile.masked) {
      return html`<div class="destination notice warning" part="destination" role="note">
        <strong>${t.noDetailsTitle}</strong>
        <p>${t.noDetails(name)}</p>
      </div>`;
    }
    const holder = d.method === 'bank' ? d.holderName : d.name;
    return html`<div class="destination" part="destination">
      <h5>${t.transferTo}</h5>
      <p class="account"><span class="method">${d.method === 'bank' ? t.bank : t.ewallet}</span> <strong>${profile.masked}</strong></p>
      <p>${t.holder(holder)}</p>
      ${profile.taxId ? nothing : html`<p class="meta">${t.noTaxId}</p>`}
    </div>`;
  }

  private _paidTable(paid: Participation[], campaigns: Map<string, Campaign>): TemplateResult {
    const t = payoutsMessages(this.lang_);
    const s = staffMessages(this.lang_);
    return html`<div class="table-wrap" role="region" aria-label=${s.tableScroll(t.recorded)} tabindex="0" part="recorded">
      <table>
        <thead>
          <tr>
            <th scope="col">${t.kol}</th>
            <th scope="col">${t.campaign}</th>
            <th scope="col" class="num">${t.paidAmount}</th>
            <th scope="col">${t.refColumn}</th>
            <th scope="col">${t.paidOn}</th>
          </tr>
        </thead>
        <tbody>
          ${paid.map(
            (p) => html`<tr data-paid=${p.id} tabindex="-1">
              <th scope="row">${p.application.profile.name}</th>
              <td>${campaigns.get(p.campaignId)?.title ?? p.campaignId}</td>
              <td class="num">${formatRupiah(p.payout?.amount ?? 0, this.lang_)}</td>
              <td><code>${p.payout?.reference ?? '–'}</code></td>
              <td>${p.payout?.paidAt ? formatDate(p.payout.paidAt, this.lang_) : '–'}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
