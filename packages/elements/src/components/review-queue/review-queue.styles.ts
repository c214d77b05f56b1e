import { css } from 'lit';

export const styles = css`
  .queue {
    display: grid;
    gap: 1rem;
    align-items: start;
  }
  @container (min-width: 52rem) {
    .queue {
      grid-template-columns: minmax(16rem, 20rem) 1fr;
    }
  }
  .queue-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .item {
    width: 100%;
    display: grid;
    gap: 0.2rem;
    text-align: left;
    padding: 0.7rem 0.85rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .item:hover {
    border-color: var(--_primary);
  }
  .item[aria-current='true'] {
    border-color: var(--_primary);
    background: var(--_primary-soft);
    box-shadow: inset 4px 0 0 var(--_primary);
  }
  .item-top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 0.6rem;
    align-items: center;
    justify-content: space-between;
  }
  .pill.draft {
    background: var(--_primary-soft);
    border-color: transparent;
    color: var(--_primary);
  }
  .waited {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_warning);
  }
  .auto {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .detail {
    min-width: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    padding: clamp(0.75rem, 2.5vw, 1.25rem);
  }
  #detail {
    display: grid;
    gap: 1.1rem;
  }
  #detail-title:focus {
    outline: none;
  }
  h4 {
    font-size: 0.9375em;
    margin-bottom: 0.45rem;
  }
  .media,
  .screenshots {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .media {
    grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
  }
  .screenshots {
    grid-template-columns: repeat(auto-fill, minmax(min(22rem, 100%), 1fr));
  }
  figure {
    margin: 0;
  }
  figure img,
  figure video {
    display: block;
    width: 100%;
    border-radius: var(--_radius-sm);
    background: var(--_surface-alt);
  }
  .media img,
  .media video {
    aspect-ratio: 4 / 5;
    object-fit: cover;
  }
  .screenshots img {
    max-height: 42rem;
    object-fit: contain;
  }
  .media-skeleton {
    aspect-ratio: 4 / 5;
  }
  .versions {
    display: grid;
    gap: 1rem;
  }
  @container (min-width: 60rem) {
    .versions:has(.earlier) {
      grid-template-columns: 1fr 1fr;
    }
  }
  .version {
    padding: 0.85rem;
    border-radius: var(--_radius-sm);
    background: var(--_surface-alt);
    display: grid;
    gap: 0.5rem;
    align-content: start;
  }
  .old {
    display: grid;
    gap: 0.35rem;
    padding-top: 0.6rem;
    border-top: 1px solid var(--_border);
  }
  .caption {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .feedback {
    padding: 0.5rem 0.65rem;
    border-left: 3px solid var(--_warning);
    background: var(--_warning-soft);
    border-radius: 0 var(--_radius-sm) var(--_radius-sm) 0;
  }
  .kol-note {
    font-size: 0.9375em;
  }
  .flags {
    margin-bottom: 1rem;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius-sm);
    border: 1px solid var(--_warning);
    background: var(--_warning-soft);
  }
  .flags h4 {
    margin: 0 0 0.25rem;
    color: var(--_warning);
  }
  .flags .hint {
    margin: 0 0 0.4rem;
  }
  .flags ul {
    margin: 0;
    padding-left: 1.2rem;
  }
  .tag-list {
    list-style: none;
    margin: 0.4rem 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .decision .actions {
    justify-content: flex-start;
  }
  .queue-empty:focus {
    outline: none;
  }
`;
