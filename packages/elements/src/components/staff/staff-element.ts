import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { BaseClient, Participation } from '@ibusibuk/sdk';
import { IbuSibukElement } from '../../internal/ibusibuk-element.js';
import { common } from '../../internal/common.messages.js';
import { describeError, isAbort } from '../../internal/errors.js';
import type { IbuSibukErrorDetail } from '../../events.js';
import { staffMessages } from './staff.messages.js';

/** The officer's moves the console makes, by the event each fires. */
export type StaffMoveEvent =
  | 'ibusibuk-applicant-accept'
  | 'ibusibuk-applicant-reject'
  | 'ibusibuk-draft-approve'
  | 'ibusibuk-draft-revise'
  | 'ibusibuk-insight-approve'
  | 'ibusibuk-insight-revise'
  | 'ibusibuk-payout-record';

/**
 * What the staff console's elements share: the loading and failure views, a live region, and
 * one officer move at a time with its busy state, events and error (never thrown to the page).
 */
export class StaffElement extends IbuSibukElement {
  @state() protected _announce = '';
  /** The participation a move is being made on, if any. */
  @state() protected _busy = '';

  protected get _client(): BaseClient | undefined {
    return this.ibusibuk?.client;
  }

  /** Says `message` through the live region, even when it is the same as the last one. */
  protected async _say(message: string): Promise<void> {
    this._announce = '';
    await this.updateComplete;
    this._announce = message;
  }

  /**
   * Runs one officer move on participation `id`; resolves with the updated participation, or
   * with the failure (also fired as `ibusibuk-error-show`).
   */
  protected async _move(
    id: string,
    event: StaffMoveEvent | undefined,
    move: (client: BaseClient) => Promise<Participation>,
  ): Promise<{ participation: Participation } | { error: IbuSibukErrorDetail }> {
    const client = this._client;
    if (!client) {
      const error = { code: 'configuration_error', message: staffMessages(this.lang_).notConnected };
      this.emitError(error);
      return { error };
    }
    this._busy = id;
    try {
      const participation = await move(client);
      if (event) this.emit(event, { participation });
      this.emit('ibusibuk-participation-change', { participation });
      return { participation };
    } catch (error) {
      const detail = describeError(error, this.lang_);
      if (!isAbort(error)) this.emitError(detail);
      return { error: detail };
    } finally {
      this._busy = '';
    }
  }

  protected _reportLoadError(error: unknown): void {
    if (!isAbort(error)) this.emitError(describeError(error, this.lang_));
  }

  protected _liveRegion(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announce}</div>`;
  }

  protected _loadError(error: unknown, retry: () => void): TemplateResult {
    const c = common(this.lang_);
    const d = describeError(error, this.lang_);
    return html`<div class="notice error" role="alert">
      <strong>${staffMessages(this.lang_).loadError}</strong>
      <p>${d.message}</p>
      ${d.requestId ? html`<p class="hint">${c.requestId(d.requestId)}</p>` : nothing}
      <button type="button" class="button secondary small" @click=${retry}>${c.retry}</button>
    </div>`;
  }

  /**
   * What the console shows: its data when it has some, else the load's error (with a retry), else a
   * notice outside a provider, else the loading skeleton. `controlled`: data is given by the page.
   */
  protected _stateOf<T>(
    data: T | undefined,
    load: { error: unknown; retry: () => void },
    controlled: boolean,
    body: (data: T) => TemplateResult,
  ): TemplateResult {
    if (data) return body(data);
    if (load.error !== undefined && !controlled) return this._loadError(load.error, load.retry);
    if (!this._client && !controlled) return this._notConnected();
    return this._skeleton();
  }

  protected _skeleton(): TemplateResult {
    return html`<div class="loading" aria-hidden="true">
        <div class="skeleton line short"></div>
        <div class="skeleton block"></div>
        <div class="skeleton block"></div>
      </div>
      <p class="visually-hidden">${common(this.lang_).loading}</p>`;
  }

  /** A notice for an element used outside a provider and without data of its own. */
  protected _notConnected(): TemplateResult {
    return html`<div class="notice warning" role="note">${staffMessages(this.lang_).notConnected}</div>`;
  }
}
