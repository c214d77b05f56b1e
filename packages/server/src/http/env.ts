import type { Locale } from '@ibusibuk/sdk';

/** Who is calling, from the Authorization header. */
export type Caller =
  | { role: 'public'; credentialHash: string; allowedOrigins: string[] }
  | { role: 'officer'; credentialHash: string; label: string }
  | { role: 'kol'; credentialHash: string; kolId: string };

export type AppEnv = {
  Variables: {
    requestId: string;
    locale: Locale;
    caller: Caller | null;
    /** Parse responses with their SDK schemas before sending. */
    checkResponses: boolean;
  };
};
