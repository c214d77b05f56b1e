import type { Action, Actor, Application, Draft, Insight, Locale, Participation, Payout, Post, Stage } from '@ibusibuk/sdk';
import type { KolProfileOutput } from './kol.js';

export type { Actor };

export interface NewApplication {
  campaignId: string;
  kolId: string;
  application: Application;
  /** The applicant's profile, saved onto her KOL record in the same transaction. */
  profile: KolProfileOutput;
  /** The language of the page she applied on, kept as hers in the same transaction: she is told what happens next in it. */
  locale?: Locale;
  at: Date;
}

export interface ParticipationMove {
  action: Action;
  actor: Actor;
  note: string | null;
  at: Date;
  /** Restricts the move to this KOL's participation; another's looks missing. */
  kolId?: string;
  /** The change that goes with the move, computed from the participation as read inside the transaction; may throw. */
  change?: (current: Participation) => ParticipationChange;
}

export interface ParticipationChange {
  drafts?: Draft[];
  post?: Post | null;
  insights?: Insight[];
  payout?: Payout | null;
  /** Takes a campaign slot (accept) or gives one back (withdrawal after acceptance). */
  slot?: 'fill' | 'release';
}

/**
 * How a move ended. Refused moves change nothing: `invalid_transition` when the
 * lifecycle has no such move from `stage`, `stale_stage` when someone moved the
 * participation away from `stage` first, `campaign_full` when accepting finds no slot left.
 */
export type MoveOutcome =
  | { ok: true; participation: Participation }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'invalid_transition' | 'stale_stage'; stage: Stage }
  | { ok: false; reason: 'campaign_full'; slots: number };
