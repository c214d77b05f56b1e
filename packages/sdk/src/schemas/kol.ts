import * as z from 'zod/mini';
import { Count, KolId, Platform } from './common.js';

// Response entities: shape and formats. What a KOL submits is in kol.input.ts.

export const SocialAccount = z.object({
  platform: Platform,
  handle: z.string(),
  followers: Count,
});
export type SocialAccount = z.infer<typeof SocialAccount>;

export const Child = z.object({
  birthYear: z.number().check(z.int()),
  birthMonth: z.number().check(z.int()),
});
export type Child = z.infer<typeof Child>;

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
