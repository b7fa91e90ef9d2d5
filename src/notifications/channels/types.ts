import type { NotificationRow } from '../../db/types.js';

/** How one delivery attempt went. Channels report failures here rather than throwing. */
export interface DeliveryOutcome {
  ok: boolean;
  /** Why it failed: short, with no message body or secret in it. */
  error?: string;
  /** Retrying cannot help (e.g. the subscription was disabled): dead-letter at once. */
  permanent?: boolean;
  /** The HTTP status, for webhooks and HTTP SMS gateways. */
  statusCode?: number;
  durationMs: number;
  /** Something to find the message by in logs: a Message-ID, a file path, a provider's message id. */
  reference?: string;
}

/** A notification claimed for sending: the row as the claim left it (status 'sending', attempts counted). */
export type ClaimedNotification = NotificationRow;

export interface ChannelSender {
  send(notification: ClaimedNotification): Promise<DeliveryOutcome>;
}
