import type { MediaKind } from '@ibusibuk/sdk';
import { type ApiError, payloadTooLarge, validationError } from '../errors.js';
import type { Limits } from '../services.js';
import { type DetectedMedia, detectMedia } from './detect.js';
import { uploadMessages as um } from './messages.js';

/** Bytes of a file's start that detection reads; enough for every signature we know. */
export const HEAD_BYTES = 64;

/** The kind a client claims (`image/png` → image); only ever a hint, never trusted alone. */
export function declaredKindOf(type: string | null | undefined): MediaKind | null {
  if (!type) return null;
  if (/^image\//i.test(type)) return 'image';
  if (/^video\//i.test(type)) return 'video';
  return null;
}

const limitOf = (kind: MediaKind, limits: Limits) => (kind === 'image' ? limits.imageBytes : limits.videoBytes);

/**
 * Refuses a size before a single byte is stored: anything over the largest
 * limit, and over the image limit when the client itself says it is an image.
 * Returns the refusal instead of throwing, so callers pick how to report it.
 */
export function refuseDeclaredSize(size: number | undefined, declared: MediaKind | null, limits: Limits): ApiError | null {
  if (size === undefined || !Number.isSafeInteger(size) || size < 0) return validationError({ file: um.lengthRequired }, um.lengthRequired);
  if (size === 0) return validationError({ file: um.empty }, um.empty);
  const largest: MediaKind = limits.videoBytes >= limits.imageBytes ? 'video' : 'image';
  const kind = declared ?? largest;
  if (size > limitOf(kind, limits)) return payloadTooLarge(um.tooLarge(kind, limitOf(kind, limits), size));
  return null;
}

/**
 * What the file really is, from its first bytes: a known image or video, of
 * the kind the client declared (when it declared one), within that kind's
 * limit for the file's full `size`.
 */
export function screenContent(
  head: Uint8Array,
  size: number,
  declared: MediaKind | null,
  limits: Limits,
): { ok: true; media: DetectedMedia } | { ok: false; error: ApiError } {
  const media = detectMedia(head.subarray(0, HEAD_BYTES));
  if (!media) return { ok: false, error: validationError({ file: um.unsupported }, um.unsupported) };
  if (declared && declared !== media.kind) {
    const text = um.kindMismatch(declared, media.kind, media.mimeType);
    return { ok: false, error: validationError({ file: text }, text) };
  }
  const max = limitOf(media.kind, limits);
  if (size > max) return { ok: false, error: payloadTooLarge(um.tooLarge(media.kind, max, size)) };
  return { ok: true, media };
}
