/** The event, when the raw body and headers carry a valid Standard Webhooks signature for `secret`; throws otherwise. */
export function verifyWebhook(secret: string, rawBody: string, headers: Record<string, string | string[] | undefined>): unknown;
