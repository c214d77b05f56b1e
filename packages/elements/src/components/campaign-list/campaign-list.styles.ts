import { css } from 'lit';
import { spinner } from '../../styles/spinner.styles.js';

export const styles = css`
  :host {
    --_gap: var(--ibusibuk-campaign-list-gap, 1rem);
    --_min: var(--ibusibuk-campaign-list-columns-min, 260px);
    container-type: inline-size;
  }

  /* Filters: a search box, platform chips and a select, all the same pill */
  .filters {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    margin-bottom: 1rem;
  }
  .search {
    position: relative;
  }
  .search svg {
    position: absolute;
    inset-inline-start: 0.9rem;
    top: 50%;
    transform: translateY(-50%);
    color: var(--_muted);
    pointer-events: none;
  }
  input,
  select,
  .chips button {
    min-height: 44px;
    padding: 0 1em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  input {
    width: 100%;
    padding-inline-start: 2.75em;
  }
  input::placeholder {
    color: var(--_muted);
  }
  .filter-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .chips {
    display: flex;
    gap: 0.4rem;
    flex: 1 1 20rem;
    min-width: 0;
    overflow-x: auto;
    scrollbar-width: none;
    padding: 4px 3px;
    margin-block: -4px;
    /* A chip reached with Tab scrolls clear of the faded edge. */
    scroll-padding-inline: 2rem;
  }
  /* Where more chips hide, the edge fades out: the row reads as one that scrolls. */
  .chips[data-more='end'] {
    mask-image: linear-gradient(to right, #000 calc(100% - 2.5rem), transparent);
  }
  .chips[data-more='start'] {
    mask-image: linear-gradient(to left, #000 calc(100% - 2.5rem), transparent);
  }
  .chips[data-more='start end'] {
    mask-image: linear-gradient(to right, transparent, #000 2.5rem, #000 calc(100% - 2.5rem), transparent);
  }
  .chips button {
    flex: none;
    font-size: 0.9375em;
    font-weight: 500;
    cursor: pointer;
  }
  .chips button:hover {
    border-color: var(--_primary);
  }
  .chips [aria-pressed='true'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  select {
    flex: 0 1 13rem;
  }

  .count {
    margin: 0 0 0.6rem;
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Cards. Only the chunks near the viewport are rendered; the list's padding (set from script) holds the others' place. */
  .chunk {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_min)), 1fr));
    gap: var(--_gap);
    padding-bottom: var(--_gap);
    contain: layout style;
  }
  .item {
    display: flex;
    min-width: 0;
    content-visibility: auto;
    contain-intrinsic-size: auto 380px;
  }
  .campaign {
    position: relative;
    display: flex;
    flex-direction: column;
    width: 100%;
    overflow: hidden;
    transition:
      box-shadow 160ms ease,
      transform 160ms ease;
  }
  .campaign:hover {
    box-shadow:
      0 2px 4px rgb(30 27 36 / 8%),
      0 10px 28px rgb(30 27 36 / 10%);
    transform: translateY(-2px);
  }
  .campaign:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .campaign :focus-visible {
    outline: none;
  }
  .cover {
    position: relative;
    display: grid;
    place-items: center;
    aspect-ratio: 16 / 9;
    background: linear-gradient(135deg, var(--_primary-soft), var(--_surface-alt));
    overflow: hidden;
    flex: none;
    font-size: 2.5em;
    font-weight: 700;
    color: var(--_primary);
  }
  /* Out of the flow, so a cover arriving repaints its box and lays out nothing. */
  .cover img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  /* On a dark page pale artwork glares: dimmed a little, as dark themes do with pictures. */
  :host([data-theme='dark']) .cover {
    filter: brightness(0.8) saturate(0.9);
  }
  @media (prefers-color-scheme: dark) {
    :host([data-theme='auto']) .cover {
      filter: brightness(0.8) saturate(0.9);
    }
  }
  /* The brand's initial, in place of a missing or broken image. */
  img:not([hidden]) + .initial {
    display: none;
  }
  .content {
    display: flex;
    flex-direction: column;
    gap: 0.45rem;
    flex: 1;
    min-width: 0;
    padding: 0.9rem 1rem 1rem;
  }
  .brand {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-width: 0;
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
  }
  .brand-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .logo {
    flex: none;
    width: 24px;
    height: 24px;
    border-radius: 50%;
    object-fit: cover;
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  .logo.initial {
    display: grid;
    place-items: center;
    font-size: 0.75em;
    color: var(--_primary);
    background: var(--_primary-soft);
    border-color: transparent;
  }
  .title,
  .summary {
    margin: 0;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .title {
    font-size: 1.0625em;
    line-height: 1.35;
  }
  .stretched {
    all: unset;
    cursor: pointer;
  }
  .stretched::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .campaign:hover .stretched {
    color: var(--_primary);
  }
  .summary {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.9rem;
    margin-top: auto;
    padding-top: 0.35rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .fee {
    color: var(--_text);
    font-size: 1.0625em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .barter {
    color: var(--_success);
  }
  .urgent {
    color: var(--_warning);
    font-weight: 600;
  }
  .platforms {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* list: wide horizontal cards */
  :host([layout='list']) .chunk,
  :host([layout='compact']) .chunk {
    grid-template-columns: 1fr;
  }
  @container (min-width: 560px) {
    :host([layout='list']) .campaign {
      flex-direction: row;
    }
    :host([layout='list']) .cover {
      width: clamp(180px, 30%, 280px);
      aspect-ratio: 4 / 3;
      align-self: flex-start;
    }
  }

  /* compact: an article sidebar, ~300px */
  :host([layout='compact']) {
    --_gap: var(--ibusibuk-campaign-list-gap, 0.5rem);
  }
  :host([layout='compact']) .item {
    contain-intrinsic-size: auto 96px;
  }
  :host([layout='compact']) .campaign {
    flex-direction: row;
    align-items: center;
    gap: 0.75rem;
    padding: 0.6rem;
    box-shadow: none;
  }
  :host([layout='compact']) .campaign:hover {
    transform: none;
    background: var(--_surface-alt);
  }
  :host([layout='compact']) .cover {
    width: 72px;
    aspect-ratio: 1;
    border-radius: var(--_radius-sm);
    font-size: 1.5em;
  }
  :host([layout='compact']) .content {
    padding: 0;
    gap: 0.15rem;
  }
  :host([layout='compact']) .logo,
  :host([layout='compact']) .summary,
  :host([layout='compact']) .platforms,
  :host([layout='compact']) .slots {
    display: none;
  }
  :host([layout='compact']) .brand {
    font-size: 0.75em;
  }
  :host([layout='compact']) .title {
    font-size: 0.9375em;
  }
  /* Each fact stays whole; the deadline moves under the fee rather than being cut ("14 ha…"). */
  :host([layout='compact']) .meta {
    gap: 0 0.6rem;
    padding-top: 0.1rem;
    font-size: 0.8125em;
    white-space: nowrap;
  }
  :host([layout='compact']) .fee {
    flex: none;
    font-size: 1em;
  }
  :host([layout='compact']) .filter-row {
    display: grid;
  }
  :host([layout='compact']) .chips {
    flex: none;
  }

  /* States */
  .state {
    padding: 2rem 1.25rem;
    text-align: center;
    display: grid;
    justify-items: center;
    gap: 0.35rem;
  }
  .state p {
    margin: 0 0 0.5rem;
  }
  .empty {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .empty strong {
    font-size: 1.0625em;
  }
  .empty p,
  .ref {
    color: var(--_muted);
  }
  .ref {
    font-size: 0.8125em;
  }
  .skeletons .campaign {
    box-shadow: none;
  }
  .skeletons .cover {
    border-radius: 0;
  }
  .line {
    height: 0.85em;
    margin-bottom: 0.5rem;
  }
  .short {
    width: 40%;
  }
  .half {
    width: 60%;
  }
  .more {
    display: grid;
    justify-items: center;
    gap: 0.75rem;
    margin-top: 1.5rem;
  }
  .more .notice {
    margin: 0;
    width: 100%;
  }
  .sentinel {
    width: 1px;
    height: 1px;
  }
  ${spinner}
  @media (prefers-reduced-motion: reduce) {
    .campaign,
    .campaign:hover {
      transition: none;
      transform: none;
    }
    .spinner {
      animation-duration: 2.4s;
    }
  }
`;
