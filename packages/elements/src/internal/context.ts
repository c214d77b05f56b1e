import { createContext } from '@lit/context';
import type { IbuSibukClient, KolProfile, Locale } from '@ibusibuk/sdk';

/** What `<ibusibuk-provider>` hands down to every element inside it. */
export interface IbuSibukContext {
  /** Acts as the signed-in KOL when there is a session, else with the publishable key. */
  client: IbuSibukClient;
  /** The signed-in KOL, or null. */
  kol: KolProfile | null;
  locale: Locale;
  theme: 'light' | 'dark' | 'auto';
  /** Sends a one-time code to `email`. */
  requestCode(email: string): Promise<void>;
  /** Exchanges the code for a session and keeps it as the provider's storage option says. */
  verifyCode(email: string, code: string): Promise<KolProfile>;
  signOut(): void;
}

export const ibusibukContext = createContext<IbuSibukContext | undefined>(Symbol.for('ibusibuk-context'));
