import { z } from 'zod';
import { id, listQuery, oneLine } from '../http/schemas.js';
import { NOTIFICATION_EVENTS, webhookEventName } from './payload.js';

/** What a subscription may ask for: any `appointment.<event>`, or `*` for all of them. */
export const WEBHOOK_EVENT_NAMES = ['*', ...NOTIFICATION_EVENTS.map(webhookEventName)] as [string, ...string[]];

const url = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
  .max(2048);
const events = z
  .array(z.enum(WEBHOOK_EVENT_NAMES))
  .min(1, 'name at least one event, or "*"')
  .max(50)
  .transform((list) => [...new Set(list)]);
const description = oneLine().max(500).nullable();

export const webhookCreate = z.object({ url, events, description: description.optional() }).strict();
export type WebhookCreate = z.infer<typeof webhookCreate>;

export const webhookUpdate = z
  .object({
    url,
    events,
    description,
    /** false pauses deliveries (pending ones are dead-lettered and can be replayed); true resumes. */
    active: z.boolean(),
  })
  .partial()
  .strict();
export type WebhookUpdate = z.infer<typeof webhookUpdate>;

export const webhookOut = z.object({
  id,
  url: z.string(),
  events: z.array(z.string()),
  description: z.string().nullable(),
  active: z.boolean(),
  /** `failing` after several failed attempts in a row: deliveries are still retried. `disabled` when switched off. */
  status: z.enum(['healthy', 'failing', 'disabled']),
  consecutive_failures: z.number().int(),
  total_failures: z.number().int(),
  last_success_at: z.string().nullable(),
  last_failure_at: z.string().nullable(),
  last_error: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
}).meta({ id: 'Webhook' });

export const webhookCreatedOut = webhookOut.extend({
  /** The signing secret (`whsec_…`, Standard Webhooks). Shown only now: store it. */
  secret: z.string(),
}).meta({ id: 'WebhookCreated' });

export const webhookListQuery = z.object({ ...listQuery });

export const deliveryOut = z.object({
  id,
  notification: id,
  event: z.string(),
  attempt: z.number().int(),
  success: z.boolean(),
  status_code: z.number().int().nullable(),
  error: z.string().nullable(),
  duration_ms: z.number().int(),
  attempted_at: z.string(),
  /** Where the message stands now: sent, failed (another attempt is scheduled), dead, … */
  notification_status: z.string(),
}).meta({ id: 'WebhookDelivery' });

export const deliveryParams = z.object({ id: z.string(), delivery_id: z.string() });

export const replayOut = z.object({
  notification: id,
  status: z.string(),
  next_attempt_at: z.string(),
}).meta({ id: 'WebhookReplay' });
