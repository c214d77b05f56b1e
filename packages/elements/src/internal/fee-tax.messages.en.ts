import type { FeeTaxMessages } from './fee-tax.messages.js';

// The English text, fetched with import() only when an element's language is `en`.

export default {
  title: 'Estimated tax withheld',
  gross: 'Fee (gross)',
  tax: 'Estimated PPh 21 (with NPWP/NIK)',
  net: 'Estimated amount you receive',
  withoutTaxId: (tax: string, net: string) => `Without NPWP/NIK: ${tax} withheld (20 % higher), you receive ${net}`,
  rule: 'Estimated under PMK 168/2023 (PPh 21 for non-employees), for a single payment.',
  productTitle: 'Value of the product you receive',
  productValue: 'Product value (market price)',
  productNotTaxed: 'The product’s value is not taxed; you receive the product whole.',
  productTaxed: 'The product’s value counts as gross income, so its tax is withheld from the fee.',
} satisfies FeeTaxMessages;
