import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FieldController } from './field-controller.js';
import type { Task } from '@lit/task';
import type { Participation } from '@ibusibuk/sdk';
import { IbuSibukElement } from './ibusibuk-element.js';
import type { IbuSibukContext } from './context.js';
import { common } from './common.messages.js';
import { describeError, fieldsOf, isAbort } from './errors.js';

/** What a participation element has loaded: at least the participation. */
export interface ParticipationData {
  participation: Participation;
}

/** The form-level failure notice: a message, the request id, and errors no field could show. */
export interface FormError {
  message: string;
  requestId?: string | undefined;
  details?: string[];
}

/** The KOL's moves that answer with the updated participation. */
export type MoveEvent = 'ibusibuk-draft-submit' | 'ibusibuk-post-submit' | 'ibusibuk-insight-submit';

/**
 * An element where the KOL acts on one participation: it loads it (connected)
 * or takes it as a property (controlled), keeps the fresher copy a move returns,
 * renders the loading / error / body shell, and runs a move with its busy state,
 * events, focus and errors mapped onto the form's fields.
 */
export abstract class ParticipationElement<D extends ParticipationData> extends IbuSibukElement {
  /** Id (`par_…`) of the participation to load when connected. */
  @property({ attribute: 'participation-id' }) participationId?: string;

  /** The participation (controlled mode: set it and nothing is fetched). */
  @property({ attribute: false }) participation?: Participation;

  /** The time due dates are measured against; the device's clock by default. */
  @property({ attribute: false }) now?: Date;

  @state() protected _note = '';
  @state() protected _fresh?: Participation;
  @state() protected _submitting = false;
  @state() protected _errors: Record<string, string> = {};
  @state() protected _formError?: FormError;
  @state() protected _announce = '';

  /** Label, hint and error wiring of the form's fields; `_fieldId` names their elements. */
  protected readonly _fields = new FieldController(this, { errors: () => this._errors, id: (name) => this._fieldId(name) });

  /** The element id of a field (by default its name). */
  protected _fieldId(name: string): string {
    return name;
  }

  /** Loads the participation and what the element needs with it. */
  protected abstract readonly _data: Task<readonly unknown[], D>;

  /** The element's messages; the shared parts need only these. */
  protected abstract get _t(): { notConnected: string; formError: string; noteLabel: string; noteHint: string };

  /** Set the form up for this participation (called before every update once it is known). */
  protected abstract _prepare(p: Participation): void;

  protected abstract _skeleton(): TemplateResult;

  protected abstract _body(data: D): TemplateResult;

  /** The field key a server error path is shown next to, or `undefined` to list it in the form's notice. */
  protected abstract _placedField(path: string): string | undefined;

  /** The field whose error the upload picker stands for (it has no control of its own). */
  protected abstract readonly _uploadsField: string;

  protected get _now(): Date {
    return this.now ?? new Date();
  }

  /** The loaded data, with the participation a move returned in place of the loaded one. */
  protected get _current(): D | undefined {
    const data = this._data.value;
    if (!data) return undefined;
    return this._fresh ? { ...data, participation: this._fresh } : data;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('participation') || changed.has('participationId')) this._fresh = undefined;
    const p = this._current?.participation;
    if (p) this._prepare(p);
  }

  override render() {
    return html`<div class="base card" part="base">
      ${this._data.render({
        initial: () => this._skeleton(),
        pending: () => (this._current ? this._body(this._current) : this._skeleton()),
        complete: () => this._body(this._current!),
        error: (error) => this._loadError(error),
      })}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announce}</div>
    </div>`;
  }

  /** Runs `load`, telling the page about any failure other than an abort. */
  protected async _reportingErrors<T>(load: () => Promise<T>): Promise<T> {
    try {
      return await load();
    } catch (error) {
      if (!isAbort(error)) this.emitError(describeError(error, this.lang_));
      throw error;
    }
  }

  private _loadError(error: unknown): TemplateResult {
    const c = common(this.lang_);
    const d = describeError(error, this.lang_);
    return html`<div class="notice error" role="alert">
      <strong>${c.errorTitle}</strong>
      <p class="message">${d.message}</p>
      ${d.requestId ? html`<p class="hint">${c.requestId(d.requestId)}</p>` : nothing}
      <button type="button" class="button secondary small" @click=${() => this._data.run()}>${c.retry}</button>
    </div>`;
  }

  /** The optional note to the officer; `name` sets the textarea's `name` attribute. */
  protected _noteField(name?: string): TemplateResult {
    const t = this._t;
    const fields = this._fields;
    return html`<div class="field">
      ${fields.label('note', t.noteLabel)} ${fields.hint('note', t.noteHint, true)}
      <textarea
        id="note"
        name=${ifDefined(name)}
        part="note"
        rows="3"
        .value=${this._note}
        aria-invalid=${fields.invalid('note')}
        aria-describedby=${fields.describedBy('note', 'hint')}
        @input=${(e: Event) => (this._note = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${fields.errorText('note')}
    </div>`;
  }

  protected _formErrorView() {
    if (!this._formError) return nothing;
    return html`<div class="notice error" role="alert">
      <strong>${this._formError.message}</strong>
      ${this._formError.details?.length ? html`<ul>${this._formError.details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
      ${this._formError.requestId ? html`<span class="hint">${common(this.lang_).requestId(this._formError.requestId)}</span>` : nothing}
    </div>`;
  }

  /** Run one KOL move: busy state, the change events, focus, and errors mapped onto fields. */
  protected async _send(
    move: (client: IbuSibukContext['client']) => Promise<Participation>,
    { busy, done, event, focus }: { busy: string; done: string; event: MoveEvent; focus: string },
  ): Promise<void> {
    const client = this.ibusibuk?.client;
    if (!client) {
      this._formError = { message: this._t.notConnected };
      return;
    }
    this._submitting = true;
    this._announce = busy;
    try {
      const updated = await move(client);
      this._fresh = updated;
      this._errors = {};
      this._note = '';
      this._announce = done;
      this.emit(event, { participation: updated });
      this.emit('ibusibuk-participation-change', { participation: updated });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
    } catch (error) {
      if (isAbort(error)) return;
      const detail = describeError(error, this.lang_);
      const fields = fieldsOf(error);
      this._formError = { message: Object.keys(fields).length > 0 ? this._t.formError : detail.message, requestId: detail.requestId };
      this._announce = detail.message;
      this.emitError(detail);
      if (Object.keys(fields).length > 0) await this._showErrors(fields);
    } finally {
      this._submitting = false;
    }
  }

  /** Show errors next to their fields (the rest in the form's notice), then focus the first. */
  protected async _showErrors(fields: Record<string, string>): Promise<void> {
    const errors: Record<string, string> = {};
    const unplaced: string[] = [];
    for (const [path, message] of Object.entries(fields)) {
      const key = this._placedField(path);
      if (key !== undefined) errors[key] ??= message;
      else unplaced.push(message);
    }
    this._errors = errors;
    this._formError = { ...(this._formError ?? { message: this._t.formError }), details: unplaced };
    await this.updateComplete;
    this._fields.focusFirstError({ also: errors[this._uploadsField] ? ['#pick'] : [] });
  }
}
