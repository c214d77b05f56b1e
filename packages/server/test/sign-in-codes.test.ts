import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock, MINUTE } from '../src/clock.js';
import { CODE_TTL_MS, MAX_CODES_PER_HOUR, MAX_WRONG_ATTEMPTS, codeHash } from '../src/domain/sign-in.js';
import { SqliteStore } from '../src/store/sqlite-store.js';

describe('sign-in codes', () => {
  const email = 'siti@example.com';
  let store: SqliteStore;
  let clock: ManualClock;
  beforeEach(() => {
    store = new SqliteStore(':memory:');
    clock = new ManualClock(new Date('2026-06-01T00:00:00Z'));
  });
  afterEach(async () => await store.close());

  const issue = async (code: string) =>
    await store.issueCode({
      email,
      codeHash: codeHash(email, code),
      now: clock.now(),
      expiresAt: new Date(clock.now().getTime() + CODE_TTL_MS),
      maxPerHour: MAX_CODES_PER_HOUR,
    });
  const check = async (code: string) =>
    await store.checkCode({ email, codeHash: codeHash(email, code), now: clock.now(), maxAttempts: MAX_WRONG_ATTEMPTS });

  it('accepts the code once within ten minutes', async () => {
    await issue('123456');
    clock.advance(9 * MINUTE);
    expect(await check('123456')).toBe('ok');
    expect(await check('123456')).toBe('missing');
  });

  it('expires the code after ten minutes', async () => {
    await issue('123456');
    clock.advance(10 * MINUTE);
    expect(await check('123456')).toBe('expired');
  });

  it('burns the code after five wrong attempts', async () => {
    await issue('123456');
    for (let i = 0; i < MAX_WRONG_ATTEMPTS; i++) expect(await check('000000')).toBe('wrong');
    expect(await check('123456')).toBe('burned');
  });

  it('only honours the newest code', async () => {
    await issue('111111');
    await issue('222222');
    expect(await check('111111')).toBe('wrong');
    expect(await check('222222')).toBe('ok');
  });

  it('allows five codes per email per hour, then says when to retry', async () => {
    for (let i = 0; i < MAX_CODES_PER_HOUR; i++) {
      expect((await issue(String(100000 + i))).ok).toBe(true);
      clock.advance(MINUTE);
    }
    const refused = await issue('999999');
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 55 * 60 });
    clock.advance(55 * MINUTE + 1000);
    expect((await issue('999999')).ok).toBe(true);
  });
});
