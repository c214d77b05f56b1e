import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** An element whose form fields a `FieldController` wires. */
export type FieldHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface FieldOptions {
  /** The error each field shows now, by field name (a path such as `profile.city`); empty for none. */
  errors: () => Readonly<Record<string, string | undefined>>;
  /** The element id of a field (its hint and error are `<id>-hint` and `<id>-error`); the name itself by default. */
  id?: (name: string) => string;
}

/**
 * What every form field repeats, in one place (after Shoelace's `FormControlController`):
 * its label, hint and error text with their ids, `aria-invalid` and `aria-describedby`,
 * and focus on the first field in error. Each element keeps its own markup and asks the
 * controller for these parts, so a field reads the same to a screen reader everywhere.
 */
export class FieldController implements ReactiveController {
  constructor(
    readonly host: FieldHost,
    private readonly _options: FieldOptions,
  ) {
    host.addController(this);
  }

  /** The errors as they stand for this render (read once: working them out may take a validation). */
  private _errors: Readonly<Record<string, string | undefined>> = {};

  hostUpdate(): void {
    this._errors = this._options.errors();
  }

  /** The field's element id. */
  id(name: string): string {
    return this._options.id?.(name) ?? name;
  }

  /** The field's error message, or `''`. */
  error(name: string): string {
    return this._errors[name] ?? '';
  }

  /** `aria-invalid`: in error, or `invalid` for a reason of the element's own (a caption over its limit). */
  invalid(name: string, invalid = false): 'true' | 'false' {
    return invalid || this.error(name) ? 'true' : 'false';
  }

  /**
   * `aria-describedby`: the field's `<id>-<part>` ids in reading order (`hint`, `counter` …),
   * with `error` last unless placed elsewhere, and only while there is one; `nothing` when empty.
   */
  describedBy(name: string, ...parts: string[]): string | typeof nothing {
    const id = this.id(name);
    const error = Boolean(this.error(name));
    const ordered = parts.includes('error') ? parts : [...parts, 'error'];
    const ids = ordered.filter((part) => part !== 'error' || error).map((part) => `${id}-${part}`);
    return ids.length > 0 ? ids.join(' ') : nothing;
  }

  /** The `<label>`, with "(optional)" after it when `optional` gives that word. */
  label(name: string, text: unknown, optional?: string): TemplateResult {
    return html`<label for=${this.id(name)}>${text}${optional ? html` <span class="optional">(${optional})</span>` : nothing}</label>`;
  }

  /** The hint: a paragraph, or a `<span>` where it sits inline. */
  hint(name: string, text: unknown, inline = false): TemplateResult {
    const id = `${this.id(name)}-hint`;
    return inline ? html`<span class="hint" id=${id}>${text}</span>` : html`<p class="hint" id=${id}>${text}</p>`;
  }

  /** The error text while there is one: a paragraph, or a `<span>` where it sits inline. */
  errorText(name: string, inline = false): TemplateResult | typeof nothing {
    const message = this.error(name);
    if (!message) return nothing;
    const id = `${this.id(name)}-error`;
    return inline ? html`<span class="field-error" id=${id}>${message}</span>` : html`<p class="field-error" id=${id}>${message}</p>`;
  }

  /**
   * Focuses the first field in error in document order: any `aria-invalid="true"` control,
   * the first control of a group marked `data-invalid`, and the `also` elements (what stands
   * for a field without a control of its own, e.g. the button that picks the uploads);
   * else the `fallback`. Call once the errors are rendered. Returns whether it focused one.
   */
  focusFirstError({ within = this.host.renderRoot, also = [], fallback }: { within?: ParentNode; also?: string[]; fallback?: string } = {}): boolean {
    const candidates = [
      ...within.querySelectorAll<HTMLElement>('[aria-invalid="true"], [data-invalid] :is(input, select, textarea, button)'),
      ...also.map((selector) => within.querySelector<HTMLElement>(selector)).filter((el): el is HTMLElement => el !== null),
    ];
    candidates.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const target = candidates[0] ?? (fallback ? within.querySelector<HTMLElement>(fallback) : null);
    target?.focus();
    return Boolean(target);
  }
}
