import { css } from 'lit';

export const styles = css`
  .group {
    display: grid;
    gap: 0.75rem;
  }
  .group-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  h4 {
    font-size: 1em;
  }
  .amount {
    font-size: 1.125em;
    font-variant-numeric: tabular-nums;
  }
  .pay {
    display: grid;
    gap: 0.5rem 0.75rem;
    align-items: start;
  }
  .pay .field {
    margin: 0;
  }
  @container (min-width: 44rem) {
    .pay {
      grid-template-columns: 12rem 1fr auto;
    }
    .pay .button {
      margin-top: 1.75rem;
    }
  }
  tr[tabindex]:focus {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  code {
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
`;
