import { Auth, Me, type BaseClient, type KolProfile, type Session } from '@ibusibuk/sdk/client';

// Sign-in and the KOL's profile, loaded on first use: a page that only lists
// campaigns to visitors never fetches this code or the schemas it parses with.

export async function requestCode(client: BaseClient, email: string): Promise<void> {
  await new Auth(client).requestCode(email);
}

export function verifyCode(client: BaseClient, email: string, code: string): Promise<Session> {
  return new Auth(client).verifyCode(email, code);
}

export function loadProfile(client: BaseClient): Promise<KolProfile> {
  return new Me(client).get();
}
