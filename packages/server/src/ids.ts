import { createHash, randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Random base62 text of `length` characters. */
export function randomText(length: number): string {
  let out = '';
  while (out.length < length) {
    const byte = randomByte();
    // 248 = 4 * 62: dropping larger bytes keeps every character equally likely.
    if (byte < 248) out += ALPHABET[byte % 62];
  }
  return out;
}

// Random bytes drawn from a refilled pool: one syscall per 4 kB instead of one per id (every request gets one).
const pool = new Uint8Array(4096);
let poolOffset = pool.length;
function randomByte(): number {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  return pool[poolOffset++]!;
}

export type IdPrefix = 'cmp' | 'par' | 'kol' | 'upl' | 'brd' | 'req';

export const newId = (prefix: IdPrefix): string => `${prefix}_${randomText(16)}`;

/** A KOL session token; only its hash is stored. */
export const newSessionToken = (): string => `kst_${randomText(40)}`;
export const newStaffSessionToken = (): string => `sst_${randomText(40)}`;

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
