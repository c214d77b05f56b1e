import * as z from 'zod/mini';
import { CampaignId, Timestamp } from './common.js';

// Response entity of a campaign brief. The officer's body is in brief.input.ts.

export const ReferenceItem = z.object({
  kind: z.enum(['image', 'link']),
  /**
   * Only http(s): the brief element puts it in `src` and `href`, so the scheme
   * stays checked on responses (the full URL rules are on input).
   */
  url: z.string().check(z.regex(/^https?:\/\//i)),
  caption: z.optional(z.string()),
});
export type ReferenceItem = z.infer<typeof ReferenceItem>;

export const Brief = z.object({
  object: z.literal('brief'),
  campaignId: CampaignId,
  version: z.number().check(z.int()),
  objective: z.string(),
  body: z.string(),
  keyMessages: z.array(z.string()),
  dos: z.array(z.string()),
  donts: z.array(z.string()),
  hashtags: z.array(z.string()),
  mentions: z.array(z.string()),
  captionGuidelines: z.string(),
  references: z.array(ReferenceItem),
  updatedAt: Timestamp,
});
export type Brief = z.infer<typeof Brief>;
