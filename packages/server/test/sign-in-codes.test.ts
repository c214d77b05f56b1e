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
  afterEach(() => store.close());

  const issue = (code: string) =>
    store.issueCode({
      email,
      codeHash: codeHash(email, code),
      now: clock.now(),
      expiresAt: new Date(clock.now().getTime() + CODE_TTL_MS),
      maxPerHour: MAX_CODES_PER_HOUR,
    });
  const check = (code: string) =>
    store.checkCode({ email, codeHash: codeHash(email, code), now: clock.now(), maxAttempts: MAX_WRONG_ATTEMPTS });

  it('accepts the code once within ten minutes', () => {
    issue('123456');
    clock.advance(9 * MINUTE);
    expect(check('123456')).toBe('ok');
    expect(check('123456')).toBe('missing');
  });

  it('expires the code after ten minutes', () => {
    issue('123456');
    clock.advance(10 * MINUTE);
    expect(check('123456')).toBe('expired');
  });

  it('burns the code after five wrong attempts', () => {
    issue('123456');
    for (let i = 0; i < MAX_WRONG_ATTEMPTS; i++) expect(check('000000')).toBe('wrong');
    expect(check('123456')).toBe('burned');
  });

  it('only honours the newest code', () => {
    issue('111111');
    issue('222222');
    expect(check('111111')).toBe('wrong');
    expect(check('222222')).toBe('ok');
  });

  it('allows five codes per email per hour, then says when to retry', () => {
    for (let i = 0; i < MAX_CODES_PER_HOUR; i++) {
      expect(issue(String(100000 + i)).ok).toBe(true);
      clock.advance(MINUTE);
    }
    const refused = issue('999999');
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 55 * 60 });
    clock.advance(55 * MINUTE + 1000);
    expect(issue('999999').ok).toBe(true);
  });
});
