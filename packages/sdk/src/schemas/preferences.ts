import * as z from 'zod/mini';

const Language = z.enum(['id', 'en']);

/** How a KOL is told what happens: her language, and whether WhatsApp may be used (sign-in codes always go by email). */
export const NotificationPreferences = z.object({
  object: z.literal('notification_preferences'),
  locale: Language,
  whatsapp: z.boolean(),
});
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

/** Body of `PUT /v1/me/notification-preferences` (KOL). */
export const NotificationPreferencesInput = z.object({
  locale: z.optional(Language),
  whatsapp: z.optional(z.boolean()),
});
export type NotificationPreferencesInput = z.input<typeof NotificationPreferencesInput>;
