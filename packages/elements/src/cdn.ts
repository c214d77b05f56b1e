/**
 * The CDN bundle: one ES module that defines every element, for a page that adds
 *   <script type="module" src="https://…/ibusibuk-elements.js"></script>
 * Heavy parts (Markdown and its sanitiser) are separate chunks fetched on first use.
 */
import {
  IbuSibukApplyForm,
  IbuSibukBrief,
  IbuSibukCampaign,
  IbuSibukCampaignList,
  IbuSibukDraftUploader,
  IbuSibukInsightSubmitter,
  IbuSibukProvider,
  IbuSibukSignIn,
} from './index.js';

export * from './index.js';

// Defined here as well as in each element's module: an entry's own statements always survive
// tree-shaking, whatever a bundler makes of package.json's `sideEffects` globs. define() is idempotent.
IbuSibukProvider.define('ibusibuk-provider');
IbuSibukSignIn.define('ibusibuk-sign-in');
IbuSibukCampaignList.define('ibusibuk-campaign-list');
IbuSibukApplyForm.define('ibusibuk-apply-form');
IbuSibukBrief.define('ibusibuk-brief');
IbuSibukDraftUploader.define('ibusibuk-draft-uploader');
IbuSibukInsightSubmitter.define('ibusibuk-insight-submitter');
IbuSibukCampaign.define('ibusibuk-campaign');
