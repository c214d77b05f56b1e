import type { Draft, DraftInput } from '@ibusibuk/sdk';
import type * as z from 'zod/mini';

/** The drafts with version n+1 appended, waiting for review. */
export function withNewDraft(drafts: readonly Draft[], input: z.output<typeof DraftInput>, at: Date, late = false): Draft[] {
  return [
    ...drafts,
    {
      version: drafts.length + 1,
      caption: input.caption,
      mediaIds: input.mediaIds,
      note: input.note || null,
      status: 'in_review',
      feedback: null,
      submittedAt: at.toISOString(),
      ...(late ? { late: true } : {}),
      reviewedAt: null,
    },
  ];
}

/** The drafts with the latest one reviewed. */
export function withLatestDraftReviewed(
  drafts: readonly Draft[],
  status: 'revision_requested' | 'approved',
  feedback: string | null,
  at: Date,
): Draft[] {
  return drafts.map((draft, i) =>
    i === drafts.length - 1 ? { ...draft, status, feedback, reviewedAt: at.toISOString() } : draft,
  );
}
