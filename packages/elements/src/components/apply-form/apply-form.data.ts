import type { KolProfile, KolProfileInput, Locale, Platform } from '@ibusibuk/sdk';
import { applyFormMessages } from './apply-form.messages.js';

/** The apply form's data: what she types, as rows and strings, mapped to and from the API's shapes. */

/** Topics most Ibu Sibuk mothers post about; a campaign's own niches are added to these. */
export const COMMON_NICHES = [
  'parenting',
  'mpasi',
  'kesehatan-anak',
  'fashion-anak',
  'mainan-edukatif',
  'kecantikan-ibu',
  'masak',
  'lifestyle',
] as const;

/** What the form can be pre-filled from: a saved profile or a profile as the API takes it. */
export type ApplyFormPrefill = Partial<KolProfile> | Partial<KolProfileInput>;

export interface AccountRow {
  key: number;
  platform: Platform;
  handle: string;
  followers: string;
}

export interface ChildRow {
  key: number;
  birthMonth: string;
  birthYear: string;
}

/** Everything she typed, ticked and chose, as the form holds it. */
export interface ApplyFormValues {
  name: string;
  whatsapp: string;
  city: string;
  province: string;
  accounts: AccountRow[];
  children: ChildRow[];
  niches: string[];
  whyMe: string;
  contentIdea: string;
  meetsRequirements: boolean;
  willFollowBrief: boolean;
  consent: boolean;
}

/** Where the application came from. */
export interface Attribution {
  source?: string;
  utm?: Record<string, string>;
  pageUrl?: string;
}

let rowKey = 0;
export const newAccount = (platform: Platform = 'instagram'): AccountRow => ({ key: rowKey++, platform, handle: '', followers: '' });
export const newChild = (): ChildRow => ({ key: rowKey++, birthMonth: '', birthYear: '' });

export const emptyValues = (): ApplyFormValues => ({
  name: '',
  whatsapp: '',
  city: '',
  province: '',
  accounts: [newAccount()],
  children: [],
  niches: [],
  whyMe: '',
  contentIdea: '',
  meetsRequirements: false,
  willFollowBrief: false,
  consent: false,
});

/** `0812-3456 7890` or `62812…` → `+62812…`; anything else is left for validation to judge. */
export function normalizeWhatsapp(value: string): string {
  const compact = value.replace(/[\s\-().]/g, '');
  if (/^0[1-9]/.test(compact)) return `+62${compact.slice(1)}`;
  if (/^62[1-9]/.test(compact)) return `+${compact}`;
  return compact;
}

/** `12.500` / `12,500` / `12500` → 12500; empty → undefined; anything else → NaN (the schema refuses it). */
function parseCount(value: string): number | undefined {
  const digits = value.replace(/[.,\s]/g, '');
  if (digits === '') return undefined;
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

const parseChoice = (value: string): number | undefined => (value === '' ? undefined : Number(value));

/** A field's element id: `profile.socialAccounts.0.handle` → `f-profile-socialAccounts-0-handle`. */
export const fieldId = (path: string): string => `f-${path.replaceAll('.', '-')}`;

/** Niches compare as slugs: `Kesehatan Anak` and `kesehatan-anak` are one topic. */
export const nicheKey = (niche: string): string => niche.trim().toLocaleLowerCase('id').replace(/[\s_]+/g, '-');

/** A niche as people read it: its translation, else the slug in words. */
export function nicheLabel(niche: string, locale: Locale): string {
  const label = applyFormMessages(locale).niche[nicheKey(niche)];
  if (label) return label;
  const words = niche.trim().replace(/[-_]+/g, ' ');
  return words.charAt(0).toLocaleUpperCase('id') + words.slice(1);
}

/**
 * Fills the empty fields from a saved profile; what she already typed stays.
 * Returns the values and whether anything was filled.
 */
export function prefillValues(values: ApplyFormValues, p: ApplyFormPrefill): { values: ApplyFormValues; filled: boolean } {
  let filled = false;
  const take = (current: string, value: string | null | undefined): string => {
    if (current || !value) return current;
    filled = true;
    return value;
  };
  const next = {
    ...values,
    name: take(values.name, p.name),
    whatsapp: take(values.whatsapp, p.whatsapp),
    city: take(values.city, p.city),
    province: take(values.province, p.province),
  };
  if (values.accounts.every((a) => !a.handle && !a.followers) && p.socialAccounts?.length) {
    next.accounts = p.socialAccounts.map((a) => ({ key: rowKey++, platform: a.platform, handle: a.handle, followers: String(a.followers) }));
    filled = true;
  }
  if (values.children.every((c) => !c.birthMonth && !c.birthYear) && p.children?.length) {
    next.children = p.children.map((c) => ({ key: rowKey++, birthMonth: String(c.birthMonth), birthYear: String(c.birthYear) }));
    filled = true;
  }
  if (values.niches.length === 0 && p.niches?.length) {
    next.niches = [...p.niches];
    filled = true;
  }
  return { values: next, filled };
}

/** The form as the API's `ApplicationInput` (before validation). */
export function applicationInput(values: ApplyFormValues, attribution: Attribution): Record<string, unknown> {
  const province = values.province.trim();
  return {
    profile: {
      name: values.name,
      whatsapp: normalizeWhatsapp(values.whatsapp),
      city: values.city,
      ...(province ? { province } : {}),
      socialAccounts: values.accounts.map((a) => ({ platform: a.platform, handle: a.handle, followers: parseCount(a.followers) })),
      children: values.children.map((c) => ({ birthMonth: parseChoice(c.birthMonth), birthYear: parseChoice(c.birthYear) })),
      niches: values.niches,
    },
    answers: {
      whyMe: values.whyMe,
      contentIdea: values.contentIdea,
      eligibility: { meetsRequirements: values.meetsRequirements, willFollowBrief: values.willFollowBrief },
    },
    consent: values.consent,
    attribution,
  };
}

/** Where the application came from: the `source` attribute, the page's `utm_*` parameters and its address. */
export function attributionOf(location: Location | undefined, source: string): Attribution {
  const attribution: Attribution = {};
  const utm: Record<string, string> = {};
  if (location) {
    for (const [key, value] of new URLSearchParams(location.search)) {
      if (/^utm_[a-z_]{1,30}$/.test(key) && value) utm[key] = value.slice(0, 200);
    }
    // The fragment may hold private state of the host page; it is left out.
    attribution.pageUrl = `${location.origin}${location.pathname}${location.search}`.slice(0, 2000);
  }
  const from = source.trim() || utm['utm_source'];
  if (from) attribution.source = from.slice(0, 200);
  if (Object.keys(utm).length > 0) attribution.utm = utm;
  return attribution;
}

/** The profile as far as the requirement check needs it: only complete rows count. */
export function profileForCheck(values: ApplyFormValues) {
  return {
    city: values.city,
    province: values.province || undefined,
    socialAccounts: values.accounts
      .map((a) => ({ platform: a.platform, handle: a.handle, followers: parseCount(a.followers) }))
      .filter((a): a is { platform: Platform; handle: string; followers: number } => Number.isFinite(a.followers)),
    children: values.children
      .map((c) => ({ birthMonth: Number(c.birthMonth), birthYear: Number(c.birthYear) }))
      .filter((c) => c.birthMonth > 0 && c.birthYear > 0),
    niches: values.niches,
  };
}

export type CheckedProfile = ReturnType<typeof profileForCheck>;
