import { css } from 'lit';

/** `.button`: primary by default, `.secondary` (outlined), `.ghost`, `.small`, `.block` (full width). */
export const buttons = css`
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
  @media (prefers-reduced-motion: reduce) {
    .button {
      transition: none;
    }
  }
`;
