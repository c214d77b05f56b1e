import { css } from 'lit';

/** The dark palette, applied by `theme="dark"` and by `theme="auto"` on a dark device. */
const dark = css`
  --_primary: var(--ibusibuk-color-primary, #f27bb5);
  --_primary-hover: var(--ibusibuk-color-primary-hover, #f79cc8);
  --_on-primary: var(--ibusibuk-color-on-primary, #2a0a1b);
  --_primary-soft: var(--ibusibuk-color-primary-soft, #3b1a2c);
  --_text: var(--ibusibuk-color-text, #f3f0f6);
  --_muted: var(--ibusibuk-color-text-muted, #b9b2c2);
  --_surface: var(--ibusibuk-color-surface, #1c1a21);
  --_surface-alt: var(--ibusibuk-color-surface-alt, #26232c);
  --_border: var(--ibusibuk-color-border, #3a3642);
  --_success: var(--ibusibuk-color-success, #6fd3a0);
  --_success-soft: var(--ibusibuk-color-success-soft, #16362a);
  --_warning: var(--ibusibuk-color-warning, #f5c768);
  --_warning-soft: var(--ibusibuk-color-warning-soft, #3a2e12);
  --_danger: var(--ibusibuk-color-danger, #ff8a80);
  --_danger-soft: var(--ibusibuk-color-danger-soft, #3d1a18);
  --_focus: var(--ibusibuk-color-focus, #b69cff);
  --_skeleton: var(--ibusibuk-color-skeleton, #2e2a35);
  color-scheme: dark;
`;

/**
 * Design tokens. The public knobs are `--ibusibuk-*` custom properties a page
 * may set on any ancestor; elements read private `--_*` copies with defaults,
 * so a page's value always wins and the light/dark defaults stay inside.
 */
export const tokens = css`
  :host {
    --_primary: var(--ibusibuk-color-primary, #b5246f);
    --_primary-hover: var(--ibusibuk-color-primary-hover, #961c5b);
    --_on-primary: var(--ibusibuk-color-on-primary, #ffffff);
    --_primary-soft: var(--ibusibuk-color-primary-soft, #fcebf3);
    --_text: var(--ibusibuk-color-text, #1e1b24);
    --_muted: var(--ibusibuk-color-text-muted, #5d5866);
    --_surface: var(--ibusibuk-color-surface, #ffffff);
    --_surface-alt: var(--ibusibuk-color-surface-alt, #f7f5f9);
    --_border: var(--ibusibuk-color-border, #e3dfe8);
    --_success: var(--ibusibuk-color-success, #1f7a4d);
    --_success-soft: var(--ibusibuk-color-success-soft, #e6f4ec);
    --_warning: var(--ibusibuk-color-warning, #8a5a00);
    --_warning-soft: var(--ibusibuk-color-warning-soft, #fff4db);
    --_danger: var(--ibusibuk-color-danger, #b42318);
    --_danger-soft: var(--ibusibuk-color-danger-soft, #fdecea);
    --_focus: var(--ibusibuk-color-focus, #6941c6);
    --_radius: var(--ibusibuk-radius, 12px);
    --_radius-sm: var(--ibusibuk-radius-small, 8px);
    --_font: var(--ibusibuk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_shadow: var(--ibusibuk-shadow, 0 1px 2px rgb(30 27 36 / 6%), 0 4px 16px rgb(30 27 36 / 6%));
    --_skeleton: var(--ibusibuk-color-skeleton, #ece8f0);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--ibusibuk-font-size, 1rem);
    line-height: 1.5;
    -webkit-text-size-adjust: 100%;
  }

  :host([hidden]) {
    display: none;
  }

  :host([data-theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host([data-theme='auto']) {
      ${dark}
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
