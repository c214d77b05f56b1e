import { fixture, html } from '@open-wc/testing';
import { apiBase, officer } from '../fixtures.js';

export const shadow = (el: HTMLElement) => el.shadowRoot!;
export const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => shadow(el).querySelector<T>(selector);
export const $$ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
export const text = (el: HTMLElement) => shadow(el).textContent!.replace(/\s+/g, ' ');

/** Every permission a staff session can hold. */
export const ALL_PERMISSIONS = ['participations.review', 'drafts.review', 'insights.review', 'payouts.record', 'reports.read'];

/** A staff session minted in Node with the secret key (the test runner's officer command); a failure fails the test. */
export async function staffToken(
  options: { role?: 'officer' | 'brand'; brandId?: string; permissions?: string[] } = {},
): Promise<string> {
  const session = await officer('sessions', 'create', {
    role: options.role ?? 'officer',
    ...(options.brandId ? { brandId: options.brandId } : {}),
    permissions: options.permissions ?? ALL_PERMISSIONS,
    actor: { name: 'Putri (Project Officer)', email: 'putri@orami.example' },
  });
  if (typeof session?.token !== 'string' || !session.token.startsWith('sst_')) throw new Error(`no staff session token: ${JSON.stringify(session)}`);
  return session.token;
}

/** `markup` inside a provider holding the staff session `token`. */
export async function inStaffProvider<T extends HTMLElement>(markup: string, token: string, locale = 'id'): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<ibusibuk-provider api-base="${apiBase()}" session-token="${token}" locale="${locale}">${markup}</ibusibuk-provider>`;
  return wrapper.querySelector('ibusibuk-provider')!.firstElementChild as T;
}
