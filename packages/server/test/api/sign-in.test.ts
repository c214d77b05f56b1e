import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, RateLimitError, ValidationError } from '@ibusibuk/sdk';
import { startApi, type Api } from './support.js';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const once = { maxRetries: 0 };
const codeFor = async (email: string) => (await api.public.dev.outbox(email)).data[0]!.code!;
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('sign-in by one-time code', () => {
  it('puts a 6-digit code in the dev outbox and trades it for a session', async () => {
    const requested = await api.public.auth.requestCode('ani@example.com');
    expect(requested).toMatchObject({ object: 'code_request', email: 'ani@example.com' });
    const code = await codeFor('ani@example.com');
    expect(code).toMatch(/^\d{6}$/);
    const session = await api.public.auth.verifyCode('ani@example.com', code);
    expect(session).toMatchObject({ object: 'session', kol: { email: 'ani@example.com' } });
    expect(session.token).toMatch(/^kst_/);
    await expect(api.public.withSession(session.token).me.get()).resolves.toMatchObject({ email: 'ani@example.com' });
  });

  it('writes the code’s email in the language of the page she signs in on', async () => {
    await api.public.auth.requestCode('bahasa@example.com');
    const english = api.client({ publishableKey: 'pk_test_demo', locale: 'en' });
    await english.auth.requestCode('english@example.com');
    const [id] = (await api.public.dev.outbox('bahasa@example.com')).data;
    const [en] = (await api.public.dev.outbox('english@example.com')).data;
    expect(id!.subject).toMatch(/kode/i);
    expect(id!.text).toContain(id!.code!);
    expect(en!.subject).toMatch(/code/i);
    expect(en!.subject).not.toMatch(/kode/i);
    expect(en!.text).toContain(en!.code!);
  });

  it('uses a code only once', async () => {
    await api.public.auth.requestCode('sekali@example.com');
    const code = await codeFor('sekali@example.com');
    await api.public.auth.verifyCode('sekali@example.com', code);
    await expect(api.public.auth.verifyCode('sekali@example.com', code, once)).rejects.toBeInstanceOf(ValidationError);
  });

  it('refuses a wrong code on the field `code`', async () => {
    await api.public.auth.requestCode('salah@example.com');
    const code = await codeFor('salah@example.com');
    const error = await api.public.auth.verifyCode('salah@example.com', wrong(code), once).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fields!)).toEqual(['code']);
    await expect(api.public.auth.verifyCode('salah@example.com', code)).resolves.toMatchObject({ object: 'session' });
  });

  it('refuses an expired code, saying it expired', async () => {
    await api.public.auth.requestCode('lama@example.com');
    const code = await codeFor('lama@example.com');
    api.clock.advance(10 * 60_000 + 1_000);
    const id = await api.public.auth.verifyCode('lama@example.com', code, once).catch((e: unknown) => e);
    expect(id).toBeInstanceOf(ValidationError);
    expect((id as ValidationError).fields!.code).toMatch(/kedaluwarsa|habis|berlaku/i);
    const en = api.client({ publishableKey: 'pk_test_demo', locale: 'en' });
    const error = await en.auth.verifyCode('lama@example.com', code, once).catch((e: unknown) => e);
    expect((error as ValidationError).fields!.code).toMatch(/expired/i);
  });

  it('burns a code after five wrong attempts', async () => {
    await api.public.auth.requestCode('tebak@example.com');
    const code = await codeFor('tebak@example.com');
    const errors: unknown[] = [];
    for (let i = 0; i < 5; i++) errors.push(await api.public.auth.verifyCode('tebak@example.com', wrong(code), once).catch((e: unknown) => e));
    expect(errors.slice(0, 4).every((e) => e instanceof ValidationError)).toBe(true);
    const right = await api.public.auth.verifyCode('tebak@example.com', code, once).catch((e: unknown) => e);
    expect(right).toBeInstanceOf(RateLimitError);
    expect((right as RateLimitError).status).toBe(429);
  });

  it('sends at most five codes per email per hour', async () => {
    for (let i = 0; i < 5; i++) await api.public.auth.requestCode('sering@example.com', once);
    const error = await api.public.auth.requestCode('sering@example.com', once).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((await api.public.dev.outbox('sering@example.com')).data).toHaveLength(5);
    api.clock.advance(60 * 60_000 + 1_000);
    await expect(api.public.auth.requestCode('sering@example.com', once)).resolves.toMatchObject({ object: 'code_request' });
  });

  it('lets a secret key mint a session for a partner’s user, creating her if new', async () => {
    const session = await api.officer.sessions.create({ email: 'mitra@example.com', name: 'Ibu Mitra' });
    expect(session.kol).toMatchObject({ email: 'mitra@example.com', name: 'Ibu Mitra' });
    const again = await api.officer.sessions.create(session.kol.id);
    expect(again.kol.id).toBe(session.kol.id);
    await expect(api.public.withSession(again.token).me.get()).resolves.toMatchObject({ id: session.kol.id });
  });

  it('refuses /v1/me without a KOL session', async () => {
    const error = await api.officer.me.get().catch((e: unknown) => e);
    expect(error instanceof AuthenticationError || (error as { status?: number }).status === 403).toBe(true);
  });
});
