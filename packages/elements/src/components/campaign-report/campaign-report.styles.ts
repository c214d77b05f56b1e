import { css } from 'lit';

export const styles = css`
  .pair {
    display: grid;
    gap: 0.75rem 1.25rem;
    align-items: start;
  }
  @container (min-width: 52rem) {
    .pair {
      grid-template-columns: 3fr 2fr;
    }
    .pair > h3 {
      grid-column: 1 / -1;
    }
  }
  .chart {
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .chart .bar {
    fill: var(--_primary);
  }
  .funnel .bar {
    fill: var(--_primary-soft);
    stroke: var(--_primary);
  }
  .chart .axis {
    fill: var(--_text);
    font-size: 13px;
  }
  .chart .value {
    fill: var(--_text);
    font-size: 13px;
    font-weight: 700;
  }
  .results th[scope='row'] {
    white-space: nowrap;
  }
  .results a {
    white-space: nowrap;
  }
`;
