import { IbuSibukCampaign } from './campaign.component.js';

export * from './campaign.component.js';
export default IbuSibukCampaign;

IbuSibukCampaign.define('ibusibuk-campaign');

declare global {
  interface HTMLElementTagNameMap {
    'ibusibuk-campaign': IbuSibukCampaign;
  }
}
