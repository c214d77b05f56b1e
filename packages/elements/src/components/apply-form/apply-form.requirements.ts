import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { unmetRequirements, type Campaign, type Locale, type Platform, type UnmetRequirement } from '@ibusibuk/sdk/client';
import { common } from '../../internal/common.messages.js';
import { formatNumber } from '../../internal/format.js';
import { ageRange, applyFormMessages } from './apply-form.messages.js';
import { nicheLabel, type CheckedProfile } from './apply-form.data.js';

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

/** Warn live only about what she has actually entered; once she tried to submit, everything counts. */
export function shownUnmet(found: UnmetRequirement[], profile: CheckedProfile, attempted: boolean): UnmetRequirement[] {
  return found.filter(
    (u) =>
      u.kind !== 'closed' &&
      (attempted ||
        (u.kind === 'followers' && profile.socialAccounts.some((a) => a.platform === u.platform)) ||
        (u.kind === 'location' && profile.city.trim() !== '') ||
        (u.kind === 'childAge' && profile.children.length > 0)),
  );
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
  { profile, found, live, attempted, locale }: { profile: CheckedProfile; found: UnmetRequirement[]; live: boolean; attempted: boolean; locale: Locale },
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
      state: stateOf('followers', known || attempted, (u) => u.kind === 'followers' && u.platform === platform),
    });
  }
  if (r.cities.length || r.provinces.length) {
    items.push({
      text: t.reqLocation(places(r.cities, r.provinces, locale)),
      state: stateOf('location', Boolean(profile.city.trim() || profile.province) || attempted),
    });
  }
  if (r.childAgeMonths) {
    items.push({
      text: t.reqChildAge(ageRange(r.childAgeMonths.min, r.childAgeMonths.max, locale)),
      state: stateOf('childAge', profile.children.length > 0 || attempted),
    });
  }
  if (r.niches.length) items.push({ text: t.reqNiches(r.niches.map((n) => nicheLabel(n, locale)).join(', ')), state: 'unknown' });
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
