import type { Campaign, KolProfile, Participation, PayoutProfile, Upload } from '@ibusibuk/sdk';

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
    /** The KOL saved where her fees go (and her NPWP/NIK). */
    'ibusibuk-payout-profile-save': CustomEvent<{ profile: PayoutProfile }>;
    /** The participation changed stage (any step inside `<ibusibuk-campaign>`). */
    'ibusibuk-participation-change': CustomEvent<{ participation: Participation }>;
  }

  // The staff console's events (`<ibusibuk-applicants>`, `<ibusibuk-review-queue>`,
  // `<ibusibuk-campaign-report>`, `<ibusibuk-payouts>`); HTMLElementEventMap extends this map.
  interface GlobalEventHandlersEventMap {
    /** An application was accepted (one by one or as part of several). */
    'ibusibuk-applicant-accept': CustomEvent<{ participation: Participation }>;
    /** An application was rejected with a note to the KOL. */
    'ibusibuk-applicant-reject': CustomEvent<{ participation: Participation }>;
    /** Accepting several applications finished; `failed` lists each one that was refused and why. */
    'ibusibuk-applicants-accept': CustomEvent<{ accepted: Participation[]; failed: { participationId: string; code: string; message: string }[] }>;
    /** A draft was approved. */
    'ibusibuk-draft-approve': CustomEvent<{ participation: Participation }>;
    /** A draft was sent back with feedback. */
    'ibusibuk-draft-revise': CustomEvent<{ participation: Participation }>;
    /** An insight was approved; the participation is completed and waits for payment. */
    'ibusibuk-insight-approve': CustomEvent<{ participation: Participation }>;
    /** An insight was sent back with a note asking for a fix. */
    'ibusibuk-insight-revise': CustomEvent<{ participation: Participation }>;
    /** A payout was recorded with its transfer reference. */
    'ibusibuk-payout-record': CustomEvent<{ participation: Participation }>;
    /** The report's CSV file was made and handed to the browser to save. */
    'ibusibuk-report-download': CustomEvent<{ campaignId: string; filename: string }>;
  }
}
