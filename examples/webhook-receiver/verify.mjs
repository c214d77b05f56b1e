// Checks that a webhook comes from Ibu Sibuk: the Standard Webhooks signature over the
// raw body, the id and the timestamp (refused when more than 5 minutes off).
import { Webhook } from 'standardwebhooks';

/**
 * The event, when `rawBody` (the bytes exactly as received, before any JSON parsing)
 * and `headers` carry a valid signature for `secret` (`whsec_…`); throws otherwise.
 */
export function verifyWebhook(secret, rawBody, headers) {
  return new Webhook(secret).verify(rawBody, {
    'webhook-id': headers['webhook-id'],
    'webhook-timestamp': headers['webhook-timestamp'],
    'webhook-signature': headers['webhook-signature'],
  });
}
