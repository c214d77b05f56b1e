import { css } from 'lit';

/* Rules the draft uploader and the insight submitter share; each file interpolates them where they sit in its cascade. */

/** The card's padding and single-column grid, roomier from 640px. */
export const cardLayout = css`
  .base {
    padding: 1.25rem;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.25rem;
  }
  form {
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 640px) {
    .base {
      padding: 1.75rem 2rem;
    }
  }
`;

/** Title block beside the stage chip. */
export const headerLayout = css`
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .title {
    font-size: 1.25rem;
    line-height: 1.3;
  }
`;

/** The campaign line under the title and the stage chip's colours. */
export const headerMeta = css`
  .subtitle {
    color: var(--_muted);
    font-size: 0.875rem;
    margin-top: 0.15rem;
  }
  .chip.stage {
    background: var(--_primary-soft);
    color: var(--_primary);
    border-color: transparent;
  }
`;

/** The intro line and the form's stacked fields. */
export const formLayout = css`
  .intro {
    color: var(--_muted);
  }

  form {
    display: grid;
    gap: 1.25rem;
  }
  form > .field {
    margin: 0;
  }
`;

/** The submit button with what still blocks it, and the request id in the error notice. */
export const formActions = css`
  .actions {
    display: grid;
    gap: 0.5rem;
  }
  .blockers {
    margin: 0;
    padding: 0 0 0 1.1rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .notice.error .hint {
    display: block;
  }
`;

/** The round icon in a status panel's head. */
export const statusIcon = css`
  .status-icon {
    display: grid;
    place-items: center;
    width: 2.25rem;
    height: 2.25rem;
    border-radius: 50%;
    background: var(--_primary);
    color: var(--_on-primary);
  }
`;

/** The line over what was sent: label, version and date. */
export const submittedHead = css`
  .submitted-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }
`;

/** Loading placeholders. */
export const skeletons = css`
  .skeletons {
    display: grid;
    gap: 0.75rem;
  }
  .skeleton.line {
    height: 1rem;
    width: 45%;
  }
  .skeleton.line.wide {
    height: 1.5rem;
    width: 65%;
  }
`;
