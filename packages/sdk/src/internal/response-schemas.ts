/**
 * Every schema an answer of the API is checked against, by the name resources give
 * (`'Campaign'`, `'CampaignList'` …). Resources import this module's types only; its code is
 * loaded by `import()` when responses are checked (always on Node, on request in pages), so a
 * page that trusts the API carries none of these schemas.
 */
export { CodeRequested, Outbox, Session } from '../schemas/auth.js';
export { Brief } from '../schemas/brief.js';
export { Campaign, CampaignList } from '../schemas/campaign.js';
export { DevClock } from '../schemas/dev.js';
export { EventList } from '../schemas/event.js';
export { KolProfile } from '../schemas/kol.js';
export { Participation, ParticipationList } from '../schemas/participation.js';
export { PayoutProfile } from '../schemas/payout-details.js';
export { NotificationPreferences } from '../schemas/preferences.js';
export { CampaignReport } from '../schemas/report.js';
export { StaffSession } from '../schemas/staff.js';
export { Upload } from '../schemas/upload.js';
export { WebhookDeliveryList, WebhookEndpoint, WebhookEndpointDeleted, WebhookEndpointList } from '../schemas/webhook.js';
