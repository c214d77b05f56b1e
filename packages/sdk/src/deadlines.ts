import type { Campaign } from './schemas/campaign.js';
import type { DeadlineKind } from './schemas/event.js';
import type { Participation } from './schemas/participation.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Time a KOL gets to send a revised draft or a fixed insight when the original due date has passed. */
export const REVISION_GRACE_MS = 2 * DAY;

/**
 * What is due next on a participation (the KOL's kinds are the events' `DeadlineKind`):
 * - `draft`: the first draft by the campaign's `draftDue`; a revision by `draftDue` or two days after the request, whichever is later;
 * - `post`: the live post inside the posting window (`opensAt` … `dueAt`);
 * - `insight`: within 24 hours of posting when the campaign asks for stories (their figures vanish), else `rules.insightDueDays` after posting; a fix two days after it is asked for, at the earliest;
 * - `review`: the officer's review, within `rules.reviewHours` of the submission; past it, the system approves.
 */
export interface Deadline {
  kind: DeadlineKind | 'review';
  /** ISO time it is due. */
  dueAt: string;
  /** ISO time it may start (the posting window's start); null when it may start now. */
  opensAt: string | null;
  /** Whether `now` is past `dueAt`. */
  overdue: boolean;
}

type ParticipationClock = Pick<Participation, 'stage' | 'drafts' | 'post' | 'insights'>;
type CampaignClock = Pick<Campaign, 'timeline' | 'rules' | 'deliverables'>;

const later = (a: number, b: number) => Math.max(a, b);
const at = (ms: number) => new Date(ms).toISOString();

/** The due date of what comes next on `participation`, or null when nothing is due (an application, the end). */
export function deadlineOf(participation: ParticipationClock, campaign: CampaignClock, now: Date): Deadline | null {
  const deadline = (kind: Deadline['kind'], dueMs: number, opensAt: string | null = null): Deadline => ({
    kind,
    dueAt: at(dueMs),
    opensAt,
    overdue: now.getTime() > dueMs,
  });
  const latestDraft = participation.drafts.at(-1);
  const latestInsight = participation.insights.at(-1);
  switch (participation.stage) {
    case 'accepted':
    case 'drafting':
      return deadline('draft', Date.parse(campaign.timeline.draftDue));
    case 'revision_requested':
      return deadline(
        'draft',
        later(Date.parse(campaign.timeline.draftDue), Date.parse(latestDraft?.reviewedAt ?? campaign.timeline.draftDue) + REVISION_GRACE_MS),
      );
    case 'approved':
      return deadline('post', Date.parse(campaign.timeline.postWindow.end), campaign.timeline.postWindow.start);
    case 'posted':
    case 'insight_revision_requested': {
      const postedAt = Date.parse(participation.post?.postedAt ?? campaign.timeline.postWindow.end);
      const stories = campaign.deliverables.some((d) => d.format === 'story');
      const due = postedAt + (stories ? DAY : campaign.rules.insightDueDays * DAY);
      const fixAsked = participation.stage === 'insight_revision_requested' && latestInsight?.reviewedAt;
      return deadline('insight', fixAsked ? later(due, Date.parse(fixAsked) + REVISION_GRACE_MS) : due);
    }
    case 'in_review':
      return latestDraft ? deadline('review', Date.parse(latestDraft.submittedAt) + campaign.rules.reviewHours * HOUR) : null;
    case 'insight_review':
      return latestInsight ? deadline('review', Date.parse(latestInsight.submittedAt) + campaign.rules.reviewHours * HOUR) : null;
    default:
      return null;
  }
}

/** How many more times the officer may send the draft back. */
export function revisionsLeft(participation: Pick<Participation, 'drafts'>, campaign: Pick<Campaign, 'rules'>): number {
  const used = participation.drafts.filter((draft) => draft.status === 'revision_requested').length;
  return Math.max(0, campaign.rules.maxRevisionRounds - used);
}
