import { css } from 'lit';

/**
 * The busy spinner drawn inside a button (`<span class="spinner" aria-hidden="true">`).
 * Elements interpolate it into their own css`` where these rules belong, and keep their own
 * `prefers-reduced-motion` rule for `.spinner` after it.
 */
export const spinner = css`
  .spinner {
    width: 1em;
    height: 1em;
    border-radius: 50%;
    border: 2px solid currentColor;
    border-right-color: transparent;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
`;
