// Response entities (`x.ts`) and the request bodies / query params that only the
// server and forms validate (`x.input.ts`) live in separate modules, so a page
// that only reads entities bundles none of the input rules.
export * from './common.js';
export * from './common.input.js';
export * from './campaign.js';
export * from './campaign.input.js';
export * from './brief.js';
export * from './brief.input.js';
export * from './kol.js';
export * from './kol.input.js';
export * from './auth.js';
export * from './auth.input.js';
export * from './upload.js';
export * from './metrics.js';
export * from './metrics.input.js';
export * from './participation.js';
export * from './participation.input.js';
export * from './move.input.js';
export * from './payout-details.js';
export * from './payout-details.input.js';
export * from './requirements.js';
export * from './error.js';
export * from './event.js';
export * from './webhook.js';
export * from './webhook.input.js';
export * from './dev.js';
export * from './staff.js';
export * from './session.input.js';
export * from './report.js';
export * from './preferences.js';
