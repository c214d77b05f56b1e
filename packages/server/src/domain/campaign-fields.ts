import { DEFAULT_CAMPAIGN_RULES, type Campaign, type CampaignCreateInput, type CampaignUpdateInput } from '@ibusibuk/sdk';
import type * as z from 'zod/mini';
import type { CampaignFields } from './campaign.js';

type CreateInput = z.output<typeof CampaignCreateInput>;
type UpdateInput = z.output<typeof CampaignUpdateInput>;

/** A URL-safe slug from a title: `MPASI Pertama Si Kecil!` → `mpasi-pertama-si-kecil`. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'kampanye';
}

/** The stored fields of a new campaign, with every optional part filled with its empty value. */
export function fieldsFromCreate(input: CreateInput, slug: string): CampaignFields {
  return {
    slug,
    brand: { name: input.brand.name, logoUrl: input.brand.logoUrl ?? null },
    title: input.title,
    summary: input.summary,
    description: input.description,
    coverUrl: input.coverUrl ?? null,
    platforms: [...new Set(input.platforms)],
    deliverables: input.deliverables,
    compensation: {
      type: input.compensation.type,
      fee: input.compensation.fee,
      productDescription: input.compensation.productDescription ?? null,
      productValue: input.compensation.productValue ?? null,
    },
    slots: input.slots,
    requirements: {
      minFollowers: input.requirements?.minFollowers ?? {},
      cities: input.requirements?.cities ?? [],
      provinces: input.requirements?.provinces ?? [],
      childAgeMonths: input.requirements?.childAgeMonths ?? null,
      niches: input.requirements?.niches ?? [],
    },
    timeline: input.timeline,
    rules: { ...DEFAULT_CAMPAIGN_RULES, ...definedOnly(input.rules) },
    tags: input.tags ?? [],
  };
}

/** The campaign's stored fields with a PATCH applied; parts not sent stay as they are. */
export function fieldsFromUpdate(campaign: Campaign, patch: UpdateInput): CampaignFields {
  const requirements = patch.requirements ?? {};
  return {
    slug: patch.slug ?? campaign.slug,
    brand: patch.brand
      ? { name: patch.brand.name, logoUrl: patch.brand.logoUrl !== undefined ? patch.brand.logoUrl : campaign.brand.logoUrl }
      : { name: campaign.brand.name, logoUrl: campaign.brand.logoUrl },
    title: patch.title ?? campaign.title,
    summary: patch.summary ?? campaign.summary,
    description: patch.description ?? campaign.description,
    coverUrl: patch.coverUrl !== undefined ? patch.coverUrl : campaign.coverUrl,
    platforms: patch.platforms ? [...new Set(patch.platforms)] : campaign.platforms,
    deliverables: patch.deliverables ?? campaign.deliverables,
    compensation: patch.compensation
      ? {
          type: patch.compensation.type,
          fee: patch.compensation.fee,
          productDescription: patch.compensation.productDescription ?? null,
          productValue: patch.compensation.productValue ?? null,
        }
      : campaign.compensation,
    slots: patch.slots ?? campaign.slots,
    requirements: {
      minFollowers: requirements.minFollowers ?? campaign.requirements.minFollowers,
      cities: requirements.cities ?? campaign.requirements.cities,
      provinces: requirements.provinces ?? campaign.requirements.provinces,
      childAgeMonths:
        requirements.childAgeMonths !== undefined ? requirements.childAgeMonths : campaign.requirements.childAgeMonths,
      niches: requirements.niches ?? campaign.requirements.niches,
    },
    timeline: patch.timeline ?? campaign.timeline,
    rules: { ...campaign.rules, ...definedOnly(patch.rules) },
    tags: patch.tags ?? campaign.tags,
  };
}

/** The keys of `value` that are set: a rule left out keeps the value it had. */
const definedOnly = <T extends object>(value: T | undefined): Partial<T> =>
  Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
