// `@ibusibuk/sdk/forms`: what a KOL's forms check what she types with (zod/mini), and the lists
// they offer (platforms, banks, e-wallets, a campaign's requirements), without the schemas of
// the API's answers nor the officers' request bodies: a page that shows a form loads only these.
export * from './validation.js';
export * from './schemas/common.input.js';
export * from './schemas/auth.input.js';
export * from './schemas/kol.input.js';
export * from './schemas/metrics.input.js';
export * from './schemas/participation.input.js';
export * from './schemas/move.input.js';
export * from './schemas/payout-details.input.js';
export { PLATFORMS } from './platforms.js';
export { metricFields, engagementRate } from './insight/metric-table.js';
export { INDONESIAN_BANKS, EWALLETS, bankName, maskAccount } from './schemas/payout-details.js';
export * from './schemas/requirements.js';
