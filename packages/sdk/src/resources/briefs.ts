import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request.js';
import { path } from '../internal/path.js';
import type { Brief } from '../schemas/brief.js';
import type { BriefInput } from '../schemas/brief.input.js';

/** A campaign's brief: how the content must be made. */
export class Briefs extends APIResource {
  /** Officer: write (or rewrite) a campaign's brief; each write bumps its `version`. */
  put(campaignId: string, input: BriefInput, options?: RequestOptions): Promise<Brief> {
    return this._send('PUT', path`/v1/campaigns/${campaignId}/brief`, input, 'Brief', options);
  }

  /** The brief of a campaign; same as `campaigns.brief(campaignId)`. */
  get(campaignId: string, options?: RequestOptions): Promise<Brief> {
    return this._get(path`/v1/campaigns/${campaignId}/brief`, 'Brief', options);
  }
}
