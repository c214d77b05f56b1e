import { css } from 'lit';
import { spinner } from '../../styles/spinner.styles.js';

/** What the staff console's elements draw alike: header, toolbar, data tables, rows, panels. */
export const staffStyles = css`
  :host {
    max-width: 80rem;
  }
  .console {
    padding: clamp(0.85rem, 3vw, 1.5rem);
    display: grid;
    gap: 1.25rem;
    container-type: inline-size;
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.3125em;
  }
  h3 {
    font-size: 1.0625em;
  }
  p {
    margin: 0;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: flex-end;
    justify-content: space-between;
  }
  .head .eyebrow {
    color: var(--_primary);
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .muted,
  .meta {
    color: var(--_muted);
  }
  .meta {
    font-size: 0.875em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: flex-end;
    padding: 0.85rem;
    border-radius: var(--_radius-sm);
    background: var(--_surface-alt);
  }
  .toolbar .field {
    margin: 0;
    min-width: min(12rem, 100%);
    flex: 1 1 10rem;
  }
  .toolbar .field > label {
    font-size: 0.8125em;
  }
  .pill {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.15em 0.65em;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    white-space: nowrap;
  }
  .pill.officer {
    background: var(--_warning-soft);
    border-color: color-mix(in srgb, var(--_warning) 35%, transparent);
    color: var(--_warning);
  }
  .pill.good {
    background: var(--_success-soft);
    border-color: color-mix(in srgb, var(--_success) 35%, transparent);
    color: var(--_success);
  }
  .pill.bad {
    background: var(--_danger-soft);
    border-color: color-mix(in srgb, var(--_danger) 35%, transparent);
    color: var(--_danger);
  }
  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9375em;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.6rem 0.75rem;
  }
  th,
  td {
    padding: 0.55rem 0.75rem;
    text-align: left;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  th {
    font-size: 0.8125em;
    color: var(--_muted);
    font-weight: 600;
    background: var(--_surface-alt);
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  tfoot td,
  tfoot th {
    font-weight: 700;
    border-bottom: 0;
    color: var(--_text);
  }
  tbody tr:last-child td {
    border-bottom: 0;
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .row {
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    padding: 0.9rem 1rem;
    display: grid;
    gap: 0.6rem;
    background: var(--_surface);
  }
  .row[data-selected] {
    border-color: var(--_primary);
    box-shadow: 0 0 0 1px var(--_primary);
  }
  .row-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 0.75rem;
    align-items: baseline;
    justify-content: space-between;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .panel {
    display: grid;
    gap: 0.6rem;
    padding: 0.85rem;
    border-radius: var(--_radius-sm);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
  }
  .panel .field {
    margin: 0;
  }
  .button.danger {
    background: var(--_danger);
    color: var(--_surface);
  }
  .button.danger:hover:not([disabled]) {
    background: color-mix(in srgb, var(--_danger) 85%, black);
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .empty {
    text-align: center;
    padding: 1.5rem 1rem;
    color: var(--_muted);
  }
  .stats {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(10rem, 100%), 1fr));
    gap: 0.75rem;
    margin: 0;
  }
  .stat {
    padding: 0.75rem 0.9rem;
    border-radius: var(--_radius-sm);
    background: var(--_surface-alt);
    display: grid;
    gap: 0.15rem;
  }
  .stat dt {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .stat dd {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .loading {
    display: grid;
    gap: 0.75rem;
  }
  .skeleton.line {
    height: 1.2rem;
  }
  .skeleton.line.short {
    width: 40%;
  }
  .skeleton.block {
    height: 5rem;
  }
  ${spinner}
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
