import type { Role, Stage } from './schemas/participation.js';

/** Every move a participation can make; each is one SDK method and one endpoint. */
export type Action =
  | 'accept'
  | 'reject'
  | 'withdraw'
  | 'acknowledgeBrief'
  | 'submitDraft'
  | 'requestRevision'
  | 'approveDraft'
  | 'submitPost'
  | 'submitInsight'
  | 'approveInsight'
  | 'requestInsightFix'
  | 'recordPayout';

export interface Move {
  action: Action;
  by: Role;
  to: Stage;
}

export interface StageRule {
  /** Who acts next; null for terminal stages. */
  actor: Role | null;
  moves: readonly Move[];
}

/**
 * The campaign lifecycle: the one table the server enforces and the elements
 * render. Every stage a participation can be in, and the moves out of it.
 */
export const LIFECYCLE: Readonly<Record<Stage, StageRule>> = {
  applied: {
    actor: 'officer',
    moves: [
      { action: 'accept', by: 'officer', to: 'accepted' },
      { action: 'reject', by: 'officer', to: 'rejected' },
      { action: 'withdraw', by: 'kol', to: 'withdrawn' },
    ],
  },
  accepted: {
    actor: 'kol',
    moves: [
      { action: 'acknowledgeBrief', by: 'kol', to: 'drafting' },
      { action: 'withdraw', by: 'kol', to: 'withdrawn' },
    ],
  },
  drafting: { actor: 'kol', moves: [{ action: 'submitDraft', by: 'kol', to: 'in_review' }] },
  in_review: {
    actor: 'officer',
    moves: [
      { action: 'requestRevision', by: 'officer', to: 'revision_requested' },
      { action: 'approveDraft', by: 'officer', to: 'approved' },
    ],
  },
  revision_requested: { actor: 'kol', moves: [{ action: 'submitDraft', by: 'kol', to: 'in_review' }] },
  approved: { actor: 'kol', moves: [{ action: 'submitPost', by: 'kol', to: 'posted' }] },
  posted: { actor: 'kol', moves: [{ action: 'submitInsight', by: 'kol', to: 'insight_review' }] },
  insight_review: {
    actor: 'officer',
    moves: [
      { action: 'approveInsight', by: 'officer', to: 'completed' },
      { action: 'requestInsightFix', by: 'officer', to: 'insight_revision_requested' },
    ],
  },
  insight_revision_requested: {
    actor: 'kol',
    moves: [{ action: 'submitInsight', by: 'kol', to: 'insight_review' }],
  },
  completed: { actor: 'officer', moves: [{ action: 'recordPayout', by: 'officer', to: 'paid' }] },
  rejected: { actor: null, moves: [] },
  withdrawn: { actor: null, moves: [] },
  paid: { actor: null, moves: [] },
};

/** Stages no move leaves. */
export const TERMINAL_STAGES: readonly Stage[] = (Object.keys(LIFECYCLE) as Stage[]).filter(
  (stage) => LIFECYCLE[stage].moves.length === 0,
);

/** The stage `action` by `role` leads to from `stage`, or null when the table forbids it. */
export function transition(stage: Stage, action: Action, role: Role): Stage | null {
  const move = LIFECYCLE[stage].moves.find((m) => m.action === action && m.by === role);
  return move ? move.to : null;
}

/** Whether `role` may make `action` on a participation in `stage`. */
export function canTransition(stage: Stage, action: Action, role: Role): boolean {
  return transition(stage, action, role) !== null;
}

/** The moves open to `role` on this participation right now. */
export function nextActions(participation: { stage: Stage }, role: Role): Move[] {
  return LIFECYCLE[participation.stage].moves.filter((m) => m.by === role);
}

/** Whether the participation waits on `role`. */
export function isWaitingOn(participation: { stage: Stage }, role: Role): boolean {
  return LIFECYCLE[participation.stage].actor === role;
}
