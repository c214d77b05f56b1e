import { css } from 'lit';

/** `.notice` boxes: neutral, `.error`, `.success`, `.warning`; a leading `<strong>` is their title. */
export const notices = css`
  .notice {
    padding: 0.85rem 1rem;
    border-radius: var(--_radius-sm);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
  }
  .notice.error {
    background: var(--_danger-soft);
    border-color: color-mix(in srgb, var(--_danger) 35%, transparent);
    color: var(--_text);
  }
  .notice.success {
    background: var(--_success-soft);
    border-color: color-mix(in srgb, var(--_success) 35%, transparent);
  }
  .notice.warning {
    background: var(--_warning-soft);
    border-color: color-mix(in srgb, var(--_warning) 35%, transparent);
  }
  .notice > strong {
    display: block;
    margin-bottom: 0.25em;
  }
`;
