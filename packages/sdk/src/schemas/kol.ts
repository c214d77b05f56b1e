import * as z from 'zod/mini';
import { Count, KolId, Platform, text } from './common.js';

/** An Indonesian WhatsApp number in international form, e.g. `+6281234567890`. */
export const WhatsAppNumber = z.string().check(z.trim(), z.regex(/^\+62[1-9][0-9]{7,12}$/, { error: 'whatsapp' }));

export const Email = z.email().check(z.maxLength(254));

export const SocialAccount = z.object({
  platform: Platform,
  handle: z.string().check(z.trim(), z.regex(/^@?[A-Za-z0-9._-]{1,60}$/, { error: 'handle' })),
  followers: Count,
});
export type SocialAccount = z.infer<typeof SocialAccount>;

export const Child = z.object({
  birthYear: z.number().check(z.int(), z.minimum(1990), z.maximum(2100)),
  birthMonth: z.number().check(z.int(), z.minimum(1), z.maximum(12)),
});
export type Child = z.infer<typeof Child>;

/** What a KOL tells about herself when she applies; kept as her profile for next time. */
export const KolProfileInput = z.object({
  name: text(120, 2),
  whatsapp: WhatsAppNumber,
  city: text(80),
  province: z.optional(z.string().check(z.trim(), z.maxLength(80))),
  socialAccounts: z.array(SocialAccount).check(z.minLength(1), z.maxLength(8)),
  children: z.array(Child).check(z.maxLength(12)),
  niches: z.array(text(60)).check(z.maxLength(15)),
});
export type KolProfileInput = z.input<typeof KolProfileInput>;

export const KolProfile = z.object({
  id: KolId,
  object: z.literal('kol'),
  email: z.string(),
  name: z.nullable(z.string()),
  whatsapp: z.nullable(z.string()),
  city: z.nullable(z.string()),
  province: z.nullable(z.string()),
  socialAccounts: z.array(SocialAccount),
  children: z.array(Child),
  niches: z.array(z.string()),
});
export type KolProfile = z.infer<typeof KolProfile>;
