import * as z from 'zod/mini';
import { CampaignId, HttpUrl, Timestamp, text } from './common.js';

export const ReferenceItem = z.object({
  kind: z.enum(['image', 'link']),
  url: HttpUrl,
  caption: z.optional(z.string().check(z.maxLength(200))),
});
export type ReferenceItem = z.infer<typeof ReferenceItem>;

const Hashtag = z.string().check(z.regex(/^#[\p{L}\p{N}_]{1,100}$/u, { error: 'hashtag' }));
const Mention = z.string().check(z.regex(/^@[A-Za-z0-9._]{1,30}$/, { error: 'mention' }));

/** Body of `PUT /v1/campaigns/:id/brief` (officer). */
export const BriefInput = z.object({
  objective: text(2000),
  /** Markdown, rendered and sanitised by `<ibusibuk-brief>`. */
  body: z.optional(z.string().check(z.maxLength(20_000))),
  keyMessages: z.array(text(500)).check(z.maxLength(20)),
  dos: z.array(text(500)).check(z.maxLength(30)),
  donts: z.array(text(500)).check(z.maxLength(30)),
  hashtags: z.array(Hashtag).check(z.maxLength(30)),
  mentions: z.array(Mention).check(z.maxLength(30)),
  captionGuidelines: z.optional(z.string().check(z.maxLength(5000))),
  references: z.optional(z.array(ReferenceItem).check(z.maxLength(30))),
});
export type BriefInput = z.input<typeof BriefInput>;

export const Brief = z.object({
  object: z.literal('brief'),
  campaignId: CampaignId,
  version: z.number().check(z.int(), z.minimum(1)),
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
