import { IbuSibukCampaignReport } from './campaign-report.component.js';

export { IbuSibukCampaignReport };
IbuSibukCampaignReport.define('ibusibuk-campaign-report');

declare global {
  interface HTMLElementTagNameMap {
    'ibusibuk-campaign-report': IbuSibukCampaignReport;
  }
}
