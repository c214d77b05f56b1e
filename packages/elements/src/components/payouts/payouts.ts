import { IbuSibukPayouts } from './payouts.component.js';

export { IbuSibukPayouts };
IbuSibukPayouts.define('ibusibuk-payouts');

declare global {
  interface HTMLElementTagNameMap {
    'ibusibuk-payouts': IbuSibukPayouts;
  }
}
