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
  h4,
  h5 {
    font-size: 1em;
    margin: 0;
  }
  .amount {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .amount strong {
    display: block;
    font-size: 1.125em;
  }
  .facts {
    display: grid;
    gap: 0.75rem 1.5rem;
  }
  @container (min-width: 36rem) {
    .facts {
      grid-template-columns: 1fr 1fr;
    }
  }
  .statement {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .statement div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1rem;
  }
  .statement dt .hint {
    display: block;
  }
  .statement dd {
    margin: 0;
  }
  .statement .net {
    border-top: 1px solid var(--_border);
    padding-top: 0.25rem;
    font-weight: 600;
  }
  .destination {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  .destination p {
    margin: 0;
  }
  .destination .method {
    color: var(--_muted);
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
