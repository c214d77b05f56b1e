import { css } from 'lit';

/** Form fields: `.field` (label, control, `.hint`, `.field-error`), fieldsets and `.check` boxes. */
export const fields = css`
  .field {
    display: grid;
    gap: 0.35rem;
    margin: 0 0 1rem;
  }
  .field > label,
  .field > .label,
  fieldset > legend {
    font-weight: 600;
    font-size: 0.9375em;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  input[type='url'],
  input[type='number'],
  input:not([type]),
  select,
  textarea {
    width: 100%;
    min-height: 44px;
    padding: 0.6em 0.8em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  textarea {
    min-height: 6.5em;
    resize: vertical;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 500;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 1rem;
    min-width: 0;
  }
  .check {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    min-height: 44px;
    padding: 0.5em 0;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_primary);
    flex: none;
  }
`;
