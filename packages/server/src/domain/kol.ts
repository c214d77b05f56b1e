import type { KolProfile } from '@ibusibuk/sdk';

/** The profile a KOL fills in (when she applies, or the seed for her): saved onto her KOL record. */
export type KolProfileOutput = {
  name: string;
  whatsapp: string;
  city: string;
  province?: string | undefined;
  socialAccounts: KolProfile['socialAccounts'];
  children: KolProfile['children'];
  niches: string[];
};
