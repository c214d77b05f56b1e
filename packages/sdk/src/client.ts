import { BaseClient, type ClientOptions } from './core/base-client.js';
import { Applications } from './resources/applications.js';
import { Auth } from './resources/auth.js';
import { Briefs } from './resources/briefs.js';
import { Campaigns } from './resources/campaigns.js';
import { Dev } from './resources/dev.js';
import { Drafts } from './resources/drafts.js';
import { Embed } from './resources/embed.js';
import { Events } from './resources/events.js';
import { Insights } from './resources/insights.js';
import { Me } from './resources/me.js';
import { Participations } from './resources/participations.js';
import { PayoutProfiles } from './resources/payout-profiles.js';
import { NotificationPreferencesResource } from './resources/notification-preferences.js';
import { Payouts } from './resources/payouts.js';
import { Posts } from './resources/posts.js';
import { Sessions } from './resources/sessions.js';
import { Uploads } from './resources/uploads.js';
import { WebhookEndpoints } from './resources/webhook-endpoints.js';

export { BaseClient, VERSION, type ClientOptions } from './core/base-client.js';

/**
 * A client of the Ibu Sibuk API. Create it with {@link createClient}; each
 * resource property groups the endpoints of one noun.
 */
export class IbuSibukClient extends BaseClient {
  /** Campaigns: list, read, and (officer) create, update, publish, close. */
  readonly campaigns = new Campaigns(this);
  /** Campaign cards as HTML for a server to include in its page (`renderCampaign`, `renderCampaignList`). */
  readonly embed = new Embed(this);
  /** Officer: write a campaign's brief. */
  readonly briefs = new Briefs(this);
  /** KOL sign-in by emailed one-time code. */
  readonly auth = new Auth(this);
  /** The signed-in KOL's profile. */
  readonly me = new Me(this);
  /** KOL: apply to a campaign. */
  readonly applications = new Applications(this);
  /** Participations and their lifecycle moves. */
  readonly participations = new Participations(this);
  /** Drafts and their review. */
  readonly drafts = new Drafts(this);
  /** The live post's URL. */
  readonly posts = new Posts(this);
  /** Insights (post statistics) and their verification. */
  readonly insights = new Insights(this);
  /** Officer: record payouts. */
  readonly payouts = new Payouts(this);
  /** Where a KOL's fees go, and her tax id. */
  readonly payoutProfiles = new PayoutProfiles(this);
  /** KOL: her language for messages, and WhatsApp on or off. */
  readonly notificationPreferences = new NotificationPreferencesResource(this);
  /** Secret key: mint KOL sessions. */
  readonly sessions = new Sessions(this);
  /** Media uploads. */
  readonly uploads = new Uploads(this);
  /** Officer: what happened, newest first (the events webhooks deliver). */
  readonly events = new Events(this);
  /** Officer: URLs that receive signed events, and their deliveries. */
  readonly webhookEndpoints = new WebhookEndpoints(this);
  /** Dev-mode endpoints (the outbox of sign-in codes). */
  readonly dev = new Dev(this);
}

/**
 * Create a client.
 *
 * ```ts
 * const client = createClient({ baseUrl: 'https://api.example', publishableKey: 'pk_test_demo' });
 * for await (const campaign of client.campaigns.list({ status: 'open' })) console.log(campaign.title);
 * ```
 */
export function createClient(options: ClientOptions): IbuSibukClient {
  return new IbuSibukClient(options);
}
