import { fixture, html } from '@open-wc/testing';
import { apiBase, officer } from '../fixtures.js';

export const shadow = (el: HTMLElement) => el.shadowRoot!;
export const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => shadow(el).querySelector<T>(selector);
export const $$ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
export const text = (el: HTMLElement) => shadow(el).textContent!.replace(/\s+/g, ' ');

/**
 * A staff session minted in Node with the secret key (the test runner's officer command), or
 * undefined while the server does not know staff sessions (the `staff` contract of issue 12).
 */
export async function staffToken(): Promise<string | undefined> {
  try {
    const session = await officer('sessions', 'create', {
      role: 'officer',
      permissions: ['participations.review', 'drafts.review', 'insights.review', 'payouts.record', 'reports.read'],
      actor: { name: 'Putri (Project Officer)', email: 'putri@orami.example' },
    });
    return typeof session?.token === 'string' && session.token.startsWith('sst_') ? session.token : undefined;
  } catch {
    return undefined;
  }
}

/** `markup` inside a provider holding the staff session `token`. */
export async function inStaffProvider<T extends HTMLElement>(markup: string, token: string, locale = 'id'): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<ibusibuk-provider api-base="${apiBase()}" session-token="${token}" locale="${locale}">${markup}</ibusibuk-provider>`;
  return wrapper.querySelector('ibusibuk-provider')!.firstElementChild as T;
}
