/**
 * The social platforms a campaign runs on, in the order forms offer them. Plain data apart from
 * the zod enum built on it (schemas/common.ts), so a form can list them without loading zod.
 */
export const PLATFORMS = ['instagram', 'tiktok', 'youtube', 'facebook'] as const;
