import { css, html, nothing, type TemplateResult } from 'lit';
import { computePayout, type Locale } from '@ibusibuk/sdk/client';
import { formatRupiah } from './format.js';
import { feeTaxMessages } from './fee-tax.messages.js';

/**
 * Gross, PPh 21 and net of a fee, with and without a tax id, before she applies, and the market
 * value of a product she receives, taxed or not as the tax config says; nothing when there is
 * neither a fee nor a stated product value.
 */
export function feeTax(fee: number, locale: Locale, productValue: number | null = null): TemplateResult | typeof nothing {
  const product = productValue ?? 0;
  if (fee <= 0 && product <= 0) return nothing;
  const t = feeTaxMessages(locale);
  const rp = (n: number) => formatRupiah(n, locale);
  const withId = computePayout({ fee, productValue: product, hasNpwp: true });
  const without = computePayout({ fee, productValue: product, hasNpwp: false });
  const taxed = withId.tax > 0 || fee > 0;
  return html`<div class="fee-tax" part="fee-tax" data-fee-tax>
    <p class="fee-tax-title">${taxed ? t.title : t.productTitle}</p>
    <dl>
      ${fee > 0 ? html`<div><dt>${t.gross}</dt><dd data-gross>${rp(fee)}</dd></div>` : nothing}
      ${taxed
        ? html`<div><dt>${t.tax}</dt><dd data-tax>− ${rp(withId.tax)}</dd></div>
            <div class="fee-tax-net"><dt>${t.net}</dt><dd data-net>${rp(withId.net)}</dd></div>`
        : nothing}
      ${product > 0 ? html`<div data-product-value><dt>${t.productValue}</dt><dd>${rp(product)}</dd></div>` : nothing}
    </dl>
    ${product > 0 ? html`<p class="fee-tax-product" data-product-taxed=${String(withId.productTaxed)}>${withId.productTaxed ? t.productTaxed : t.productNotTaxed}</p>` : nothing}
    ${taxed ? html`<p class="fee-tax-without" data-without>${t.withoutTaxId(rp(without.tax), rp(without.net))}</p>` : nothing}
    <p class="fee-tax-rule">${t.rule}</p>
  </div>`;
}

export const feeTaxStyles = css`
  .fee-tax {
    display: grid;
    gap: 0.35rem;
    margin-top: 0.5rem;
    font-size: 0.875em;
  }
  .fee-tax-title {
    margin: 0;
    font-weight: 600;
  }
  .fee-tax dl {
    margin: 0;
    display: grid;
    gap: 0.2rem;
  }
  .fee-tax dl div {
    display: flex;
    justify-content: space-between;
    gap: 0.75rem;
  }
  .fee-tax dt,
  .fee-tax dd {
    margin: 0;
  }
  .fee-tax dd {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .fee-tax-net {
    font-weight: 600;
  }
  .fee-tax-product,
  .fee-tax-without,
  .fee-tax-rule {
    margin: 0;
    color: var(--_muted);
  }
`;
