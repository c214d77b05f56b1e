import { html, nothing, type TemplateResult } from 'lit';
import { STAGES, type Participation } from '@ibusibuk/sdk';

/**
 * `<ibusibuk-payout-details>` inside a stage's element, from acceptance on: its code is
 * fetched the first time it is shown, so pages that never reach acceptance never load it.
 * Locked once the payout is recorded; `onlyIfMissing` where another step also asks.
 */
export function payoutDetailsFor(p: Participation, { onlyIfMissing = false }: { onlyIfMissing?: boolean } = {}): TemplateResult | typeof nothing {
  const stage = STAGES[p.stage];
  if (!stage.holdsPlace || stage.phase === 'ended') return nothing;
  if (!customElements.get('ibusibuk-payout-details')) void import('./payout-details.js');
  return html`<ibusibuk-payout-details
    class="payout-details-slot"
    ?locked=${p.stage === 'paid'}
    ?only-if-missing=${onlyIfMissing}
  ></ibusibuk-payout-details>`;
}
