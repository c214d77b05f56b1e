import { IbuSibukCampaignList } from './campaign-list.component.js';

export * from './campaign-list.component.js';
export default IbuSibukCampaignList;

IbuSibukCampaignList.define('ibusibuk-campaign-list');

declare global {
  interface HTMLElementTagNameMap {
    'ibusibuk-campaign-list': IbuSibukCampaignList;
  }
}
