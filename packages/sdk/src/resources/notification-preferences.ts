import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request.js';
import type { NotificationPreferences, NotificationPreferencesInput } from '../schemas/preferences.js';

/** How the signed-in KOL is told what happens in her campaigns. */
export class NotificationPreferencesResource extends APIResource {
  /** Her language and whether WhatsApp may be used. */
  get(options?: RequestOptions): Promise<NotificationPreferences> {
    return this._get('/v1/me/notification-preferences', 'NotificationPreferences', options);
  }

  /** Change them: `{ whatsapp: false }` keeps messages to email (sign-in codes always go by email). */
  update(input: NotificationPreferencesInput, options?: RequestOptions): Promise<NotificationPreferences> {
    return this._send('PUT', '/v1/me/notification-preferences', input, 'NotificationPreferences', options);
  }
}
