import { css } from 'lit';

export const styles = css`
  .slots {
    font-size: 0.875em;
    padding: 0.3em 0.9em;
  }
  .bulk {
    display: grid;
    gap: 0.6rem;
  }
  .bulk-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
  }
  .bulk-bar .check {
    padding: 0;
    align-items: center;
  }
  .bulk-result:focus {
    outline: none;
  }
  .progress {
    display: grid;
    gap: 0.35rem;
    font-weight: 600;
  }
  progress {
    width: 100%;
    height: 0.6rem;
    accent-color: var(--_primary);
  }
  .sub {
    margin-top: 0.5rem;
    font-weight: 600;
  }
  .failures {
    margin: 0.25rem 0 0;
    padding-left: 1.2rem;
  }
  .who {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
  }
  .pick {
    width: 1.35rem;
    height: 1.35rem;
    margin: 0.2rem 0 0;
    accent-color: var(--_primary);
    flex: none;
  }
  h3:focus {
    outline: none;
  }
  .facts {
    display: grid;
    gap: 0.75rem;
  }
  @container (min-width: 44rem) {
    .facts {
      grid-template-columns: 1.1fr 0.7fr 1.4fr;
    }
  }
  h4 {
    font-size: 0.8125em;
    color: var(--_muted);
    margin-bottom: 0.25rem;
  }
  .plain,
  .checks {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.2rem;
    font-size: 0.9375em;
  }
  .platform {
    font-weight: 600;
  }
  .checks li {
    display: flex;
    gap: 0.45rem;
    align-items: flex-start;
  }
  .mark {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.2rem;
    height: 1.2rem;
    margin-top: 0.15em;
    border-radius: 50%;
    font-size: 0.7em;
    font-weight: 700;
    color: var(--_surface);
    background: var(--_success);
  }
  .unmet .mark {
    background: var(--_danger);
  }
  .unmet {
    color: var(--_danger);
  }
  .answers summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_primary);
    min-height: 44px;
    display: flex;
    align-items: center;
  }
  .answers dl {
    margin: 0.25rem 0 0;
    display: grid;
    gap: 0.2rem;
  }
  .answers dt {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
    margin-top: 0.4rem;
  }
  .answers dd {
    margin: 0;
    white-space: pre-line;
  }
`;
