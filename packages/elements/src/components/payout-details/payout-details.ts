import { IbuSibukPayoutDetails } from './payout-details.component.js';

export * from './payout-details.component.js';
IbuSibukPayoutDetails.define('ibusibuk-payout-details');

declare global {
  interface HTMLElementTagNameMap {
    'ibusibuk-payout-details': IbuSibukPayoutDetails;
  }
}
