import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { unmetRequirements, type Campaign, type Locale, type Platform, type UnmetRequirement } from '@ibusibuk/sdk/client';
import { common } from '../../internal/common.messages.js';
import { formatNumber } from '../../internal/format.js';
import { ageRange, applyFormMessages } from './apply-form.messages.js';
import { nicheKey, nicheLabel, type CheckedProfile } from './apply-form.data.js';

/** The campaign's requirements checked against what she entered, and the section that shows them. */

type RequirementState = 'met' | 'unmet' | 'unknown';

/** The field an unmet requirement belongs under. */
export const FIELD_OF: Record<UnmetRequirement['kind'], string> = {
  followers: 'profile.socialAccounts',
  location: 'profile.city',
  childAge: 'profile.children',
  closed: 'campaign',
};

/**
 * Unmet requirements of the campaign. The deadline is the server's to judge
 * (the phone's clock may be wrong), so only a campaign's status closes it here.
 */
export function unmet(campaign: Campaign, profile: CheckedProfile, now: Date): UnmetRequirement[] {
  const found: UnmetRequirement[] = unmetRequirements(campaign, profile, now).filter((u) => u.kind !== 'closed');
  if (campaign.status !== 'open') found.unshift({ kind: 'closed', field: 'campaign' });
  return found;
}

/** Whether she has entered what the requirement is checked against (an account on its platform, a city, a child). */
export function entered(u: UnmetRequirement, profile: CheckedProfile): boolean {
  switch (u.kind) {
    case 'followers':
      return profile.socialAccounts.some((a) => a.platform === u.platform);
    case 'location':
      return profile.city.trim() !== '' || Boolean(profile.province);
    case 'childAge':
      return profile.children.length > 0;
    case 'closed':
      return false;
  }
}

/**
 * The requirements her entries fail. An empty form fails none: what she has not filled in yet
 * is asked for on its field, never called "not qualifying", even after a submit.
 */
export function shownUnmet(found: UnmetRequirement[], profile: CheckedProfile): UnmetRequirement[] {
  return found.filter((u) => entered(u, profile));
}

/** What a field says when the requirement's data is simply missing. */
export function missingMessage(u: UnmetRequirement, locale: Locale): string | undefined {
  const t = applyFormMessages(locale);
  const c = common(locale);
  switch (u.kind) {
    case 'followers':
      return t.missingAccount(c.platform[u.platform], formatNumber(u.min, locale));
    case 'childAge':
      return t.missingChild(ageRange(u.minMonths, u.maxMonths, locale));
    default:
      return undefined;
  }
}

export function unmetMessage(u: UnmetRequirement, locale: Locale): string {
  const t = applyFormMessages(locale);
  const c = common(locale);
  switch (u.kind) {
    case 'followers':
      return t.unmetFollowers(c.platform[u.platform], formatNumber(u.min, locale), formatNumber(u.actual, locale));
    case 'location':
      return t.unmetLocation(places(u.cities, u.provinces, locale));
    case 'childAge':
      return t.unmetChildAge(ageRange(u.minMonths, u.maxMonths, locale));
    case 'closed':
      return t.closed;
  }
}

function places(cities: string[], provinces: string[], locale: Locale): string {
  const all = [...cities, ...provinces];
  const t = applyFormMessages(locale);
  if (all.length <= 1) return all.join('');
  return `${all.slice(0, -1).join(', ')} ${t.or} ${all[all.length - 1]}`;
}

/** The campaign's requirements, each ticked, crossed or left open as the form fills in. */
export function requirementsSection(
  campaign: Campaign,
  { profile, found, live, locale }: { profile: CheckedProfile; found: UnmetRequirement[]; live: boolean; locale: Locale },
): TemplateResult {
  const t = applyFormMessages(locale);
  const c = common(locale);
  const r = campaign.requirements;
  const items: { text: string; state: RequirementState }[] = [];
  const stateOf = (kind: UnmetRequirement['kind'], known: boolean, match?: (u: UnmetRequirement) => boolean): RequirementState => {
    if (!live || !known) return 'unknown';
    return found.some((u) => u.kind === kind && (!match || match(u))) ? 'unmet' : 'met';
  };
  for (const [platform, min] of Object.entries(r.minFollowers) as [Platform, number][]) {
    const known = profile.socialAccounts.some((a) => a.platform === platform);
    items.push({
      text: t.reqFollowers(c.platform[platform], formatNumber(min, locale)),
      state: stateOf('followers', known, (u) => u.kind === 'followers' && u.platform === platform),
    });
  }
  if (r.cities.length || r.provinces.length) {
    items.push({
      text: t.reqLocation(places(r.cities, r.provinces, locale)),
      state: stateOf('location', Boolean(profile.city.trim() || profile.province)),
    });
  }
  if (r.childAgeMonths) {
    items.push({
      text: t.reqChildAge(ageRange(r.childAgeMonths.min, r.childAgeMonths.max, locale)),
      state: stateOf('childAge', profile.children.length > 0),
    });
  }
  if (r.niches.length) {
    // Topics are the brand's wish, not a rule the server enforces: one of them picked ticks it, none leaves it open.
    const picked = live && profile.niches.some((n) => r.niches.some((wanted) => nicheKey(n) === nicheKey(wanted)));
    items.push({ text: t.reqNiches(r.niches.map((n) => nicheLabel(n, locale)).join(', ')), state: picked ? 'met' : 'unknown' });
  }
  const label: Record<RequirementState, string> = { met: t.met, unmet: t.notMet, unknown: t.unknown };
  return html`<section class="requirements" part="requirements" aria-labelledby="req-heading">
    <h3 id="req-heading">${t.requirementsHeading}</h3>
    ${items.length === 0
      ? html`<p class="hint">${t.noRequirements}</p>`
      : html`<ul>
          ${items.map(
            (item) => html`<li class=${classMap({ [`req-${item.state}`]: true })}>
              <span class="req-icon" aria-hidden="true">${item.state === 'met' ? '✓' : item.state === 'unmet' ? '!' : '•'}</span>
              <span>${item.text}</span>
              ${item.state !== 'unknown' ? html`<span class="visually-hidden">${label[item.state]}</span>` : nothing}
            </li>`,
          )}
        </ul>`}
  </section>`;
}
