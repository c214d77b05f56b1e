import type { Campaign } from './campaign.js';
import type { Platform } from './common.js';
import type { KolProfileInput } from './kol.input.js';

/** One requirement of a campaign that a profile does not meet. */
export type UnmetRequirement =
  | { kind: 'followers'; field: 'profile.socialAccounts'; platform: Platform; min: number; actual: number }
  | { kind: 'location'; field: 'profile.city'; cities: string[]; provinces: string[] }
  | { kind: 'childAge'; field: 'profile.children'; minMonths: number; maxMonths: number }
  | { kind: 'closed'; field: 'campaign' };

function ageInMonths(child: { birthYear: number; birthMonth: number }, now: Date): number {
  return (now.getUTCFullYear() - child.birthYear) * 12 + (now.getUTCMonth() + 1 - child.birthMonth);
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('id') === b.trim().toLocaleLowerCase('id');

/**
 * What a profile lacks for a campaign. The server refuses an application with
 * any; the apply form shows them before the KOL submits.
 */
export function unmetRequirements(
  campaign: Pick<Campaign, 'requirements' | 'status' | 'timeline'>,
  profile: Pick<KolProfileInput, 'socialAccounts' | 'city' | 'province' | 'children'>,
  now: Date = new Date(),
): UnmetRequirement[] {
  const unmet: UnmetRequirement[] = [];
  if (campaign.status !== 'open' || Date.parse(campaign.timeline.applyBy) < now.getTime()) {
    unmet.push({ kind: 'closed', field: 'campaign' });
  }
  for (const [platform, min] of Object.entries(campaign.requirements.minFollowers) as [Platform, number][]) {
    const actual = Math.max(0, ...profile.socialAccounts.filter((a) => a.platform === platform).map((a) => a.followers));
    if (actual < min) unmet.push({ kind: 'followers', field: 'profile.socialAccounts', platform, min, actual });
  }
  const { cities, provinces, childAgeMonths } = campaign.requirements;
  if (cities.length > 0 || provinces.length > 0) {
    const inCity = cities.some((c) => same(c, profile.city));
    const inProvince = provinces.some((p) => profile.province != null && same(p, profile.province));
    if (!inCity && !inProvince) unmet.push({ kind: 'location', field: 'profile.city', cities, provinces });
  }
  if (childAgeMonths) {
    const fits = profile.children.some((child) => {
      const months = ageInMonths(child, now);
      return months >= childAgeMonths.min && months <= childAgeMonths.max;
    });
    if (!fits) {
      unmet.push({ kind: 'childAge', field: 'profile.children', minMonths: childAgeMonths.min, maxMonths: childAgeMonths.max });
    }
  }
  return unmet;
}
