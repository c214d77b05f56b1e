import * as z from 'zod/mini';
import {
  APIResource,
  Campaigns,
  Participations,
  type BaseClient,
  type Campaign,
  type ListParams,
  type Participation,
  type ParticipationListParams,
  type Platform,
  type RequestOptions,
  type Stage,
} from '@ibusibuk/sdk';

// What the staff console reads beyond the KOL's calls. `CampaignReport` and the report call
// follow the staff-session contract (issue 12: `client.campaigns.report(id)`); once the SDK
// exports them, these give way to its types and method.

/** One KOL's line in a campaign report. */
export interface ReportParticipant {
  participationId: string;
  kolName: string;
  stage: Stage;
  postUrl: string | null;
  platform: Platform | null;
  reach: number;
  impressions: number;
  engagements: number;
  engagementRate: number | null;
  fee: number | null;
}

/** `GET /v1/campaigns/:id/report`: where a campaign stands and what it brought. */
export interface CampaignReport {
  campaignId: string;
  byStage: Record<Stage, number>;
  participants: ReportParticipant[];
  totals: {
    participants: number;
    posts: number;
    reach: number;
    impressions: number;
    engagements: number;
    engagementRate: number | null;
    feeSpent: number;
    costPerEngagement: number | null;
  };
}

/** Pages do not parse the API's answers (DESIGN.md): the schema only carries the type. */
const Trusted = z.unknown();

class Reports extends APIResource {
  get(id: string, options?: RequestOptions): Promise<CampaignReport> {
    return this._get(`/v1/campaigns/${encodeURIComponent(id)}/report`, Trusted, options) as Promise<CampaignReport>;
  }
}

export function campaignReport(client: BaseClient, id: string, signal?: AbortSignal): Promise<CampaignReport> {
  return new Reports(client).get(id, { signal });
}

/** The most participations a console list loads (ten pages). */
const MAX_ROWS = 1000;

/** Every participation matching `params` (all pages, up to a thousand). */
export async function participationsWhere(
  client: BaseClient,
  params: ListParams<ParticipationListParams>,
  signal?: AbortSignal,
): Promise<Participation[]> {
  const found: Participation[] = [];
  for await (const p of new Participations(client).list({ ...params, limit: 100 }, { signal })) {
    found.push(p);
    if (found.length >= MAX_ROWS) break;
  }
  return found;
}

/** Campaigns by id, each fetched once per element (titles, deliverables, platforms). */
export class CampaignCache {
  private readonly known = new Map<string, Promise<Campaign>>();

  get(client: BaseClient, id: string, signal?: AbortSignal): Promise<Campaign> {
    let campaign = this.known.get(id);
    if (!campaign) {
      campaign = new Campaigns(client).get(id, { signal });
      campaign.catch(() => this.known.delete(id));
      this.known.set(id, campaign);
    }
    return campaign;
  }

  /** The campaigns of `ids` as a map; one that failed to load is left out. */
  async all(client: BaseClient, ids: Iterable<string>, signal?: AbortSignal): Promise<Map<string, Campaign>> {
    const unique = [...new Set(ids)];
    const settled = await Promise.allSettled(unique.map((id) => this.get(client, id, signal)));
    const map = new Map<string, Campaign>();
    settled.forEach((r, i) => r.status === 'fulfilled' && map.set(unique[i]!, r.value));
    return map;
  }
}

/** When the participation entered its current stage (the wait starts there). */
export function enteredStageAt(p: Participation): string {
  for (let i = p.history.length - 1; i >= 0; i--) if (p.history[i]!.to === p.stage) return p.history[i]!.at;
  return p.updatedAt;
}

/**
 * When the server will approve a draft or insight under review by itself: the participation's
 * own `autoApproveAt` when the API sends one, else the campaign's `rules.reviewHours` after it
 * entered review; undefined when neither is known.
 */
export function autoApprovesAt(p: Participation, campaign: Campaign | undefined): string | undefined {
  const at = (p as Participation & { autoApproveAt?: string | null }).autoApproveAt;
  if (typeof at === 'string') return at;
  const hours = campaign?.rules?.reviewHours;
  if (typeof hours !== 'number') return undefined;
  return new Date(Date.parse(enteredStageAt(p)) + hours * 3_600_000).toISOString();
}

/** A child's age in whole months on `now`. */
export function ageInMonths(child: { birthYear: number; birthMonth: number }, now: Date = new Date()): number {
  return (now.getUTCFullYear() - child.birthYear) * 12 + (now.getUTCMonth() + 1 - child.birthMonth);
}
