import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .payout-details {
    display: grid;
    gap: 0.75rem;
  }
  h3 {
    margin: 0;
    font-size: 1rem;
  }
  h3:focus {
    outline: none;
  }
  .intro,
  .tax-note {
    margin: 0;
  }
  form {
    display: grid;
    gap: 0.75rem;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.35rem;
    font-weight: 600;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 44px;
  }
  .field input,
  .field select {
    width: 100%;
    min-width: 0;
    box-sizing: border-box;
  }
  .summary {
    margin: 0;
    display: grid;
    gap: 0.35rem;
  }
  .summary div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 0.75rem;
  }
  .summary dt,
  .summary dd {
    margin: 0;
  }
  .summary dd {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .summary dd.missing {
    color: var(--_warning);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
