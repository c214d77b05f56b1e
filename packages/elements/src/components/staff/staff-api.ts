import { Campaigns, Participations, type BaseClient, type Campaign, type ListParams, type Participation, type ParticipationListParams } from '@ibusibuk/sdk/client';

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
