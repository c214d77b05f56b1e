import type { Platform } from '@ibusibuk/sdk';

/** Longest caption each platform accepts (YouTube: description). */
export const CAPTION_LIMITS: Readonly<Record<Platform, number>> = {
  instagram: 2200,
  // TikTok has allowed 4,000 since 2023, but older app versions still stop at 2,200.
  tiktok: 2200,
  youtube: 5000,
  facebook: 63_206,
};

/** The SDK's `DraftInput.caption` allows this many characters at most. */
export const DRAFT_CAPTION_MAX = 5000;

/** The tightest limit among the platforms the caption will go to, and which platforms set it. */
export function captionLimit(platforms: readonly Platform[]): { max: number; platforms: Platform[] } {
  const unique = [...new Set(platforms)];
  if (unique.length === 0) return { max: DRAFT_CAPTION_MAX, platforms: [] };
  const max = Math.min(DRAFT_CAPTION_MAX, ...unique.map((p) => CAPTION_LIMITS[p]));
  return { max, platforms: unique.filter((p) => CAPTION_LIMITS[p] <= max) };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `caption` contains the hashtag or mention `tag` as a whole word (case-insensitive). */
export function hasTag(caption: string, tag: string): boolean {
  const tail = tag.startsWith('@') ? '(?![A-Za-z0-9_]|\\.[A-Za-z0-9_])' : '(?![\\p{L}\\p{N}_])';
  return new RegExp(`(?<![\\p{L}\\p{N}_@#.])${escape(tag)}${tail}`, 'iu').test(caption);
}

/** Required hashtags and mentions the caption still lacks, in the brief's order. */
export function missingTags(caption: string, required: readonly string[]): string[] {
  return required.filter((tag) => !hasTag(caption, tag));
}

/**
 * Appends tags the way captions usually end: on their own line after a blank
 * line, or on the same line when the caption already ends with tags.
 */
export function appendTags(caption: string, tags: readonly string[]): string {
  if (tags.length === 0) return caption;
  const base = caption.replace(/\s+$/u, '');
  if (!base) return tags.join(' ');
  const lastLine = base.split('\n').pop()!.trim();
  const endsWithTags = /^(?:[#@][^\s]+\s*)+$/u.test(lastLine);
  return `${base}${endsWithTags ? ' ' : '\n\n'}${tags.join(' ')}`;
}
