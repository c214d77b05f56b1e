import { createContext } from '@lit/context';
import type { BaseClient, KolProfile, Locale } from '@ibusibuk/sdk';

/** What `<ibusibuk-provider>` hands down to every element inside it. */
export interface IbuSibukContext {
  /**
   * Acts as the signed-in KOL when there is a session, else with the publishable key.
   * Elements build the resources they call on it (`new Campaigns(client)`), so a page
   * loads only the SDK code and schemas of what it shows.
   */
  client: BaseClient;
  /** The signed-in KOL, or null. */
  kol: KolProfile | null;
  locale: Locale;
  theme: 'light' | 'dark' | 'auto';
  /** Sends a one-time code to `email`, its email written in `locale` (the asking element's language; else the provider's). */
  requestCode(email: string, locale?: Locale): Promise<void>;
  /** Exchanges the code for a session and keeps it as the provider's storage option says. */
  verifyCode(email: string, code: string): Promise<KolProfile>;
  signOut(): void;
}

export const ibusibukContext = createContext<IbuSibukContext | undefined>(Symbol.for('ibusibuk-context'));
