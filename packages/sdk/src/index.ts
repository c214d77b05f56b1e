export * from './schemas/index.js';
export * from './lifecycle.js';
export * from './deadlines.js';
export * from './locale.js';
export * from './validation.js';
export { campaignReportCsv, type CampaignReportCsvOptions } from './report-csv.js';
export * from './client.js';
export * from './core/errors.js';
export { APIResource } from './core/resource.js';
export { MoveResource } from './core/move-resource.js';
export { Page, PagePromise, type PageBody, type PageLoader, type ListParams } from './core/pagination.js';
export type { RequestOptions, HttpMethod, APIRequester, APIRequest, RequesterConfig, Query } from './core/request.js';
export { EARLY_RESPONSES, EARLY_RESPONSE_MAX_AGE_MS, type EarlyResponse } from './core/early-responses.js';
export {
  MultipartUploadTransport,
  ResumableUploadTransport,
  MemoryUrlStorage,
  type UploadTransport,
  type UploadCreateOptions,
  type UploadProgress,
  type UploadUrlStorage,
  type PreviousUpload,
} from './core/uploads.js';
export { Campaigns } from './resources/campaigns.js';
export { Embed, type RenderOptions } from './resources/embed.js';
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
export { Uploads } from './resources/uploads.js';
export { Dev, type OutboxList } from './resources/dev.js';
export { Events } from './resources/events.js';
export { WebhookEndpoints } from './resources/webhook-endpoints.js';
export { computePayout, type PayoutBeforeTax, type PayoutStatement, type RateSlice } from './money/payout.js';
export { PayoutTaxConfig, TaxBracket, PPH21_NON_EMPLOYEE_2024 } from './money/tax-config.js';
export { expectedPaymentDate, jakartaDate } from './money/payment-date.js';
export { INDONESIAN_HOLIDAYS, INDONESIAN_HOLIDAY_DATES, type Holiday } from './money/holidays.js';
export {
  parseCount,
  formatCount,
  countRefusalMessage,
  MAX_COUNT,
  type ParsedCount,
  type CountRefusal,
} from './insight/count.js';
export {
  insightFlags,
  INSIGHT_FLAG_LIMITS,
  type InsightFlag,
  type InsightFlagCode,
  type InsightFlagLimits,
  type InsightReport,
  type DeliverableFigures,
} from './insight/flags.js';
