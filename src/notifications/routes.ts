import type { AppContext } from '../context.js';
import type { App, Auth } from '../http/types.js';
import { registerNotificationRoutes } from './notifications.routes.js';
import { registerWebhookRoutes } from './webhooks.routes.js';

/** Every notifications route: the in-app feed and stream, preferences, and webhook subscriptions. */
export function registerNotificationsApi(app: App, ctx: AppContext, auth: Auth): void {
  registerNotificationRoutes(app, ctx, auth);
  registerWebhookRoutes(app, ctx, auth);
}
