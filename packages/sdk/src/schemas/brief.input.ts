import * as z from 'zod/mini';
import { HttpUrl, text } from './common.input.js';

// Body of an officer's brief: every rule the server enforces.

const ReferenceItemInput = z.object({
  kind: z.enum(['image', 'link']),
  url: HttpUrl,
  caption: z.optional(z.string().check(z.maxLength(200))),
});

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
  references: z.optional(z.array(ReferenceItemInput).check(z.maxLength(30))),
});
export type BriefInput = z.input<typeof BriefInput>;
