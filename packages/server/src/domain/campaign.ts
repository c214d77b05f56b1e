import type { Brief, CampaignRules, CampaignStatus, CompensationType, Deliverable, Platform, Requirements, Timeline } from '@ibusibuk/sdk';

/** What the API stores of a campaign besides its id, counters and times. */
export interface CampaignFields {
  slug: string;
  brand: { name: string; logoUrl: string | null };
  title: string;
  summary: string;
  description: string;
  coverUrl: string | null;
  platforms: Platform[];
  deliverables: Deliverable[];
  compensation: { type: CompensationType; fee: number; productDescription: string | null; productValue: number | null };
  slots: number;
  requirements: Requirements;
  timeline: Timeline;
  rules: CampaignRules;
  tags: string[];
  /** Set by the seed only; the API creates drafts. */
  status?: CampaignStatus;
  /** Set by the seed only, to spread demo campaigns over past days. */
  createdAt?: Date;
}

/** A brief's content as an officer writes it; the version and times are the store's. */
export type BriefOutput = Omit<Brief, 'object' | 'campaignId' | 'version' | 'updatedAt'>;
