import type { Campaign, Participation } from '@ibusibuk/sdk';
import type { Store } from '../store/store.js';

/**
 * What a caller may see and act on: a KOL her own participations (`kolId`); a key or staff session
 * restricted to one brand that brand's campaigns and everything in them (`brandId`); an Orami
 * officer everything (`{}`). Outside its scope a thing is reported as absent.
 */
export interface Scope {
  kolId?: string;
  brandId?: string;
}

export const campaignInScope = (scope: Scope, campaign: Campaign): boolean => !scope.brandId || campaign.brand.id === scope.brandId;

export async function participationInScope(store: Store, scope: Scope, participation: Participation): Promise<boolean> {
  if (scope.kolId !== undefined && participation.kolId !== scope.kolId) return false;
  if (scope.brandId === undefined) return true;
  const campaign = await store.getCampaign(participation.campaignId);
  return campaign !== null && campaignInScope(scope, campaign);
}
