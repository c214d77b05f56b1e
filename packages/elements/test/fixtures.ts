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

/** The time of the test server's clock (a ManualClock, see web-test-runner.config.js). */
export const SERVER_NOW = new Date('2026-06-01T03:00:00Z');

/**
 * A new open campaign copied from a demo one (by slug), with its brief, and the posting window moved
 * by `postWindow` (ISO start and end): the demo's windows open after the test server's "now".
 */
export async function copyOfDemoCampaign(slug: string, changes: { postWindow?: { start: string; end: string } } = {}) {
  const demo = await publicClient().campaigns.get(slug);
  const brief = await officer('campaigns', 'brief', demo.id);
  const created = await officer('campaigns', 'create', {
    brand: { name: demo.brand.name },
    title: demo.title,
    slug: `${demo.slug}-${Date.now().toString(36)}${(counter++).toString(36)}`,
    summary: demo.summary,
    description: demo.description,
    platforms: demo.platforms,
    deliverables: demo.deliverables,
    compensation: demo.compensation,
    slots: demo.slots,
    requirements: demo.requirements,
    timeline: { ...demo.timeline, ...changes },
    rules: demo.rules,
    tags: demo.tags,
  });
  const { objective, body, keyMessages, dos, donts, hashtags, mentions, captionGuidelines } = brief;
  await officer('briefs', 'put', created.id, { objective, body, keyMessages, dos, donts, hashtags, mentions, captionGuidelines: captionGuidelines ?? undefined });
  return officer('campaigns', 'publish', created.id);
}
