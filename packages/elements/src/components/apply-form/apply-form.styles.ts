import { css } from 'lit';
import { spinner } from '../../styles/spinner.styles.js';

export const styles = css`
  :host {
    max-width: 40rem;
  }

  .apply {
    padding: clamp(1rem, 4vw, 1.75rem);
  }

  h2,
  h3 {
    margin: 0;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.0625em;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  p {
    margin: 0;
  }

  .header {
    display: grid;
    gap: 0.25rem;
    margin-bottom: 1.25rem;
  }
  .eyebrow {
    color: var(--_primary);
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .campaign-title {
    color: var(--_muted);
  }

  .requirements {
    background: var(--_surface-alt);
    border-radius: var(--_radius-sm);
    padding: 1rem 1.1rem;
    margin-bottom: 1.5rem;
  }
  .requirements h3 {
    font-size: 0.9375em;
    margin-bottom: 0.5rem;
  }
  .requirements ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  .requirements li {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    font-size: 0.9375em;
  }
  .req-icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.4rem;
    height: 1.4rem;
    border-radius: 50%;
    font-size: 0.8em;
    font-weight: 700;
    background: var(--_surface);
    border: 1px solid var(--_border);
    color: var(--_muted);
  }
  li.req-met .req-icon {
    background: var(--_success);
    border-color: var(--_success);
    color: var(--_surface);
  }
  li.req-unmet .req-icon {
    background: var(--_warning);
    border-color: var(--_warning);
    color: var(--_surface);
  }

  .intro {
    color: var(--_muted);
    margin-bottom: 1rem;
  }
  .prefilled {
    margin-bottom: 1.25rem;
    background: var(--_primary-soft);
    border-color: transparent;
    font-size: 0.9375em;
  }

  fieldset {
    margin: 0 0 1.25rem;
    padding: 1.25rem 0 0;
    border-top: 1px solid var(--_border);
  }
  fieldset > legend {
    padding: 0;
    float: left;
    width: 100%;
    margin-bottom: 0.75rem;
  }
  fieldset > legend + * {
    clear: both;
  }
  fieldset > .hint {
    margin: -0.4rem 0 0.85rem;
  }
  .optional {
    color: var(--_muted);
    font-weight: 400;
  }

  .row {
    display: grid;
    gap: 0 0.75rem;
    align-items: start;
  }
  .field {
    align-content: start;
  }
  /* Columns follow the element's own width, not the page's: it may sit in a narrow column. */
  .apply {
    container-type: inline-size;
  }
  @container (min-width: 30rem) {
    .row.two {
      grid-template-columns: 1fr 1fr;
    }
    .row.account {
      grid-template-columns: minmax(7.5rem, 1fr) 1.4fr minmax(7rem, 1fr);
    }
  }

  .row-card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    padding: 0.85rem 0.85rem 0.25rem;
    margin-bottom: 0.75rem;
  }
  .row-card .field {
    margin-bottom: 0.75rem;
  }
  .row-title {
    font-weight: 600;
    font-size: 0.875em;
    color: var(--_muted);
    margin-bottom: 0.5rem;
  }
  .remove {
    margin: -0.25rem 0 0.5rem -0.6rem;
    color: var(--_muted);
  }
  .add {
    margin-top: 0.25rem;
  }
  fieldset > .field-error {
    margin: 0 0 0.75rem;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .niche-chip {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    padding: 0.35em 0.95em 0.35em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
    font-size: 0.9375em;
    user-select: none;
  }
  .niche-chip input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  .niche-chip:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .niche-chip.on {
    background: var(--_primary-soft);
    border-color: var(--_primary);
    color: var(--_primary);
    font-weight: 600;
  }
  .niche-chip .tick {
    font-weight: 700;
    width: 1em;
    text-align: center;
  }

  .check-field {
    margin-bottom: 0.25rem;
  }
  .field > label.check {
    font-weight: 400;
    cursor: pointer;
  }
  .check span {
    font-size: 0.9375em;
  }

  .notice.unmet {
    font-size: 0.9375em;
  }
  .notice.unmet ul {
    margin: 0.25rem 0 0;
    padding-left: 1.2rem;
  }
  .notice.unmet,
  form > .notice.error {
    margin-bottom: 1rem;
  }

  .submit {
    margin-top: 0.5rem;
    font-size: 1.0625em;
  }
  .submit[aria-disabled='true'] {
    opacity: 0.6;
  }
  ${spinner}
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }

  .sign-in {
    display: grid;
    gap: 0.75rem;
  }

  .done {
    display: grid;
    justify-items: center;
    text-align: center;
    gap: 0.6rem;
    padding: 1.5rem 0.5rem 0.75rem;
  }
  .done h3 {
    font-size: 1.25em;
  }
  .done p {
    max-width: 30rem;
  }
  .done-icon {
    display: grid;
    place-items: center;
    width: 3.5rem;
    height: 3.5rem;
    border-radius: 50%;
    background: var(--_success-soft);
    color: var(--_success);
    font-size: 1.6rem;
    font-weight: 700;
  }

  .loading {
    display: grid;
    gap: 0.85rem;
  }
  .skeleton.line {
    height: 1rem;
    width: 60%;
  }
  .skeleton.line.wide {
    width: 85%;
  }
  .skeleton.field {
    height: 44px;
  }

  .notice p + p,
  .notice p + button {
    margin-top: 0.5rem;
  }
`;
