import { Auth, Me, type BaseClient, type KolProfile, type Locale, type Session } from '@ibusibuk/sdk/client';

// Sign-in and the KOL's profile, loaded on first use: a page that only lists
// campaigns to visitors never fetches this code or the schemas it parses with.

/** The server writes the code's email in the request's language: the page's, which may differ from the client's default. */
export async function requestCode(client: BaseClient, email: string, locale: Locale): Promise<void> {
  await new Auth(client).requestCode(email, { headers: { 'accept-language': locale } });
}

export function verifyCode(client: BaseClient, email: string, code: string): Promise<Session> {
  return new Auth(client).verifyCode(email, code);
}

export function loadProfile(client: BaseClient): Promise<KolProfile> {
  return new Me(client).get();
}
