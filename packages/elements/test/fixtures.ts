import { executeServerCommand } from '@web/test-runner-commands';
import { createClient, type IbuSibukClient } from '@ibusibuk/sdk';

declare global {
  interface Window {
    __IBUSIBUK_API__: string;
  }
}

/** The reference server the test runner started for this run. */
export const apiBase = (): string => window.__IBUSIBUK_API__;

export const PUBLISHABLE_KEY = 'pk_test_demo';

/** A client as a page would hold it: publishable key only. */
export const publicClient = (): IbuSibukClient => createClient({ baseUrl: apiBase(), publishableKey: PUBLISHABLE_KEY });

type Officer = {
  [R in keyof IbuSibukClient]: IbuSibukClient[R] extends object ? IbuSibukClient[R] : never;
};

/**
 * Makes an officer move through the SDK in the test runner's Node process, so
 * the secret key never enters the browser: `officer('participations', 'accept', id)`.
 */
export async function officer<R extends keyof Officer, M extends keyof Officer[R] & string>(
  resource: R,
  method: M,
  ...args: unknown[]
): Promise<any> {
  return executeServerCommand('ibusibuk-officer', { resource, method, args });
}

let counter = 0;
/** A fresh email so every test signs in as a KOL of its own. */
export const uniqueEmail = (name = 'ibu'): string => `${name}.${Date.now().toString(36)}${(counter++).toString(36)}@contoh.id`;

/** Signs a new KOL in through the real one-time-code flow and returns her session token. */
export async function signInKol(email = uniqueEmail()): Promise<{ token: string; email: string }> {
  const client = publicClient();
  await client.auth.requestCode(email);
  const outbox = await client.dev.outbox(email);
  const code = outbox.data[0]?.code;
  if (!code) throw new Error(`no code in the dev outbox for ${email}`);
  const session = await client.auth.verifyCode(email, code);
  return { token: session.token, email };
}
