import { APIResource } from '../core/resource.js';
import type { ListParams, PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/request.js';
import { path } from '../internal/path.js';
import type { Campaign } from '../schemas/campaign.js';
import type { CampaignCreateInput, CampaignListParams, CampaignUpdateInput } from '../schemas/campaign.input.js';
import type { Brief } from '../schemas/brief.js';
import type { CampaignReport } from '../schemas/report.js';

/** Campaigns: anyone reads open ones; officers (secret key) write. */
export class Campaigns extends APIResource {
  /**
   * Campaigns, newest first. Await for the first page, or `for await` over every campaign.
   * Publishable keys and KOLs see `open`, `closed` and `completed` ones only.
   */
  list(params: ListParams<CampaignListParams> = {}, options?: RequestOptions): PagePromise<Campaign> {
    return this._list<Campaign>('/v1/campaigns', 'CampaignList', { ...params }, options);
  }

  /** One campaign by id (`cmp_…`) or slug. */
  get(idOrSlug: string, options?: RequestOptions): Promise<Campaign> {
    return this._get(path`/v1/campaigns/${idOrSlug}`, 'Campaign', options);
  }

  /** The campaign's brief: for officers, and for KOLs once accepted (before that, `PermissionError`). */
  brief(id: string, options?: RequestOptions): Promise<Brief> {
    return this._get(path`/v1/campaigns/${id}/brief`, 'Brief', options);
  }

  /** Officer: create a campaign, in status `draft`. */
  create(input: CampaignCreateInput, options?: RequestOptions): Promise<Campaign> {
    return this._send('POST', '/v1/campaigns', input, 'Campaign', options);
  }

  /** Officer: change some fields of a campaign. */
  update(id: string, input: CampaignUpdateInput, options?: RequestOptions): Promise<Campaign> {
    return this._send('PATCH', path`/v1/campaigns/${id}`, input, 'Campaign', options);
  }

  /** Officer: open a campaign to applications (status `open`). */
  publish(id: string, options?: RequestOptions): Promise<Campaign> {
    return this._send('POST', path`/v1/campaigns/${id}/publish`, undefined, 'Campaign', options);
  }

  /**
   * Staff with `reports.read`, or a secret key: the campaign's results (per stage, per participant,
   * totals) from approved insights. `campaignReportCsv(report)` makes a spreadsheet of it.
   */
  report(id: string, options?: RequestOptions): Promise<CampaignReport> {
    return this._get(path`/v1/campaigns/${id}/report`, 'CampaignReport', options);
  }

  /** Officer: stop taking applications (status `closed`). */
  close(id: string, options?: RequestOptions): Promise<Campaign> {
    return this._send('POST', path`/v1/campaigns/${id}/close`, undefined, 'Campaign', options);
  }
}
