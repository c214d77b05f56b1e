import { css } from 'lit';
import { spinner } from '../../styles/spinner.styles.js';

export const styles = css`
  :host {
    max-width: 28rem;
  }
  .panel {
    padding: clamp(1rem, 4vw, 1.5rem);
  }
  h2 {
    margin: 0 0 0.35rem;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .intro {
    margin: 0 0 1.25rem;
    color: var(--_muted);
  }
  .intro strong {
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  form {
    margin: 0;
  }
  .code-input {
    font-size: 1.5em;
    letter-spacing: 0.4em;
    text-align: center;
    font-variant-numeric: tabular-nums;
    padding-inline: 0.4em 0;
  }
  .actions {
    display: grid;
    gap: 0.5rem;
  }
  .secondary-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem;
    margin-top: 0.5rem;
  }
  .secondary-actions .button {
    padding-inline: 0.6em;
  }
  .notice {
    margin: 0 0 1rem;
  }
  .signed-in {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.5rem 0.5rem 0.5rem 1rem;
  }
  .signed-in span {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  ${spinner}
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }
`;
