import type { Campaign, Participation } from '@ibusibuk/sdk';
import { campaignInScope, participationInScope, type Scope } from '../domain/scope.js';
import { notFound } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import type { Services } from '../services.js';
import type { Caller } from './env.js';

/** The caller's scope: the one place a credential's reach is decided. */
export function scopeOf(caller: Caller): Scope {
  if (caller.role === 'kol') return { kolId: caller.kolId };
  if (caller.role === 'officer' && caller.brandId !== null) return { brandId: caller.brandId };
  return {};
}

/** The campaign, or 404 when it does not exist or lies outside the caller's brand. */
export async function campaignFor(services: Services, caller: Caller, idOrSlug: string): Promise<Campaign> {
  const campaign = await services.store.getCampaign(idOrSlug);
  if (!campaign || !campaignInScope(scopeOf(caller), campaign)) throw notFound(m.campaignNotFound);
  return campaign;
}

/** The participation, or 404 when it does not exist or lies outside the caller's scope. */
export async function participationFor(services: Services, caller: Caller, id: string): Promise<Participation> {
  const participation = await services.store.getParticipation(id);
  if (!participation || !(await participationInScope(services.store, scopeOf(caller), participation))) throw notFound(m.participationNotFound);
  return participation;
}
