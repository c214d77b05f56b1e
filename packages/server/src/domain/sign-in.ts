import { randomInt } from 'node:crypto';
import type { KolProfile, Session } from '@ibusibuk/sdk';
import { DAY, MINUTE } from '../clock.js';
import { newSessionToken, sha256 } from '../ids.js';
import type { Store } from '../store/store.js';

export const CODE_TTL_MS = 10 * MINUTE;
export const SESSION_TTL_MS = 30 * DAY;
export const MAX_CODES_PER_HOUR = 5;
export const MAX_WRONG_ATTEMPTS = 5;

/** Six random digits, leading zeros kept. */
export const newCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** Codes are stored hashed with their email, so a database leak does not reveal live codes. */
export const codeHash = (email: string, code: string): string => sha256(`${email.trim().toLowerCase()}:${code}`);

/** A new 30-day session for the KOL; only the token's hash is stored. */
export async function openSession(store: Store, kol: KolProfile, now: Date): Promise<Session> {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await store.createSession({ tokenHash: sha256(token), kolId: kol.id, createdAt: now, expiresAt });
  return { object: 'session', token, expiresAt: expiresAt.toISOString(), kol };
}
