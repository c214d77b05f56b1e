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

/**
 * Default size limits of media, in bytes (decimal megabytes, as people read
 * "20 MB"). The server enforces them (configurable there); pages check them
 * first so nobody waits for an upload that will be refused.
 */
export const MEDIA_LIMITS: Readonly<Record<MediaKind, number>> = {
  image: 20_000_000,
  video: 500_000_000,
};
