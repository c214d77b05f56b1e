import type * as z from 'zod/mini';
import type { Action } from '../lifecycle.js';
import {
  DraftInput,
  EmptyInput,
  InsightInput,
  OptionalNoteInput,
  PayoutInput,
  PostInput,
  ReviewNoteInput,
} from './participation.input.js';

/**
 * The body each lifecycle move takes, by the move's name in `MOVES` (`{}` when it takes
 * nothing). A move added to `MOVES` without its body here does not compile.
 */
export const MOVE_INPUTS = {
  accept: OptionalNoteInput,
  reject: ReviewNoteInput,
  withdraw: OptionalNoteInput,
  acknowledgeBrief: EmptyInput,
  submitDraft: DraftInput,
  requestRevision: ReviewNoteInput,
  approveDraft: OptionalNoteInput,
  submitPost: PostInput,
  submitInsight: InsightInput,
  approveInsight: OptionalNoteInput,
  requestInsightFix: ReviewNoteInput,
  recordPayout: PayoutInput,
} as const satisfies Record<Action, z.ZodMiniType>;

/** The body a move takes, as a caller writes it. */
export type MoveInput<A extends Action> = z.input<(typeof MOVE_INPUTS)[A]>;
/** The body a move takes, as the server reads it. */
export type MoveBody<A extends Action> = z.output<(typeof MOVE_INPUTS)[A]>;
