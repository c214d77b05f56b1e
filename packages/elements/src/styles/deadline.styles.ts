import { css } from 'lit';

/** The campaign's clock as it shows: due lines, the lateness and "sent late" marks, automatic approvals, the team's notes. */
export const deadlineStyles = css`
  .due {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin: 0;
    font-weight: 600;
    font-size: 0.9375em;
  }
  .due.window,
  .revisions-left {
    font-weight: 500;
  }
  .chip.late {
    background: var(--_warning-soft);
    border-color: transparent;
    color: var(--_warning);
    font-weight: 600;
  }
  .auto-approved {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius-sm);
    background: var(--_success-soft);
    color: var(--_success);
    font-weight: 500;
  }
  .window-closed {
    display: grid;
    gap: 0.35rem;
  }
  .window-closed p {
    margin: 0;
  }
  .note {
    margin: 0;
    padding: 0.6rem 0.85rem;
    border-inline-start: 3px solid var(--_primary);
    background: var(--_surface-alt);
    border-radius: 0 var(--_radius-sm) var(--_radius-sm) 0;
  }
  .note p {
    margin: 0.25rem 0 0;
  }
`;
