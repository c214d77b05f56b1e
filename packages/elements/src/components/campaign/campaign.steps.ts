import { isWaitingOn, type Participation, type Stage } from '@ibusibuk/sdk';

/** The seven steps a KOL sees in the stepper, in order. */
export const STEPS = ['apply', 'brief', 'content', 'revision', 'post', 'insight', 'payment'] as const;
export type Step = (typeof STEPS)[number];

/** Where a participation stands in the stepper: the current step and how many are done. */
export interface StepPosition {
  /** Index in `STEPS` of the step she is on; `STEPS.length` once everything is done. */
  current: number;
  /** Whether the current step waits on her (true) or on the Ibu Sibuk team (false). */
  herTurn: boolean;
}

const BY_STAGE: Record<Stage, number> = {
  applied: 0,
  accepted: 1,
  drafting: 2,
  in_review: 2,
  revision_requested: 3,
  approved: 4,
  posted: 5,
  insight_review: 5,
  insight_revision_requested: 5,
  completed: 6,
  paid: STEPS.length,
  rejected: 0,
  withdrawn: 0,
};

/**
 * The stepper position for a participation (or none yet: the first step, her turn).
 * A draft in review after a revision round counts as the revision step.
 */
export function stepPosition(participation: Pick<Participation, 'stage' | 'drafts'> | null | undefined): StepPosition {
  if (!participation) return { current: 0, herTurn: true };
  const { stage, drafts } = participation;
  const current = stage === 'in_review' && drafts.length > 1 ? 3 : BY_STAGE[stage];
  return { current, herTurn: isWaitingOn(participation, 'kol') };
}
