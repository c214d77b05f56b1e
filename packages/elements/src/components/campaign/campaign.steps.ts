import { STAGES, STEPS, isWaitingOn, type Participation } from '@ibusibuk/sdk/client';

/** Where a participation stands in the stepper: the current step and how many are done. */
export interface StepPosition {
  /** Index in `STEPS` of the step she is on; `STEPS.length` once everything is done. */
  current: number;
  /** Whether the current step waits on her (true) or on the Ibu Sibuk team (false). */
  herTurn: boolean;
}

/**
 * The stepper position for a participation (or none yet: the first step, her turn).
 * A draft in review after a revision round counts as the revision step.
 */
export function stepPosition(participation: Pick<Participation, 'stage' | 'drafts'> | null | undefined): StepPosition {
  if (!participation) return { current: 0, herTurn: true };
  const { stage, drafts } = participation;
  const step = stage === 'in_review' && drafts.length > 1 ? 'revision' : STAGES[stage].step;
  return { current: step === 'done' ? STEPS.length : STEPS.indexOf(step), herTurn: isWaitingOn(participation, 'kol') };
}
