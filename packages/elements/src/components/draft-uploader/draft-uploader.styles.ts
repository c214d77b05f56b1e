import { css } from 'lit';
import {
  cardLayout,
  formActions,
  formLayout,
  headerLayout,
  headerMeta,
  skeletons,
  statusIcon,
  submittedHead,
} from '../../internal/participation.styles.js';

export const styles = css`
  ${cardLayout}
  h2,
  h3,
  p {
    margin: 0;
  }

  ${headerLayout}
  ${headerMeta}
  .chip.revision_requested {
    background: var(--_warning-soft);
    color: var(--_warning);
    border-color: transparent;
  }
  .chip.approved {
    background: var(--_success-soft);
    color: var(--_success);
    border-color: transparent;
  }
  .chip.in_review {
    background: var(--_primary-soft);
    color: var(--_primary);
    border-color: transparent;
  }
  ${formLayout}
  fieldset.media {
    margin: 0;
  }
  fieldset.media > legend {
    margin-bottom: 0.5rem;
  }

  .revision {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.75rem;
    padding: 1rem 1.1rem;
    border-radius: var(--_radius-sm);
    background: var(--_warning-soft);
    border: 1px solid color-mix(in srgb, var(--_warning) 35%, transparent);
  }
  .revision-icon {
    color: var(--_warning);
    padding-top: 0.1rem;
  }
  .revision h3 {
    font-size: 1rem;
  }
  .feedback-text {
    margin: 0.5rem 0;
    padding: 0.6rem 0.8rem;
    border-left: 3px solid var(--_warning);
    background: var(--_surface);
    border-radius: 0 var(--_radius-sm) var(--_radius-sm) 0;
    white-space: pre-line;
    font-size: 1rem;
  }

  .counter-row {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1rem;
  }
  .counter {
    margin-left: auto;
    white-space: nowrap;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .counter.over {
    color: var(--_danger);
    font-weight: 600;
  }

  .checklist {
    padding: 0.75rem;
    border-radius: var(--_radius-sm);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
  }
  .checklist-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  .checklist h3 {
    font-size: 0.9375rem;
  }
  .checklist-head .button {
    white-space: nowrap;
    margin-right: -0.5rem;
  }
  .checklist ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  .tag {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
    padding: 0.2rem 0.35rem 0.2rem 0.75rem;
    border-radius: var(--_radius-sm);
    background: var(--_success-soft);
    color: var(--_success);
    font-weight: 600;
    font-size: 0.9375em;
  }
  .tag.missing {
    background: var(--_surface);
    color: var(--_text);
    border: 1px dashed color-mix(in srgb, var(--_warning) 60%, var(--_border));
  }
  .tag.missing .tag-mark {
    color: var(--_warning);
  }
  .tag-mark {
    display: inline-flex;
  }
  .tag-text {
    flex: 1;
    min-width: 0;
    /* Whole handles on a line of their own; split only when one is wider than the line. */
    overflow-wrap: break-word;
  }
  .tag .add {
    min-height: 36px;
    padding-inline: 0.75em;
    white-space: nowrap;
  }
  @media (max-width: 400px) {
    .base {
      padding: 1rem;
    }
  }
  .checklist-summary {
    margin-top: 0.6rem;
    font-size: 0.875em;
    color: var(--_warning);
  }
  .checklist-summary.ok {
    color: var(--_success);
  }

  .guidelines {
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    padding: 0 1rem;
  }
  .guidelines summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    cursor: pointer;
    font-weight: 600;
    list-style: none;
  }
  .guidelines summary::-webkit-details-marker {
    display: none;
  }
  .guidelines summary::after {
    content: '';
    width: 0.5rem;
    height: 0.5rem;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg) translateY(-2px);
    transition: transform 120ms ease;
    flex: none;
  }
  .guidelines[open] summary::after {
    transform: rotate(225deg) translateY(-2px);
  }
  .guidelines p {
    padding-bottom: 1rem;
    white-space: pre-line;
    color: var(--_muted);
  }

  ${formActions}

  .status-panel {
    display: grid;
    gap: 1rem;
  }
  .status-head {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.75rem;
    align-items: start;
    padding: 1rem 1.1rem;
    border-radius: var(--_radius-sm);
    background: var(--_primary-soft);
  }
  ${statusIcon}
  .status-head h3 {
    font-size: 1.0625rem;
    line-height: 1.35;
    margin-bottom: 0.2rem;
  }
  .status-head h3:focus {
    outline: none;
  }
  .submitted {
    display: grid;
    gap: 0.5rem;
  }
  ${submittedHead}
  .caption-full {
    white-space: pre-line;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius-sm);
    background: var(--_surface-alt);
    overflow-wrap: anywhere;
  }

  .history h3 {
    font-size: 1rem;
    margin-bottom: 0.6rem;
  }
  .history ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.6rem;
  }
  .version {
    display: grid;
    gap: 0.4rem;
    padding: 0.85rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
  }
  .version-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.6rem;
  }
  .version-head .hint {
    flex-basis: 100%;
  }
  @media (min-width: 480px) {
    .version-head .hint {
      flex-basis: auto;
      margin-left: auto;
    }
  }
  .excerpt {
    color: var(--_muted);
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  .feedback {
    padding: 0.6rem 0.8rem;
    border-left: 3px solid var(--_warning);
    background: var(--_warning-soft);
    border-radius: 0 var(--_radius-sm) var(--_radius-sm) 0;
  }
  .feedback strong {
    display: block;
    font-size: 0.8125em;
    color: var(--_warning);
    margin-bottom: 0.15rem;
  }
  .feedback p {
    white-space: pre-line;
  }

  ${skeletons}
  .skeleton.block {
    height: 9rem;
  }
  .skeleton.block.short {
    height: 5rem;
  }
`;
