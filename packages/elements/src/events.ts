import type { Campaign, KolProfile, Participation, Upload } from '@ibusibuk/sdk';

/** What every failure event carries, so the host page can log and measure it. */
export interface IbuSibukErrorDetail {
  code: string;
  message: string;
  requestId?: string | undefined;
}

declare global {
  interface HTMLElementEventMap {
    /** A failure the element showed to the user; nothing is thrown into the page. */
    'ibusibuk-error-show': CustomEvent<IbuSibukErrorDetail>;
    /** Campaigns finished loading (each page). */
    'ibusibuk-campaigns-load': CustomEvent<{ campaigns: Campaign[]; hasMore: boolean }>;
    /** A campaign card was chosen; cancel it to stop the link being followed. */
    'ibusibuk-campaign-select': CustomEvent<{ campaign: Campaign }>;
    /** The KOL signed in through a one-time code. */
    'ibusibuk-session-start': CustomEvent<{ kol: KolProfile }>;
    /** The KOL signed out. */
    'ibusibuk-session-end': CustomEvent<Record<string, never>>;
    /** An application was submitted. */
    'ibusibuk-application-submit': CustomEvent<{ participation: Participation }>;
    /** The brief was acknowledged; the KOL may start her draft. */
    'ibusibuk-brief-acknowledge': CustomEvent<{ participation: Participation }>;
    /** A media file finished uploading. */
    'ibusibuk-upload-complete': CustomEvent<{ upload: Upload }>;
    /** A draft was submitted for review. */
    'ibusibuk-draft-submit': CustomEvent<{ participation: Participation }>;
    /** The post link was submitted. */
    'ibusibuk-post-submit': CustomEvent<{ participation: Participation }>;
    /** Insight was submitted for checking. */
    'ibusibuk-insight-submit': CustomEvent<{ participation: Participation }>;
    /** The participation changed stage (any step inside `<ibusibuk-campaign>`). */
    'ibusibuk-participation-change': CustomEvent<{ participation: Participation }>;
  }
}
