import * as z from 'zod/mini';
import { Count, KolId, Timestamp, UploadId } from './common.js';

export const MediaKind = z.enum(['image', 'video']);
export type MediaKind = z.infer<typeof MediaKind>;

export const Upload = z.object({
  id: UploadId,
  object: z.literal('upload'),
  kolId: KolId,
  kind: MediaKind,
  mimeType: z.string(),
  size: Count,
  /** A URL that expires; only the owner and officers get one. */
  url: z.nullable(z.string()),
  urlExpiresAt: z.nullable(Timestamp),
  createdAt: Timestamp,
});
export type Upload = z.infer<typeof Upload>;
