import { css } from 'lit';

/** Buttons, fields, notices and skeletons every element draws the same way. */
export const controls = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.6em 1.2em;
    border: 1px solid transparent;
    border-radius: 999px;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
    transition: background-color 120ms ease, border-color 120ms ease;
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .button:hover:not([disabled]) {
    background: var(--_primary-hover);
  }
  .button[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .button.secondary {
    background: transparent;
    color: var(--_primary);
    border-color: var(--_primary);
  }
  .button.secondary:hover:not([disabled]) {
    background: var(--_primary-soft);
  }
  .button.ghost {
    background: transparent;
    color: var(--_primary);
  }
  .button.ghost:hover:not([disabled]) {
    background: var(--_primary-soft);
  }
  .button.small {
    min-height: 36px;
    padding: 0.35em 0.9em;
    font-size: 0.875em;
  }
  .button.block {
    width: 100%;
  }

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

  .notice {
    padding: 0.85rem 1rem;
    border-radius: var(--_radius-sm);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
  }
  .notice.error {
    background: var(--_danger-soft);
    border-color: color-mix(in srgb, var(--_danger) 35%, transparent);
    color: var(--_text);
  }
  .notice.success {
    background: var(--_success-soft);
    border-color: color-mix(in srgb, var(--_success) 35%, transparent);
  }
  .notice.warning {
    background: var(--_warning-soft);
    border-color: color-mix(in srgb, var(--_warning) 35%, transparent);
  }
  .notice > strong {
    display: block;
    margin-bottom: 0.25em;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.15em 0.6em;
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    font-size: 0.8125em;
    font-weight: 500;
    white-space: nowrap;
  }
  .chip.primary {
    background: var(--_primary-soft);
    border-color: transparent;
    color: var(--_primary);
  }

  .skeleton {
    background: var(--_skeleton);
    border-radius: var(--_radius-sm);
    animation: ibusibuk-pulse 1.4s ease-in-out infinite;
  }
  @keyframes ibusibuk-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
    .button {
      transition: none;
    }
  }

  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
`;
