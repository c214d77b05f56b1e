export interface paths {
    "/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List campaigns, newest first: open ones to pages and KOLs, every status to officers.
         * @description Ordered by `createdAt`, then id, both descending. Pages and KOLs may ask for `open`, `closed` or `completed`; `draft` gives them an empty list.
         *
         *     **Access:** Any credential: a publishable key (from an allowed origin), a KOL session or a secret key.
         */
        get: operations["getCampaigns"];
        put?: never;
        /**
         * Create a campaign, as a draft.
         * @description **Access:** A secret key (officers and back-offices).
         */
        post: operations["postCampaigns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One campaign, by id (`cmp_…`) or slug.
         * @description A draft campaign is found by officers only.
         *
         *     **Access:** Any credential: a publishable key (from an allowed origin), a KOL session or a secret key.
         */
        get: operations["getCampaignsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a campaign; fields left out keep their value.
         * @description **Access:** A secret key (officers and back-offices).
         */
        patch: operations["patchCampaignsId"];
        trace?: never;
    };
    "/v1/campaigns/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a draft or closed campaign to applications.
         * @description **Access:** A secret key (officers and back-offices).
         */
        post: operations["postCampaignsIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close an open campaign to new applications.
         * @description **Access:** A secret key (officers and back-offices).
         */
        post: operations["postCampaignsIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/brief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The campaign’s brief: to officers, and to a KOL while she holds a place in it.
         * @description Anyone else gets 403 `permission_error` saying the brief opens after acceptance; 404 while none is written.
         *
         *     **Access:** Any credential: a publishable key (from an allowed origin), a KOL session or a secret key.
         */
        get: operations["getCampaignsIdBrief"];
        /**
         * Write the campaign’s brief; each write is a new version.
         * @description **Access:** A secret key (officers and back-offices).
         */
        put: operations["putCampaignsIdBrief"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply to an open campaign as the signed-in KOL; her profile is saved for next time.
         * @description A campaign not open, past `applyBy` or with requirements she does not meet is 400 with `fields`; a second application is 409 `invalid_transition`.
         *
         *     **Access:** A KOL session token.
         */
        post: operations["postCampaignsIdApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List participations, newest first: a KOL’s own, or every one to an officer.
         * @description **Access:** A KOL session token (her own things only) or a secret key.
         */
        get: operations["getParticipations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One participation with its drafts, post, insights, payout and history.
         * @description **Access:** A KOL session token (her own things only) or a secret key.
         */
        get: operations["getParticipationsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participations/{id}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow one participation: server-sent events, `participation` with its JSON at once and after every change.
         * @description For a page left open: an `event: participation` whose `data` is the participation, first as it is and then after each change; comment lines (`: heartbeat`) keep the connection alive. A KOL follows her own participations, an officer any. Send the credential in `Authorization` (read the stream with fetch; `EventSource` cannot send it).
         *
         *     **Access:** A KOL session token (her own things only) or a secret key.
         */
        get: operations["getParticipationsIdStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an application; takes one of the campaign’s slots.
         * @description Lifecycle move `accept`: `applied` → `accepted`.
         *
         *     **Access:** A secret key (officers and back-offices).
         */
        post: operations["postParticipationsIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject an application, saying why.
         * @description Lifecycle move `reject`: `applied` → `rejected`.
         *
         *     **Access:** A secret key (officers and back-offices).
         */
        post: operations["postParticipationsIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participations/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw from the campaign; an accepted place goes back to the campaign.
         * @description Lifecycle move `withdraw`: `applied` or `accepted` → `withdrawn`.
         *
         *     **Access:** A KOL session token.
         */
        post: operations["postParticipationsIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participations/{id}/acknowledge-brief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the brief has been read.
         * @description Lifecycle move `acknowledgeBrief`: `accepted` → `drafting`.
         *
         *     **Access:** A KOL session token.
         */
        post: operations["postParticipationsIdAcknowledgeBrief"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participations/{id}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the next draft version (caption and the KOL’s own uploads).
         * @description Lifecycle move `submitDraft`: `drafting` or `revision_requested` → `in_review`.
         *
         *     **Access:** A KOL session token.
         */
        post: operations["postParticipationsIdDrafts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participations/{id}/drafts/request-revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the draft back with feedback.
         * @description Lifecycle move `requestRevision`: `in_review` → `revision_requested`.
         *
         *     **Access:** A secret key (officers and back-offices).
         */
        post: operations["postParticipationsIdDraftsRequestRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participations/{id}/drafts/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the draft for publishing.
         * @description Lifecycle move `approveDraft`: `in_review` → `approved`.
         *
         *     **Access:** A secret key (officers and back-offices).
         */
        post: operations["postParticipationsIdDraftsApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participations/{id}/post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give the published post’s URL (on one of the campaign’s platforms).
         * @description Lifecycle move `submitPost`: `approved` → `posted`.
         *
         *     **Access:** A KOL session token.
         */
        post: operations["postParticipationsIdPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participations/{id}/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the post’s performance figures and screenshots.
         * @description Lifecycle move `submitInsight`: `posted` or `insight_revision_requested` → `insight_review`.
         *
         *     **Access:** A KOL session token.
         */
        post: operations["postParticipationsIdInsights"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participations/{id}/insights/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the insight; the fee becomes a pending payout.
         * @description Lifecycle move `approveInsight`: `insight_review` → `completed`.
         *
         *     **Access:** A secret key (officers and back-offices).
         */
        post: operations["postParticipationsIdInsightsApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participations/{id}/insights/request-fix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a fix to the insight, with a note.
         * @description Lifecycle move `requestInsightFix`: `insight_review` → `insight_revision_requested`.
         *
         *     **Access:** A secret key (officers and back-offices).
         */
        post: operations["postParticipationsIdInsightsRequestFix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participations/{id}/payout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the payout with its transfer reference.
         * @description Lifecycle move `recordPayout`: `completed` → `paid`.
         *
         *     **Access:** A secret key (officers and back-offices).
         */
        post: operations["postParticipationsIdPayout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/uploads/tus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a resumable upload (tus 1.0 creation; `Upload-Length` required).
         * @description Answers 201 with `Location: /v1/uploads/tus/upl_…`. A declared length over the limit is 413 before any byte is stored.
         *
         *     **Access:** A KOL session token.
         */
        post: operations["postUploadsTus"];
        delete?: never;
        /**
         * tus discovery: the protocol versions and extensions served.
         * @description **Access:** No credential.
         */
        options: operations["optionsUploadsTus"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/uploads/tus/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * A resumable upload: its offset (HEAD), more bytes (PATCH), or cancel (DELETE).
         * @description Its owner only (404 to anyone else). The completing PATCH registers the Upload; DELETE removes unfinished uploads only.
         *
         *     **Access:** A KOL session token.
         */
        delete: operations["deleteUploadsTusId"];
        /**
         * tus discovery: the protocol versions and extensions served.
         * @description **Access:** No credential.
         */
        options: operations["optionsUploadsTusId"];
        /**
         * A resumable upload: its offset (HEAD), more bytes (PATCH), or cancel (DELETE).
         * @description Its owner only (404 to anyone else). The completing PATCH registers the Upload; DELETE removes unfinished uploads only.
         *
         *     **Access:** A KOL session token.
         */
        head: operations["headUploadsTusId"];
        /**
         * A resumable upload: its offset (HEAD), more bytes (PATCH), or cancel (DELETE).
         * @description Its owner only (404 to anyone else). The completing PATCH registers the Upload; DELETE removes unfinished uploads only.
         *
         *     **Access:** A KOL session token.
         */
        patch: operations["patchUploadsTusId"];
        trace?: never;
    };
    "/v1/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload one small file in one request (multipart field `file`); large files go through tus.
         * @description **Access:** A KOL session token.
         */
        post: operations["postUploads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/uploads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One upload with a fresh signed link to its bytes: to its KOL and to officers.
         * @description **Access:** A KOL session token (her own things only) or a secret key.
         */
        get: operations["getUploadsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a one-time sign-in code to a KOL (dev mode keeps it in the dev outbox).
         * @description A 6-digit code, valid 10 minutes; at most 5 per email an hour (then 429 with `Retry-After`). A new code replaces the last one.
         *
         *     **Access:** Any credential: a publishable key (from an allowed origin), a KOL session or a secret key.
         */
        post: operations["postAuthCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange an emailed code for a KOL session.
         * @description A wrong code is 400 on `code`; an expired one the same, saying so; 5 wrong attempts burn the code (429).
         *
         *     **Access:** Any credential: a publishable key (from an allowed origin), a KOL session or a secret key.
         */
        post: operations["postAuthSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint a KOL session server-side, for partner sites whose users are already signed in.
         * @description By `kolId`, or by `email` (the KOL is created if new).
         *
         *     **Access:** A secret key (officers and back-offices).
         */
        post: operations["postSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in KOL’s profile.
         * @description **Access:** A KOL session token.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What happened, newest first: every change of stage, campaign publish and close, reminder and overdue mark.
         * @description Each event was written in the same transaction as its change. Filter by `type` or `participationId`.
         *
         *     **Access:** A secret key (officers and back-offices).
         */
        get: operations["getEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook_endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook endpoints, newest first (without their secrets).
         * @description **Access:** A secret key (officers and back-offices).
         */
        get: operations["getWebhookEndpoints"];
        put?: never;
        /**
         * Register a URL to receive events, signed by the Standard Webhooks scheme; the answer holds its `whsec_…` secret, once.
         * @description **Access:** A secret key (officers and back-offices).
         */
        post: operations["postWebhookEndpoints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook_endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One webhook endpoint (without its secret).
         * @description **Access:** A secret key (officers and back-offices).
         */
        get: operations["getWebhookEndpointsId"];
        put?: never;
        post?: never;
        /**
         * Delete an endpoint; it receives nothing more, pending deliveries included.
         * @description **Access:** A secret key (officers and back-offices).
         */
        delete: operations["deleteWebhookEndpointsId"];
        options?: never;
        head?: never;
        /**
         * Change an endpoint’s URL, events or description, or disable and enable it.
         * @description **Access:** A secret key (officers and back-offices).
         */
        patch: operations["patchWebhookEndpointsId"];
        trace?: never;
    };
    "/v1/webhook_endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deliveries to an endpoint, newest first: attempts, the last answer, the next attempt.
         * @description **Access:** A secret key (officers and back-offices).
         */
        get: operations["getWebhookEndpointsIdDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dev/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Messages the dev server kept instead of sending (sign-in codes, reminders …), newest first; `?email=` filters.
         * @description **Access:** No credential.
         *
         *     Dev mode only.
         */
        get: operations["getDevOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dev/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the dev server’s clock forward, then let the campaign’s clock run: reminders, automatic approvals, messages.
         * @description So a person can watch deadlines pass without waiting. The clock never goes back.
         *
         *     **Access:** No credential.
         *
         *     Dev mode only.
         */
        post: operations["postDevClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The bytes of an upload, through the signed link an upload carries (`exp`, `sig`); byte ranges served.
         * @description An expired link or a wrong signature is 403.
         *
         *     **Access:** No credential.
         */
        get: operations["getMediaId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This API as an OpenAPI 3.1 document.
         * @description **Access:** No credential.
         */
        get: operations["getOpenapi.json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {string} */
        Platform: "instagram" | "tiktok" | "youtube" | "facebook";
        /** @enum {string} */
        ContentFormat: "feed" | "reel" | "story" | "video" | "short" | "live";
        Timestamp: string;
        Rupiah: number;
        Count: number;
        CampaignId: string;
        ParticipationId: string;
        KolId: string;
        UploadId: string;
        BrandId: string;
        /** Format: date-time */
        TimestampInput: string;
        RupiahInput: number;
        CountInput: number;
        /** Format: uri */
        HttpUrl: string;
        PageParams: {
            limit?: number;
            cursor?: string;
        };
        Brand: {
            id: components["schemas"]["BrandId"];
            name: string;
            logoUrl: string | null;
        };
        /** @enum {string} */
        CampaignStatus: "draft" | "open" | "closed" | "completed";
        /** @enum {string} */
        CompensationType: "paid" | "barter" | "paid_and_product";
        Deliverable: {
            platform: components["schemas"]["Platform"];
            format: components["schemas"]["ContentFormat"];
            quantity: number;
        };
        Compensation: {
            type: components["schemas"]["CompensationType"];
            fee: components["schemas"]["Rupiah"];
            productDescription: string | null;
        };
        AgeRangeMonths: {
            min: number;
            max: number;
        };
        Requirements: {
            minFollowers: {
                [key: string]: components["schemas"]["Count"];
            };
            cities: string[];
            provinces: string[];
            childAgeMonths: components["schemas"]["AgeRangeMonths"] | null;
            niches: string[];
        };
        Timeline: {
            applyBy: components["schemas"]["Timestamp"];
            draftDue: components["schemas"]["Timestamp"];
            postWindow: {
                start: components["schemas"]["Timestamp"];
                end: components["schemas"]["Timestamp"];
            };
            insightDue: components["schemas"]["Timestamp"];
        };
        CampaignRules: {
            maxRevisionRounds: components["schemas"]["Count"];
            reviewHours: components["schemas"]["Count"];
            insightDueDays: components["schemas"]["Count"];
        };
        Campaign: {
            id: components["schemas"]["CampaignId"];
            /** @constant */
            object: "campaign";
            slug: string;
            brand: components["schemas"]["Brand"];
            title: string;
            summary: string;
            description: string;
            coverUrl: string | null;
            platforms: components["schemas"]["Platform"][];
            deliverables: components["schemas"]["Deliverable"][];
            compensation: components["schemas"]["Compensation"];
            slots: components["schemas"]["Count"];
            slotsFilled: components["schemas"]["Count"];
            requirements: components["schemas"]["Requirements"];
            timeline: components["schemas"]["Timeline"];
            rules: components["schemas"]["CampaignRules"];
            tags: string[];
            status: components["schemas"]["CampaignStatus"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        CampaignList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Campaign"][];
            hasMore: boolean;
            nextCursor: string | null;
        };
        CampaignCreateInput: {
            brand: {
                name: string;
                logoUrl?: components["schemas"]["HttpUrl"] | null;
            };
            title: string;
            slug?: string;
            summary: string;
            description: string;
            coverUrl?: components["schemas"]["HttpUrl"] | null;
            platforms: components["schemas"]["Platform"][];
            deliverables: {
                platform: components["schemas"]["Platform"];
                format: components["schemas"]["ContentFormat"];
                quantity: number;
            }[];
            compensation: {
                type: components["schemas"]["CompensationType"];
                fee: components["schemas"]["RupiahInput"];
                productDescription?: string | null;
            };
            slots: number;
            requirements?: {
                minFollowers?: {
                    [key: string]: components["schemas"]["CountInput"];
                };
                cities?: string[];
                provinces?: string[];
                childAgeMonths?: {
                    min: number;
                    max: number;
                } | null;
                niches?: string[];
            };
            timeline: {
                applyBy: components["schemas"]["TimestampInput"];
                draftDue: components["schemas"]["TimestampInput"];
                postWindow: {
                    start: components["schemas"]["TimestampInput"];
                    end: components["schemas"]["TimestampInput"];
                };
                insightDue: components["schemas"]["TimestampInput"];
            };
            rules?: {
                maxRevisionRounds?: number;
                reviewHours?: number;
                insightDueDays?: number;
            };
            tags?: string[];
        };
        CampaignUpdateInput: {
            brand?: {
                name: string;
                logoUrl?: components["schemas"]["HttpUrl"] | null;
            };
            title?: string;
            slug?: string;
            summary?: string;
            description?: string;
            coverUrl?: components["schemas"]["HttpUrl"] | null;
            platforms?: components["schemas"]["Platform"][];
            deliverables?: {
                platform: components["schemas"]["Platform"];
                format: components["schemas"]["ContentFormat"];
                quantity: number;
            }[];
            compensation?: {
                type: components["schemas"]["CompensationType"];
                fee: components["schemas"]["RupiahInput"];
                productDescription?: string | null;
            };
            slots?: number;
            requirements?: {
                minFollowers?: {
                    [key: string]: components["schemas"]["CountInput"];
                };
                cities?: string[];
                provinces?: string[];
                childAgeMonths?: {
                    min: number;
                    max: number;
                } | null;
                niches?: string[];
            };
            timeline?: {
                applyBy: components["schemas"]["TimestampInput"];
                draftDue: components["schemas"]["TimestampInput"];
                postWindow: {
                    start: components["schemas"]["TimestampInput"];
                    end: components["schemas"]["TimestampInput"];
                };
                insightDue: components["schemas"]["TimestampInput"];
            };
            rules?: {
                maxRevisionRounds?: number;
                reviewHours?: number;
                insightDueDays?: number;
            };
            tags?: string[];
        };
        CampaignListParams: {
            limit?: number;
            cursor?: string;
            status?: components["schemas"]["CampaignStatus"];
            platform?: components["schemas"]["Platform"];
            compensation?: components["schemas"]["CompensationType"];
            tag?: string;
            brand?: string;
            q?: string;
        };
        ReferenceItem: {
            /** @enum {string} */
            kind: "image" | "link";
            url: string;
            caption?: string;
        };
        Brief: {
            /** @constant */
            object: "brief";
            campaignId: components["schemas"]["CampaignId"];
            version: number;
            objective: string;
            body: string;
            keyMessages: string[];
            dos: string[];
            donts: string[];
            hashtags: string[];
            mentions: string[];
            captionGuidelines: string;
            references: components["schemas"]["ReferenceItem"][];
            updatedAt: components["schemas"]["Timestamp"];
        };
        BriefInput: {
            objective: string;
            body?: string;
            keyMessages: string[];
            dos: string[];
            donts: string[];
            hashtags: string[];
            mentions: string[];
            captionGuidelines?: string;
            references?: {
                /** @enum {string} */
                kind: "image" | "link";
                url: components["schemas"]["HttpUrl"];
                caption?: string;
            }[];
        };
        SocialAccount: {
            platform: components["schemas"]["Platform"];
            handle: string;
            followers: components["schemas"]["Count"];
        };
        Child: {
            birthYear: number;
            birthMonth: number;
        };
        KolProfile: {
            id: components["schemas"]["KolId"];
            /** @constant */
            object: "kol";
            email: string;
            name: string | null;
            whatsapp: string | null;
            city: string | null;
            province: string | null;
            socialAccounts: components["schemas"]["SocialAccount"][];
            children: components["schemas"]["Child"][];
            niches: string[];
        };
        WhatsAppNumber: string;
        /** Format: email */
        Email: string;
        KolProfileInput: {
            name: string;
            whatsapp: components["schemas"]["WhatsAppNumber"];
            city: string;
            province?: string;
            socialAccounts: {
                platform: components["schemas"]["Platform"];
                handle: string;
                followers: components["schemas"]["CountInput"];
            }[];
            children: {
                birthYear: number;
                birthMonth: number;
            }[];
            niches: string[];
        };
        CodeRequested: {
            /** @constant */
            object: "code_request";
            email: string;
            expiresAt: components["schemas"]["Timestamp"];
        };
        Session: {
            /** @constant */
            object: "session";
            token: string;
            expiresAt: components["schemas"]["Timestamp"];
            kol: components["schemas"]["KolProfile"];
        };
        OutboxMessage: {
            to: string;
            subject: string;
            text: string;
            code: string | null;
            sentAt: components["schemas"]["Timestamp"];
        };
        Outbox: {
            /** @constant */
            object: "list";
            data: components["schemas"]["OutboxMessage"][];
        };
        RequestCodeInput: {
            email: components["schemas"]["Email"];
        };
        VerifyCodeInput: {
            email: components["schemas"]["Email"];
            code: string;
        };
        SessionCreateInput: {
            kolId: components["schemas"]["KolId"];
        } | {
            email: components["schemas"]["Email"];
            name?: string;
        };
        /** @enum {string} */
        MediaKind: "image" | "video";
        Upload: {
            id: components["schemas"]["UploadId"];
            /** @constant */
            object: "upload";
            kolId: components["schemas"]["KolId"];
            kind: components["schemas"]["MediaKind"];
            mimeType: string;
            size: components["schemas"]["Count"];
            url: string | null;
            urlExpiresAt: components["schemas"]["Timestamp"] | null;
            createdAt: components["schemas"]["Timestamp"];
        };
        /** @enum {string} */
        MetricKey: "reach" | "impressions" | "views" | "likes" | "comments" | "shares" | "saves" | "replies" | "linkClicks";
        MetricValues: {
            [key: string]: components["schemas"]["Count"];
        };
        MetricValuesInput: {
            [key: string]: components["schemas"]["CountInput"];
        };
        /** @enum {string} */
        Stage: "applied" | "accepted" | "drafting" | "in_review" | "revision_requested" | "approved" | "posted" | "insight_review" | "insight_revision_requested" | "completed" | "rejected" | "withdrawn" | "paid";
        /** @enum {string} */
        Role: "kol" | "officer";
        /** @enum {string} */
        ActorRole: "kol" | "officer" | "system";
        Actor: {
            role: components["schemas"]["ActorRole"];
            id: string;
        };
        HistoryEntry: {
            from: components["schemas"]["Stage"] | null;
            to: components["schemas"]["Stage"];
            action: string;
            actor: components["schemas"]["Actor"];
            note: string | null;
            at: components["schemas"]["Timestamp"];
        };
        Application: {
            profile: {
                name: string;
                email: string;
                whatsapp: string;
                city: string;
                province: string | null;
                socialAccounts: components["schemas"]["SocialAccount"][];
                children: components["schemas"]["Child"][];
                niches: string[];
            };
            answers: {
                whyMe: string;
                contentIdea: string;
                eligibility: {
                    meetsRequirements: boolean;
                    willFollowBrief: boolean;
                };
            };
            attribution: {
                source: string | null;
                utm: {
                    [key: string]: string;
                };
                pageUrl: string | null;
            };
            submittedAt: components["schemas"]["Timestamp"];
        };
        /** @enum {string} */
        DraftStatus: "in_review" | "revision_requested" | "approved";
        Draft: {
            version: number;
            caption: string;
            mediaIds: components["schemas"]["UploadId"][];
            note: string | null;
            status: components["schemas"]["DraftStatus"];
            feedback: string | null;
            submittedAt: components["schemas"]["Timestamp"];
            late?: boolean;
            reviewedAt: components["schemas"]["Timestamp"] | null;
        };
        Post: {
            url: string;
            platform: components["schemas"]["Platform"];
            postedAt: components["schemas"]["Timestamp"];
            late?: boolean;
        };
        Insight: {
            version: number;
            metrics: {
                deliverableIndex: components["schemas"]["Count"];
                values: components["schemas"]["MetricValues"];
                engagementRate: number | null;
            }[];
            screenshotIds: components["schemas"]["UploadId"][];
            note: string | null;
            engagementRate: number | null;
            /** @enum {string} */
            status: "in_review" | "fix_requested" | "approved";
            officerNote: string | null;
            submittedAt: components["schemas"]["Timestamp"];
            late?: boolean;
            reviewedAt: components["schemas"]["Timestamp"] | null;
        };
        Payout: {
            amount: components["schemas"]["Rupiah"];
            /** @enum {string} */
            status: "pending" | "paid";
            paidAt: components["schemas"]["Timestamp"] | null;
            reference: string | null;
        };
        Participation: {
            id: components["schemas"]["ParticipationId"];
            /** @constant */
            object: "participation";
            campaignId: components["schemas"]["CampaignId"];
            kolId: components["schemas"]["KolId"];
            stage: components["schemas"]["Stage"];
            application: components["schemas"]["Application"];
            drafts: components["schemas"]["Draft"][];
            post: components["schemas"]["Post"] | null;
            insights: components["schemas"]["Insight"][];
            payout: components["schemas"]["Payout"] | null;
            history: components["schemas"]["HistoryEntry"][];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        ParticipationList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Participation"][];
            hasMore: boolean;
            nextCursor: string | null;
        };
        ApplicationAnswers: {
            whyMe: string;
            contentIdea: string;
            eligibility: {
                /** @constant */
                meetsRequirements: true;
                /** @constant */
                willFollowBrief: true;
            };
        };
        Attribution: {
            source?: string;
            utm?: {
                [key: string]: string;
            };
            pageUrl?: string;
        };
        ApplicationInput: {
            profile: components["schemas"]["KolProfileInput"];
            answers: components["schemas"]["ApplicationAnswers"];
            /** @constant */
            consent: true;
            attribution?: components["schemas"]["Attribution"];
        };
        DraftInput: {
            caption: string;
            mediaIds: components["schemas"]["UploadId"][];
            note?: string;
        };
        PostInput: {
            /** Format: uri */
            url: string;
        };
        InsightMetric: {
            deliverableIndex: number;
            values: components["schemas"]["MetricValuesInput"];
        };
        InsightInput: {
            metrics: components["schemas"]["InsightMetric"][];
            screenshotIds: components["schemas"]["UploadId"][];
            note?: string;
        };
        PayoutInput: {
            amount: number;
            reference: string;
        };
        ReviewNoteInput: {
            note: string;
        };
        OptionalNoteInput: {
            note?: string;
        };
        EmptyInput: Record<string, never>;
        ParticipationListParams: {
            limit?: number;
            cursor?: string;
            campaignId?: components["schemas"]["CampaignId"];
            stage?: components["schemas"]["Stage"];
        };
        /** @enum {string} */
        BankCode: "110" | "111" | "113" | "114" | "147" | "200" | "213" | "426" | "451" | "490" | "501" | "535" | "536" | "542" | "567" | "014" | "008" | "002" | "009" | "022" | "013" | "011" | "028" | "019" | "016";
        /** @enum {string} */
        EwalletProvider: "gopay" | "ovo" | "dana" | "shopeepay";
        PayoutDetails: {
            /** @constant */
            method: "bank";
            bankCode: components["schemas"]["BankCode"];
            accountMasked: string;
            holderName: string;
        } | {
            /** @constant */
            method: "ewallet";
            provider: components["schemas"]["EwalletProvider"];
            phoneMasked: string;
            name: string;
        };
        AccountNumber: string;
        EwalletPhone: string;
        BankAccountInput: {
            /** @constant */
            method: "bank";
            bankCode: components["schemas"]["BankCode"];
            accountNumber: components["schemas"]["AccountNumber"];
            holderName: string;
        };
        EwalletInput: {
            /** @constant */
            method: "ewallet";
            provider: components["schemas"]["EwalletProvider"];
            phone: components["schemas"]["EwalletPhone"];
            name: string;
        };
        PayoutDetailsInput: components["schemas"]["BankAccountInput"] | components["schemas"]["EwalletInput"];
        NikNumber: string;
        NpwpNumber: string;
        TaxIdInput: {
            /** @constant */
            kind: "npwp";
            number: components["schemas"]["NpwpNumber"];
        } | {
            /** @constant */
            kind: "nik";
            number: components["schemas"]["NikNumber"];
        };
        /** @enum {string} */
        ErrorCode: "validation_error" | "authentication_error" | "permission_error" | "not_found" | "invalid_transition" | "idempotency_error" | "rate_limited" | "payload_too_large" | "internal_error";
        ErrorBody: {
            error: {
                code: string;
                message: string;
                fields?: {
                    [key: string]: string;
                };
                requestId: string;
            };
        };
        EventId: string;
        /** @enum {string} */
        EventType: "campaign.published" | "campaign.closed" | "participation.stage_changed" | "participation.deadline_approaching" | "participation.overdue";
        /** @enum {string} */
        DeadlineKind: "draft" | "post" | "insight";
        StageChangedData: {
            participation: components["schemas"]["Participation"];
            previousStage: components["schemas"]["Stage"] | null;
            actor: components["schemas"]["Actor"];
            note: string | null;
        };
        DeadlineApproachingData: {
            participation: components["schemas"]["Participation"];
            deadline: components["schemas"]["DeadlineKind"];
            dueAt: components["schemas"]["Timestamp"];
            daysLeft: number;
        };
        OverdueData: {
            participation: components["schemas"]["Participation"];
            deadline: components["schemas"]["DeadlineKind"];
            dueAt: components["schemas"]["Timestamp"];
        };
        CampaignEventData: {
            campaign: components["schemas"]["Campaign"];
        };
        Event: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /** @constant */
            type: "participation.stage_changed";
            createdAt: components["schemas"]["Timestamp"];
            data: components["schemas"]["StageChangedData"];
        } | {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /** @constant */
            type: "participation.deadline_approaching";
            createdAt: components["schemas"]["Timestamp"];
            data: components["schemas"]["DeadlineApproachingData"];
        } | {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /** @constant */
            type: "participation.overdue";
            createdAt: components["schemas"]["Timestamp"];
            data: components["schemas"]["OverdueData"];
        } | {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /** @constant */
            type: "campaign.published";
            createdAt: components["schemas"]["Timestamp"];
            data: components["schemas"]["CampaignEventData"];
        } | {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /** @constant */
            type: "campaign.closed";
            createdAt: components["schemas"]["Timestamp"];
            data: components["schemas"]["CampaignEventData"];
        };
        EventList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Event"][];
            hasMore: boolean;
            nextCursor: string | null;
        };
        WebhookEndpointId: string;
        WebhookDeliveryId: string;
        /** @enum {string} */
        WebhookEndpointStatus: "enabled" | "disabled";
        WebhookEndpoint: {
            id: components["schemas"]["WebhookEndpointId"];
            /** @constant */
            object: "webhook_endpoint";
            url: string;
            events: string[];
            description: string | null;
            status: components["schemas"]["WebhookEndpointStatus"];
            createdAt: components["schemas"]["Timestamp"];
            secret?: string;
        };
        WebhookEndpointList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["WebhookEndpoint"][];
            hasMore: boolean;
            nextCursor: string | null;
        };
        /** @enum {string} */
        WebhookDeliveryStatus: "pending" | "succeeded" | "failed";
        WebhookDelivery: {
            id: components["schemas"]["WebhookDeliveryId"];
            /** @constant */
            object: "webhook_delivery";
            eventId: components["schemas"]["EventId"];
            endpointId: components["schemas"]["WebhookEndpointId"];
            attempt: number;
            status: components["schemas"]["WebhookDeliveryStatus"];
            responseStatus: number | null;
            error: string | null;
            attemptedAt: components["schemas"]["Timestamp"] | null;
            nextAttemptAt: components["schemas"]["Timestamp"] | null;
        };
        WebhookDeliveryList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["WebhookDelivery"][];
            hasMore: boolean;
            nextCursor: string | null;
        };
        WebhookEndpointDeleted: {
            id: components["schemas"]["WebhookEndpointId"];
            /** @constant */
            object: "webhook_endpoint";
            /** @constant */
            deleted: true;
        };
        WebhookUrl: string;
        WebhookEventTypes: (components["schemas"]["EventType"] | "*")[];
        WebhookEndpointCreateInput: {
            url: components["schemas"]["WebhookUrl"];
            events: components["schemas"]["WebhookEventTypes"];
            description?: string;
        };
        WebhookEndpointUpdateInput: {
            url?: components["schemas"]["WebhookUrl"];
            events?: components["schemas"]["WebhookEventTypes"];
            description?: string;
            /** @enum {string} */
            status?: "enabled" | "disabled";
        };
        EventListParams: {
            limit?: number;
            cursor?: string;
            type?: components["schemas"]["EventType"];
            participationId?: components["schemas"]["ParticipationId"];
        };
        DevClockInput: {
            advanceMs: number;
        };
        DevClock: {
            /** @constant */
            object: "clock";
            now: components["schemas"]["Timestamp"];
            autoApproved: components["schemas"]["Count"];
            reminders: components["schemas"]["Count"];
            told: components["schemas"]["Count"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getCampaigns: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: components["schemas"]["CampaignStatus"];
                platform?: components["schemas"]["Platform"];
                compensation?: components["schemas"]["CompensationType"];
                tag?: string;
                brand?: string;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List campaigns, newest first: open ones to pages and KOLs, every status to officers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignList"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postCampaigns: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignCreateInput"];
            };
        };
        responses: {
            /** @description Create a campaign, as a draft. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCampaignsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One campaign, by id (`cmp_…`) or slug. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    patchCampaignsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignUpdateInput"];
            };
        };
        responses: {
            /** @description Change a campaign; fields left out keep their value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postCampaignsIdPublish: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open a draft or closed campaign to applications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. The lifecycle or the current state forbids this now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postCampaignsIdClose: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Close an open campaign to new applications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. The lifecycle or the current state forbids this now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCampaignsIdBrief: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign’s brief: to officers, and to a KOL while she holds a place in it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Brief"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    putCampaignsIdBrief: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BriefInput"];
            };
        };
        responses: {
            /** @description Write the campaign’s brief; each write is a new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Brief"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postCampaignsIdApplications: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationInput"];
            };
        };
        responses: {
            /** @description Apply to an open campaign as the signed-in KOL; her profile is saved for next time. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. The lifecycle or the current state forbids this now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getParticipations: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                campaignId?: components["schemas"]["CampaignId"];
                stage?: components["schemas"]["Stage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List participations, newest first: a KOL’s own, or every one to an officer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipationList"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getParticipationsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One participation with its drafts, post, insights, payout and history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getParticipationsIdStream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream: `participation` events and heartbeat comments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": unknown;
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postParticipationsIdAccept: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionalNoteInput"];
            };
        };
        responses: {
            /** @description Accept an application; takes one of the campaign’s slots. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. The lifecycle or the current state forbids this now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postParticipationsIdReject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewNoteInput"];
            };
        };
        responses: {
            /** @description Reject an application, saying why. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. The lifecycle or the current state forbids this now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postParticipationsIdWithdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionalNoteInput"];
            };
        };
        responses: {
            /** @description Withdraw from the campaign; an accepted place goes back to the campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. The lifecycle or the current state forbids this now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postParticipationsIdAcknowledgeBrief: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyInput"];
            };
        };
        responses: {
            /** @description Confirm the brief has been read. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. The lifecycle or the current state forbids this now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postParticipationsIdDrafts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftInput"];
            };
        };
        responses: {
            /** @description Submit the next draft version (caption and the KOL’s own uploads). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. The lifecycle or the current state forbids this now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postParticipationsIdDraftsRequestRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewNoteInput"];
            };
        };
        responses: {
            /** @description Send the draft back with feedback. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. The lifecycle or the current state forbids this now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postParticipationsIdDraftsApprove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionalNoteInput"];
            };
        };
        responses: {
            /** @description Approve the draft for publishing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. The lifecycle or the current state forbids this now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postParticipationsIdPost: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostInput"];
            };
        };
        responses: {
            /** @description Give the published post’s URL (on one of the campaign’s platforms). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. The lifecycle or the current state forbids this now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postParticipationsIdInsights: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InsightInput"];
            };
        };
        responses: {
            /** @description Submit the post’s performance figures and screenshots. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. The lifecycle or the current state forbids this now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postParticipationsIdInsightsApprove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionalNoteInput"];
            };
        };
        responses: {
            /** @description Approve the insight; the fee becomes a pending payout. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. The lifecycle or the current state forbids this now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postParticipationsIdInsightsRequestFix: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewNoteInput"];
            };
        };
        responses: {
            /** @description Ask for a fix to the insight, with a note. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. The lifecycle or the current state forbids this now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postParticipationsIdPayout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayoutInput"];
            };
        };
        responses: {
            /** @description Record the payout with its transfer reference. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. The lifecycle or the current state forbids this now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postUploadsTus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The bytes from `Upload-Offset` on. */
        requestBody: {
            content: {
                "application/offset+octet-stream": unknown;
            };
        };
        responses: {
            /** @description Its state: `Upload-Offset` and `Upload-Length`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Created: `Location` names the upload (`upl_…`). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accepted: `Upload-Offset` says how many bytes are stored. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    optionsUploadsTus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tus-Version, Tus-Extension and Tus-Max-Size headers. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteUploadsTusId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The bytes from `Upload-Offset` on. */
        requestBody: {
            content: {
                "application/offset+octet-stream": unknown;
            };
        };
        responses: {
            /** @description Its state: `Upload-Offset` and `Upload-Length`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Created: `Location` names the upload (`upl_…`). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accepted: `Upload-Offset` says how many bytes are stored. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    optionsUploadsTusId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tus-Version, Tus-Extension and Tus-Max-Size headers. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    headUploadsTusId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its state: `Upload-Offset` and `Upload-Length`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Created: `Location` names the upload (`upl_…`). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accepted: `Upload-Offset` says how many bytes are stored. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    patchUploadsTusId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The bytes from `Upload-Offset` on. */
        requestBody: {
            content: {
                "application/offset+octet-stream": unknown;
            };
        };
        responses: {
            /** @description Its state: `Upload-Offset` and `Upload-Length`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Created: `Location` names the upload (`upl_…`). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accepted: `Upload-Offset` says how many bytes are stored. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postUploads: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Upload one small file in one request (multipart field `file`); large files go through tus. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Upload"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getUploadsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One upload with a fresh signed link to its bytes: to its KOL and to officers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Upload"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAuthCodes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestCodeInput"];
            };
        };
        responses: {
            /** @description Email a one-time sign-in code to a KOL (dev mode keeps it in the dev outbox). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeRequested"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests; wait as `Retry-After` says. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAuthSessions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyCodeInput"];
            };
        };
        responses: {
            /** @description Exchange an emailed code for a KOL session. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests; wait as `Retry-After` says. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postSessions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionCreateInput"];
            };
        };
        responses: {
            /** @description Mint a KOL session server-side, for partner sites whose users are already signed in. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in KOL’s profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KolProfile"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getEvents: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                type?: components["schemas"]["EventType"];
                participationId?: components["schemas"]["ParticipationId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What happened, newest first: every change of stage, campaign publish and close, reminder and overdue mark. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getWebhookEndpoints: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Webhook endpoints, newest first (without their secrets). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointCreateInput"];
            };
        };
        responses: {
            /** @description Register a URL to receive events, signed by the Standard Webhooks scheme; the answer holds its `whsec_…` secret, once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getWebhookEndpointsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One webhook endpoint (without its secret). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteWebhookEndpointsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete an endpoint; it receives nothing more, pending deliveries included. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointDeleted"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    patchWebhookEndpointsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointUpdateInput"];
            };
        };
        responses: {
            /** @description Change an endpoint’s URL, events or description, or disable and enable it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getWebhookEndpointsIdDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deliveries to an endpoint, newest first: attempts, the last answer, the next attempt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or one the API does not know. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getDevOutbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages the dev server kept instead of sending (sign-in codes, reminders …), newest first; `?email=` filters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Outbox"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postDevClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body within 24 hours replays the first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevClockInput"];
            };
        };
        responses: {
            /** @description Move the dev server’s clock forward, then let the campaign’s clock run: reminders, automatic approvals, messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevClock"];
                };
            };
            /** @description The request is invalid; `fields` names each problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was used for another request, or that request is still running. The lifecycle or the current state forbids this now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMediaId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its own content type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description The range asked for. */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Nothing of that id, or nothing this caller may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The range lies past the end. */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "getOpenapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description This API as an OpenAPI 3.1 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
}
