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
  p,
  dl,
  dd {
    margin: 0;
  }

  ${headerLayout}
  .title:focus {
    outline: none;
  }
  ${headerMeta}
  .chip.stage.insight_revision_requested {
    background: var(--_warning-soft);
    color: var(--_warning);
  }
  .chip.stage.completed,
  .chip.stage.paid {
    background: var(--_success-soft);
    color: var(--_success);
  }
  ${formLayout}

  .post-link {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem;
    padding: 0.6rem 0.85rem;
    border-radius: var(--_radius-sm);
    background: var(--_success-soft);
    font-size: 0.9375em;
  }
  .post-link .icon {
    color: var(--_success);
  }
  .post-link a {
    color: var(--_primary);
    font-weight: 600;
    min-height: 44px;
    display: inline-flex;
    align-items: center;
  }
  .post-link .hint {
    margin-left: auto;
  }

  .fix {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.75rem;
    padding: 1rem 1.1rem;
    border-radius: var(--_radius-sm);
    background: var(--_warning-soft);
    border: 1px solid color-mix(in srgb, var(--_warning) 35%, transparent);
  }
  .fix-icon {
    color: var(--_warning);
    padding-top: 0.1rem;
  }
  .fix h3 {
    font-size: 1rem;
  }
  .fix-text {
    margin: 0.5rem 0;
    padding: 0.6rem 0.8rem;
    border-left: 3px solid var(--_warning);
    background: var(--_surface);
    border-radius: 0 var(--_radius-sm) var(--_radius-sm) 0;
    white-space: pre-line;
  }

  fieldset.deliverable {
    margin: 0;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: 0.5rem;
  }
  fieldset.deliverable > legend {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    padding: 0 0.35rem;
    font-size: 1rem;
  }
  .qty {
    color: var(--_muted);
    font-weight: 500;
  }
  .platform-dot {
    width: 0.7rem;
    height: 0.7rem;
    border-radius: 50%;
    background: var(--_muted);
  }
  .platform-dot.instagram {
    background: linear-gradient(135deg, #f58529, #dd2a7b 55%, #8134af);
  }
  .platform-dot.tiktok {
    background: linear-gradient(135deg, #25f4ee, #000 50%, #fe2c55);
  }
  .platform-dot.youtube {
    background: #ff0000;
  }
  .platform-dot.facebook {
    background: #1877f2;
  }
  .metrics {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(7.25rem, 1fr));
    gap: 0 0.75rem;
  }
  .metric-field {
    margin: 0 0 0.6rem;
    align-content: start;
  }
  /* Two lines for every label, so inputs line up across columns even when one label wraps. */
  .metric-field label {
    display: flex;
    align-items: flex-end;
    min-height: 2.6em;
    font-size: 0.875em;
    line-height: 1.3;
  }
  /* A long number stays inside the card: the field shrinks with its column and scrolls its text. */
  .metric-field {
    min-width: 0;
  }
  .metric-field input {
    width: 100%;
    min-width: 0;
    box-sizing: border-box;
    font-variant-numeric: tabular-nums;
    text-align: right;
  }
  .understood {
    display: block;
    min-height: 1.3em;
    font-size: 0.8125em;
    text-align: right;
    color: var(--_muted, inherit);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .flags {
    display: grid;
    gap: 0.6rem;
    padding: 0.85rem 1rem;
    border-radius: var(--_radius-sm);
    background: var(--_warning-soft);
  }
  .flags h3 {
    font-size: 1rem;
    color: var(--_warning);
  }
  .flags h3:focus {
    outline: none;
  }
  .flags ul {
    margin: 0;
    padding-left: 1.2rem;
    display: grid;
    gap: 0.35rem;
  }
  .flags-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .engagement {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
    padding: 0.55rem 0.85rem;
    border-radius: var(--_radius-sm);
    background: var(--_primary-soft);
    font-size: 0.9375em;
  }
  .engagement strong {
    color: var(--_primary);
    font-size: 1.125rem;
    font-variant-numeric: tabular-nums;
  }
  .engagement.overall {
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
  }

  fieldset.shots {
    margin: 0;
  }
  fieldset.shots > legend {
    margin-bottom: 0.5rem;
  }
  .dropzone.compact {
    padding: 1.1rem 1rem;
  }

  ${formActions}
  .notice.error ul {
    margin: 0.25rem 0 0;
    padding-left: 1.1rem;
  }

  .status-panel {
    display: grid;
    gap: 1rem;
  }
  .status-head {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.75rem;
    align-items: center;
    padding: 1rem 1.1rem;
    border-radius: var(--_radius-sm);
    background: var(--_primary-soft);
  }
  .status-head.paid {
    background: var(--_success-soft);
  }
  ${statusIcon}
  .status-head.paid .status-icon {
    background: var(--_success);
    color: var(--_surface);
  }
  .submitted {
    display: grid;
    gap: 0.75rem;
  }
  ${submittedHead}
  .summary {
    padding: 0.85rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
  }
  .summary h3 {
    font-size: 0.9375rem;
    margin-bottom: 0.5rem;
  }
  .summary dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr));
    gap: 0.6rem 1rem;
  }
  .summary dt {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .summary dd {
    font-weight: 600;
    font-size: 1.0625rem;
    font-variant-numeric: tabular-nums;
  }
  .summary .er dd {
    color: var(--_primary);
  }

  .payout {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 1rem;
    padding: 1.1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .payout .amount {
    grid-column: 1 / -1;
  }
  .payout dt {
    color: var(--_muted);
    font-size: 0.8125em;
    margin-bottom: 0.15rem;
  }
  .payout .amount dd {
    font-size: 1.75rem;
    font-weight: 700;
    letter-spacing: -0.01em;
    font-variant-numeric: tabular-nums;
  }
  .payout .reference {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  .chip.pending {
    background: var(--_warning-soft);
    color: var(--_warning);
    border-color: transparent;
  }
  .chip.paid {
    background: var(--_success-soft);
    color: var(--_success);
    border-color: transparent;
  }

  ${skeletons}
  .skeleton.block {
    height: 10rem;
  }
  .payout-details-slot {
    display: block;
    margin-top: 1rem;
  }
`;
