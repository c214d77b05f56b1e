import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }

  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  blockquote {
    margin: 0;
  }
  ul[role='list'],
  ol[role='list'] {
    list-style: none;
    padding: 0;
  }

  .campaign {
    display: grid;
    gap: 1.5rem;
  }

  /* Header */
  .cover {
    display: block;
    width: 100%;
    aspect-ratio: var(--ibusibuk-campaign-cover-ratio, 16 / 9);
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
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
  .header {
    display: grid;
    gap: 0.5rem;
  }
  .brand {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    color: var(--_muted);
    font-size: 0.9375em;
    font-weight: 600;
  }
  .logo {
    width: 32px;
    height: 32px;
    border-radius: 50%;
    object-fit: cover;
    flex: none;
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  .monogram {
    display: inline-grid;
    place-items: center;
    background: var(--_primary-soft);
    color: var(--_primary);
    border-color: transparent;
    font-weight: 700;
  }
  .title {
    font-size: 1.5em;
    line-height: 1.2;
    letter-spacing: -0.01em;
    text-wrap: balance;
  }
  .summary {
    color: var(--_muted);
    font-size: 1.0625em;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-top: 0.25rem;
  }

  /* Facts */
  .facts {
    padding: 0.25rem 1.125rem 1.125rem;
  }
  .facts dl {
    display: grid;
  }
  .fact {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 1rem;
    padding: 0.85rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .fact:last-child {
    border-bottom: 0;
  }
  .fact dt {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 500;
  }
  .fact dd {
    display: grid;
    text-align: end;
  }
  .fact-main {
    font-size: 1.125em;
    font-weight: 700;
  }
  .fact-main.urgent {
    color: var(--_danger);
  }
  .fact-sub {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .facts .button {
    margin-top: 0.25rem;
  }

  /* Details */
  .details {
    display: grid;
    gap: 1.5rem;
  }
  .section {
    display: grid;
    gap: 0.65rem;
    align-content: start;
  }
  .section h3,
  .apply-heading,
  .journey-head h3 {
    font-size: 1.125em;
    line-height: 1.3;
  }
  .deliverables {
    display: grid;
    gap: 0.5rem;
  }
  .deliverables li {
    display: flex;
    align-items: center;
    gap: 0.65rem;
    padding: 0.6rem 0.85rem;
    border-radius: var(--_radius-sm);
    background: var(--_surface-alt);
    font-weight: 600;
  }
  .platform {
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    flex: none;
    background: var(--_muted);
  }
  .platform-instagram {
    background: linear-gradient(135deg, #f58529, #dd2a7b 50%, #8134af);
  }
  .platform-tiktok {
    background: #111;
    box-shadow: 2px 0 0 #25f4ee, -2px 0 0 #fe2c55;
  }
  .platform-youtube {
    background: #e62117;
  }
  .platform-facebook {
    background: #1877f2;
  }
  .checklist {
    display: grid;
    gap: 0.5rem;
  }
  .checklist li {
    position: relative;
    padding-inline-start: 1.75rem;
  }
  .checklist li::before {
    content: '✓';
    position: absolute;
    inset-inline-start: 0;
    top: 0.1em;
    width: 1.25rem;
    height: 1.25rem;
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: var(--_success-soft);
    color: var(--_success);
    font-size: 0.75em;
    font-weight: 700;
  }
  .timeline {
    display: grid;
    border-inline-start: 2px solid var(--_border);
    margin-inline-start: 0.35rem;
  }
  .timeline li {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    padding: 0.45rem 0 0.45rem 1.1rem;
  }
  .timeline li::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.4rem;
    top: 0.9rem;
    width: 0.65rem;
    height: 0.65rem;
    border-radius: 50%;
    background: var(--_surface);
    border: 2px solid var(--_primary);
  }
  .timeline li > :first-child {
    color: var(--_muted);
  }
  .timeline li > :last-child {
    font-weight: 600;
  }
  .rules {
    display: grid;
    gap: 0.3rem;
    margin: 0.75rem 0 0;
    padding: 0.65rem 0.85rem;
    border-radius: var(--_radius-sm);
    background: var(--_surface-alt);
    color: var(--_muted);
    font-size: 0.9em;
    list-style: none;
  }
  .prose {
    display: grid;
    gap: 0.75rem;
    overflow-wrap: anywhere;
  }
  .prose.plain {
    white-space: pre-line;
  }
  .prose :is(h1, h2, h3, h4) {
    font-size: 1em;
    margin: 0.5rem 0 0;
  }
  .prose :is(p, ul, ol) {
    margin: 0;
  }
  .prose :is(ul, ol) {
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.3rem;
  }
  .prose a {
    color: var(--_primary);
  }
  .prose img {
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius-sm);
  }

  /* Apply and journey */
  .apply,
  .journey {
    display: grid;
    gap: 1rem;
    scroll-margin-top: 1rem;
  }
  .apply-heading:focus {
    outline: none;
  }
  .progress {
    display: grid;
    gap: 1rem;
    padding: 1.125rem;
  }
  .journey-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }
  .session {
    display: flex;
    align-items: center;
    gap: 0.25rem;
  }

  /* Stepper: dots with connectors; labels under them when there is room. */
  .stepper {
    display: grid;
    gap: 0.5rem;
  }
  .step-summary {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .step-summary strong {
    color: var(--_text);
  }
  .steps {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .step {
    position: relative;
    display: grid;
    justify-items: center;
    gap: 0.35rem;
    text-align: center;
    font-size: 0.75em;
    color: var(--_muted);
  }
  .step::before {
    content: '';
    position: absolute;
    top: 0.875rem;
    inset-inline-end: 50%;
    width: 100%;
    height: 2px;
    background: var(--_border);
    z-index: 0;
  }
  .step:first-child::before {
    display: none;
  }
  .step.done::before,
  .step.current::before {
    background: var(--_primary);
  }
  .dot {
    position: relative;
    z-index: 1;
    width: 1.75rem;
    height: 1.75rem;
    display: grid;
    place-items: center;
    border-radius: 50%;
    border: 2px solid var(--_border);
    background: var(--_surface);
    font-size: 0.8125rem;
    font-weight: 700;
    color: var(--_muted);
  }
  .step.done .dot {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .step.current .dot {
    border-color: var(--_primary);
    color: var(--_primary);
    box-shadow: 0 0 0 4px var(--_primary-soft);
  }
  .step.current .label {
    color: var(--_text);
    font-weight: 700;
  }
  .label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  /* Status */
  .status {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: 1rem 1.125rem;
    box-shadow: none;
    background: var(--_surface-alt);
  }
  .status.success {
    background: var(--_success-soft);
    border-color: color-mix(in srgb, var(--_success) 30%, transparent);
  }
  .status-title {
    font-size: 1.125em;
    line-height: 1.3;
  }
  .status-title:focus {
    outline: none;
  }
  .status-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .due {
    font-weight: 600;
    font-size: 0.9375em;
  }
  .note {
    justify-self: stretch;
    padding: 0.6rem 0.85rem;
    border-inline-start: 3px solid var(--_primary);
    background: var(--_surface);
    border-radius: 0 var(--_radius-sm) var(--_radius-sm) 0;
  }
  .brief-toggle {
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
  }
  .brief-toggle > summary {
    display: flex;
    align-items: center;
    min-height: 44px;
    padding: 0.5rem 1rem;
    cursor: pointer;
    font-weight: 600;
    color: var(--_primary);
  }
  .brief-toggle[open] > summary {
    border-bottom: 1px solid var(--_border);
  }
  .brief-toggle > :not(summary) {
    padding: 1rem;
  }

  .withdraw {
    display: grid;
    justify-items: end;
  }
  .withdraw .button.ghost {
    color: var(--_muted);
  }
  .withdraw.confirm {
    justify-items: start;
    gap: 0.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .button.danger {
    background: var(--_danger);
    color: #fff;
  }
  .button.danger:hover:not([disabled]) {
    background: color-mix(in srgb, var(--_danger) 85%, black);
  }

  /* Loading */
  .loading {
    display: grid;
    gap: 0.75rem;
  }
  .cover-skeleton {
    aspect-ratio: var(--ibusibuk-campaign-cover-ratio, 16 / 9);
    border-radius: var(--_radius);
  }
  .skeleton-line {
    height: 1.1rem;
    width: 60%;
  }
  .skeleton-line.wide {
    height: 1.75rem;
    width: 85%;
  }
  .skeleton-block {
    height: 7rem;
  }
  .notice p + p,
  .notice p + button {
    margin-top: 0.5rem;
  }

  @container (min-width: 30rem) {
    .title {
      font-size: 1.875em;
    }
    .facts {
      padding: 1.125rem;
    }
    .facts dl {
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 1rem;
    }
    .fact {
      display: grid;
      align-content: start;
      gap: 0.25rem;
      padding: 0 0 0 1rem;
      border-bottom: 0;
      border-inline-start: 1px solid var(--_border);
    }
    .fact:first-child {
      border-inline-start: 0;
      padding-inline-start: 0;
    }
    .fact dd {
      text-align: start;
    }
    .facts .button {
      margin-top: 1rem;
    }
    .progress {
      padding: 1.5rem;
    }
    .step-summary {
      display: none;
    }
    .label {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip: auto;
      white-space: normal;
    }
  }

  @container (min-width: 45rem) {
    .details {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 1.75rem 2rem;
    }
    .details .about {
      grid-column: 1 / -1;
    }
    .facts .button {
      width: auto;
      min-width: 14rem;
    }
  }
`;
