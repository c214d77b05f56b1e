// The values of `@ibusibuk/sdk/client`, and part of the main entry: what the SDK exports but
// the zod schemas and what is built on them (validation, the tax table's schema, insight flags),
// what only a KOL's later steps use (the upload transports, counts typed the Indonesian way) and
// `createClient`, whose client builds every resource: pages build a `BaseClient` and the
// resources they use.
export * from './lifecycle.js';
export * from './deadlines.js';
export * from './locale.js';
export { PLATFORMS } from './platforms.js';
export * from './schemas/requirements.js';
export { BaseClient, VERSION, type ClientOptions } from './core/base-client.js';
export { campaignReportCsv, type CampaignReportCsvOptions } from './report-csv.js';
export * from './core/errors.js';
export { APIResource } from './core/resource.js';
export { MoveResource } from './core/move-resource.js';
export { Page, PagePromise, type PageBody, type PageLoader, type ListParams } from './core/pagination.js';
export type { RequestOptions, HttpMethod, APIRequester, APIRequest, RequesterConfig, Query } from './core/request.js';
export { Campaigns } from './resources/campaigns.js';
export { Embed, type RenderOptions } from './resources/embed.js';
export { Uploads } from './resources/uploads.js';
export { Briefs } from './resources/briefs.js';
export { Auth } from './resources/auth.js';
export { Me } from './resources/me.js';
export { Applications } from './resources/applications.js';
export { Participations } from './resources/participations.js';
export type { WatchOptions } from './core/participation-watch.js';
export { Drafts } from './resources/drafts.js';
export { Posts } from './resources/posts.js';
export { Insights } from './resources/insights.js';
export { Payouts } from './resources/payouts.js';
export { PayoutProfiles } from './resources/payout-profiles.js';
export { NotificationPreferencesResource } from './resources/notification-preferences.js';
export { Sessions } from './resources/sessions.js';
export { Dev, type OutboxList } from './resources/dev.js';
export { Events } from './resources/events.js';
export { WebhookEndpoints } from './resources/webhook-endpoints.js';
export { computePayout, type PayoutBeforeTax, type PayoutStatement, type RateSlice } from './money/payout.js';
export { expectedPaymentDate, jakartaDate } from './money/payment-date.js';
export { INDONESIAN_HOLIDAYS, INDONESIAN_HOLIDAY_DATES, type Holiday } from './money/holidays.js';
