import * as z from 'zod/mini';
import { Platform } from './common.js';
import { CountInput, text } from './common.input.js';

// What a KOL submits about herself: every rule the server enforces and forms check.

/** An Indonesian WhatsApp number in international form, e.g. `+6281234567890`. */
export const WhatsAppNumber = z.string().check(z.trim(), z.regex(/^\+62[1-9][0-9]{7,12}$/, { error: 'whatsapp' }));

export const Email = z.email().check(z.maxLength(254));

const SocialAccountInput = z.object({
  platform: Platform,
  handle: z.string().check(z.trim(), z.regex(/^@?[A-Za-z0-9._-]{1,60}$/, { error: 'handle' })),
  followers: CountInput,
});

const ChildInput = z.object({
  birthYear: z.number().check(z.int(), z.minimum(1990), z.maximum(2100)),
  birthMonth: z.number().check(z.int(), z.minimum(1), z.maximum(12)),
});

/** What a KOL tells about herself when she applies; kept as her profile for next time. */
export const KolProfileInput = z.object({
  name: text(120, 2),
  whatsapp: WhatsAppNumber,
  city: text(80),
  province: z.optional(z.string().check(z.trim(), z.maxLength(80))),
  socialAccounts: z.array(SocialAccountInput).check(z.minLength(1), z.maxLength(8)),
  children: z.array(ChildInput).check(z.maxLength(12)),
  niches: z.array(text(60)).check(z.maxLength(15)),
});
export type KolProfileInput = z.input<typeof KolProfileInput>;
