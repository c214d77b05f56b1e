export type { MessageKind, NotificationMessage, Recipient, WhatsAppTemplate } from './message.js';
export { composeMessage, composeEndpointDisabled, composeSignInCode, kindOf, type ComposeContext } from './compose.js';
export { formatDateTime, formatRupiah, JAKARTA } from './format.js';
export type { Transport } from './transport.js';
export { EmailTransport, emailOptionsFromEnv, type EmailOptions } from './email.js';
export { DevWhatsAppTransport, cloudApiBody, type WhatsAppTransport, type SentWhatsApp } from './whatsapp.js';
export { DevOutboxTransport } from './dev-outbox.js';
export { deliver, channelsFor, type Channels, type Channel, type Preferences } from './notifier.js';
export { tellPendingEvents, type TellOptions } from './tell-events.js';
