import { css } from 'lit';

/** What content sits on: `.card`, `.chip` (`.primary` for an accent one) and loading `.skeleton` shapes. */
export const surfaces = css`
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.15em 0.6em;
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    font-size: 0.8125em;
    font-weight: 500;
    white-space: nowrap;
  }
  .chip.primary {
    background: var(--_primary-soft);
    border-color: transparent;
    color: var(--_primary);
  }

  .skeleton {
    background: var(--_skeleton);
    border-radius: var(--_radius-sm);
    animation: ibusibuk-pulse 1.4s ease-in-out infinite;
  }
  @keyframes ibusibuk-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }

  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
`;
