/**
 * @ibusibuk/elements: importing this module defines every Ibu Sibuk element
 * (each tag only once, even with two copies on a page) and exports their classes.
 */
export * from './components/provider/provider.js';
export * from './components/sign-in/sign-in.js';
export * from './components/campaign-list/campaign-list.js';
export * from './components/apply-form/apply-form.js';
export * from './components/brief/brief.js';
export * from './components/draft-uploader/draft-uploader.js';
export * from './components/insight-submitter/insight-submitter.js';
export * from './components/payout-details/payout-details.js';
export * from './components/campaign/campaign.js';
// The staff console (brand back-offices, Orami's officers): a KOL page imports none of these.
export * from './components/applicants/applicants.js';
export * from './components/review-queue/review-queue.js';
export * from './components/campaign-report/campaign-report.js';
export * from './components/payouts/payouts.js';

export { IbuSibukElement } from './internal/ibusibuk-element.js';
export { ibusibukContext, type IbuSibukContext } from './internal/context.js';
export { version } from './internal/version.js';
export type { IbuSibukErrorDetail } from './events.js';
