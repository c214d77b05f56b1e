import type { Participation } from '@ibusibuk/sdk';
import { opensBrief } from '@ibusibuk/sdk';

/**
 * Whether a KOL's participation opens the campaign brief: only while she holds
 * a place (the lifecycle's `holdsPlace`), so never while only applied, nor after
 * a rejection or any withdrawal, even one after acceptance.
 */
export const participationOpensBrief = (participation: Participation): boolean => opensBrief(participation);
