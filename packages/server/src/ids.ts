import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Random base62 text of `length` characters. */
export function randomText(length: number): string {
  const bytes = randomBytes(length * 2);
  let out = '';
  for (let i = 0; out.length < length && i < bytes.length; i++) {
    const byte = bytes[i]!;
    // 248 = 4 * 62: dropping larger bytes keeps every character equally likely.
    if (byte < 248) out += ALPHABET[byte % 62];
  }
  return out.length === length ? out : out + randomText(length - out.length);
}

export type IdPrefix = 'cmp' | 'par' | 'kol' | 'upl' | 'brd' | 'req';

export const newId = (prefix: IdPrefix): string => `${prefix}_${randomText(16)}`;

/** A KOL session token; only its hash is stored. */
export const newSessionToken = (): string => `kst_${randomText(40)}`;

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
