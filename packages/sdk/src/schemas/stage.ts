import * as z from 'zod/mini';

// The stages of a participation, alone: the campaign report names them without the participation's schemas.

export const Stage = z.enum([
  'applied',
  'accepted',
  'drafting',
  'in_review',
  'revision_requested',
  'approved',
  'posted',
  'insight_review',
  'insight_revision_requested',
  'completed',
  'rejected',
  'withdrawn',
  'paid',
]);
export type Stage = z.infer<typeof Stage>;
