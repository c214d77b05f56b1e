export { recordEvent, newEventId, type EventInput } from './record-event.js';
export { SqliteWebhookStore } from './sqlite-webhook-store.js';
export type * from './webhook-store.js';
export { WebhookDispatcher, type WebhookDispatcherOptions, type DispatchReport } from './dispatcher.js';
export { RETRY_SCHEDULE_MS, DISABLE_AFTER_MS, ATTEMPT_TIMEOUT_MS, nextAttemptAt } from './schedule.js';
export { newWebhookSecret, signWebhook, type WebhookHeaders } from './signing.js';
