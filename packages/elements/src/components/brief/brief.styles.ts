import { css } from 'lit';
import { spinner } from '../../styles/spinner.styles.js';

export const styles = css`
  :host {
    max-width: 44rem;
  }

  .brief {
    padding: clamp(1rem, 4vw, 1.75rem);
    display: grid;
    gap: 1.5rem;
    container-type: inline-size;
  }

  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.0625em;
    margin-bottom: 0.6rem;
  }
  p {
    margin: 0;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: flex-start;
    justify-content: space-between;
  }
  .title {
    display: grid;
    gap: 0.2rem;
  }
  .eyebrow {
    color: var(--_primary);
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.4rem 0.85rem 0.4rem 0.45rem;
    border-radius: 999px;
    background: var(--_success-soft);
    color: var(--_success);
    font-weight: 600;
    font-size: 0.875em;
  }
  .badge > span:last-child {
    display: grid;
    line-height: 1.25;
  }
  .badge-date {
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .badge-icon {
    display: grid;
    place-items: center;
    width: 1.6rem;
    height: 1.6rem;
    border-radius: 50%;
    background: var(--_success);
    color: var(--_surface);
  }

  .objective {
    padding: 1rem 1.1rem;
    border-radius: var(--_radius-sm);
    background: var(--_primary-soft);
    border-left: 4px solid var(--_primary);
  }
  .objective h3 {
    font-size: 0.875em;
    color: var(--_primary);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    margin-bottom: 0.3rem;
  }

  .markdown {
    overflow-wrap: anywhere;
  }
  .markdown > :first-child {
    margin-top: 0;
  }
  .markdown > :last-child {
    margin-bottom: 0;
  }
  .markdown :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1em;
    margin: 1.1em 0 0.4em;
  }
  .markdown :is(p, ul, ol, blockquote) {
    margin: 0 0 0.75em;
  }
  .markdown img {
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius-sm);
  }
  .markdown a,
  .ref-links a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  .markdown blockquote {
    padding-left: 0.9rem;
    border-left: 3px solid var(--_border);
    color: var(--_muted);
  }
  .markdown code {
    background: var(--_surface-alt);
    padding: 0.1em 0.35em;
    border-radius: 4px;
  }

  .key-messages {
    margin: 0;
    padding-left: 1.4rem;
    display: grid;
    gap: 0.4rem;
  }

  .dos-donts {
    display: grid;
    gap: 1rem;
  }
  @container (min-width: 32rem) {
    .dos-donts {
      grid-template-columns: 1fr 1fr;
    }
  }
  .do,
  .dont {
    border-radius: var(--_radius-sm);
    padding: 1rem 1.1rem;
    border: 1px solid var(--_border);
  }
  .do {
    background: var(--_success-soft);
    border-color: color-mix(in srgb, var(--_success) 25%, transparent);
  }
  .dont {
    background: var(--_danger-soft);
    border-color: color-mix(in srgb, var(--_danger) 25%, transparent);
  }
  .do h3,
  .dont h3 {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .do ul,
  .dont ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .do li,
  .dont li {
    display: flex;
    gap: 0.55rem;
    align-items: flex-start;
  }
  .mark {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.3rem;
    height: 1.3rem;
    margin-top: 0.1em;
    border-radius: 50%;
    font-size: 0.75em;
    font-weight: 700;
    color: var(--_surface);
  }
  .do .mark {
    background: var(--_success);
  }
  .dont .mark {
    background: var(--_danger);
  }

  .tags-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 0.4rem;
  }
  .tags-head h3 {
    margin: 0;
  }
  .sub {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
    margin: 0.6rem 0 0.4rem;
  }
  .chip-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .copy-chip {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
    padding: 0.35rem 0.6rem 0.35rem 0.9rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    max-width: 100%;
  }
  .copy-chip:hover {
    border-color: var(--_primary);
    background: var(--_primary-soft);
  }
  .tag-text {
    /* A handle breaks only when it cannot fit a line at all: "anywhere" let the chip shrink and split "@sikecilorganik.id". */
    overflow-wrap: break-word;
    text-align: left;
  }
  .copy-icon {
    display: inline-grid;
    place-items: center;
    width: 1.75rem;
    height: 1.75rem;
    border-radius: 50%;
    background: var(--_primary-soft);
    color: var(--_primary);
    flex: none;
  }

  .pre {
    white-space: pre-line;
  }

  .ref-images {
    list-style: none;
    margin: 0 0 0.75rem;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(8rem, 40%), 1fr));
    gap: 0.75rem;
  }
  figure {
    margin: 0;
  }
  figure img {
    display: block;
    width: 100%;
    aspect-ratio: 4 / 5;
    object-fit: cover;
    border-radius: var(--_radius-sm);
    background: var(--_surface-alt);
  }
  figcaption {
    font-size: 0.8125em;
    color: var(--_muted);
    margin-top: 0.3rem;
  }
  .ref-links {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.25rem;
  }
  .ref-links a {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 44px;
    overflow-wrap: anywhere;
    font-weight: 500;
  }

  .ack {
    display: grid;
    gap: 0.75rem;
    padding-top: 1.25rem;
    border-top: 1px solid var(--_border);
  }
  .ack.notice {
    border-top: 1px solid color-mix(in srgb, var(--_success) 35%, transparent);
    padding-top: 0.85rem;
    gap: 0;
  }
  .ack-done:focus {
    outline: none;
  }
  .ack-button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  ${spinner}
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }

  .locked {
    display: grid;
    justify-items: center;
    text-align: center;
    gap: 0.6rem;
    padding: 1.25rem 0.5rem;
  }
  .locked h2 {
    font-size: 1.1875em;
  }
  .locked p {
    max-width: 30rem;
    color: var(--_muted);
  }
  .lock-icon {
    display: grid;
    place-items: center;
    width: 3.5rem;
    height: 3.5rem;
    border-radius: 50%;
    background: var(--_primary-soft);
    color: var(--_primary);
  }

  .notice.empty > strong {
    display: block;
  }
  .notice p + p,
  .notice p + button {
    margin-top: 0.5rem;
  }

  .loading {
    display: grid;
    gap: 0.75rem;
  }
  .skeleton.line {
    height: 1rem;
  }
  .skeleton.line.short {
    width: 40%;
  }
  .skeleton.line.title {
    height: 1.6rem;
    width: 70%;
  }
  .skeleton.block {
    height: 5rem;
  }

  .copy-buffer {
    position: fixed;
    top: 0;
    left: 0;
    opacity: 0;
    pointer-events: none;
  }
  .payout-details-slot {
    display: block;
    margin-top: 1rem;
  }
`;
