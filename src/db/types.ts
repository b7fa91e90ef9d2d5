import type { AppointmentStatus } from '../kernel/statuses.js';
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { NotificationPayload } from '../notifications/payload.js';

/** A timestamptz column: read as Date, written as Date or ISO string. */
type Instant = ColumnType<Date, Date | string, Date | string>;
type CreatedInstant = ColumnType<Date, Date | string | undefined, Date | string>;

export type Role = 'admin' | 'staff' | 'provider' | 'patient';
export type ActorRole = Role | 'system';

export interface PendingTasksTable {
  name: string;
  created_at: Generated<Date>;
}

export interface AppSettingsTable {
  key: string;
  value: string;
}

export interface UsersTable {
  id: Generated<string>;
  /** Null for a walk-in who has not claimed an account, and after erasure. */
  email: string | null;
  name: string;
  /** Null: the user cannot sign in with a password (a walk-in, an erased person). */
  password_hash: string | null;
  role: Role;
  phone: string | null;
  active: Generated<boolean>;
  notify_email: Generated<boolean>;
  notify_sms: Generated<boolean>;
  /** Tokens issued before it are refused. */
  password_changed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** False only for a self-registration whose code has not been entered yet. */
  email_verified: Generated<boolean>;
  erased_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: CreatedInstant;
  updated_at: CreatedInstant;
}

export interface ProvidersTable {
  id: Generated<string>;
  user_id: string;
  specialization: string | null;
  timezone: Generated<string>;
  slot_minutes: Generated<number>;
  min_notice_minutes: Generated<number>;
  max_days_ahead: number | null;
  buffer_before_minutes: Generated<number>;
  buffer_after_minutes: Generated<number>;
  patient_cancel_cutoff_minutes: Generated<number>;
  /** Seed 002: how long a booking that names no topic lasts (null: bookings name topics). */
  default_minutes: number | null;
  /** The re-encoded picture (WebP), its type and a hash of its bytes (ETag, and the URL's version). */
  picture: Buffer | null;
  picture_type: string | null;
  picture_etag: string | null;
  /** `bank_details {pan, account_number, ifsc}` as a compact JWE (dir, A256GCM), and the id of the key that sealed it. */
  bank_details_sealed: string | null;
  bank_details_key_id: string | null;
  /** Issue 15: a patient's booking starts as `requested` until the provider approves it. */
  requires_confirmation: Generated<boolean>;
  /** What a broken linked calendar means: `block` the provider's slots, or `warn` and offer them. */
  calendar_broken_policy: Generated<'block' | 'warn'>;
  created_at: CreatedInstant;
  updated_at: CreatedInstant;
}

export interface ApiKeysTable {
  id: Generated<string>;
  name: string;
  /** sha256 of the whole key, hex: the key itself is shown once and never stored. */
  key_hash: string;
  /** The first characters of the key (`cb_` and 6 more), so an admin can tell keys apart. */
  key_prefix: string;
  scopes: string[];
  created_by_user_id: string;
  expires_at: Instant | null;
  revoked_at: Instant | null;
  last_used_at: Instant | null;
  created_at: CreatedInstant;
  updated_at: CreatedInstant;
}

export type AuditActorType = 'user' | 'api_key' | 'system';
export type AuditAction = 'insert' | 'update' | 'delete' | 'reveal';

export interface AuditLogTable {
  id: Generated<number>;
  at: Instant;
  actor_type: AuditActorType;
  actor_id: string | null;
  address: string | null;
  route: string | null;
  action: AuditAction;
  record_type: string;
  record_id: string | null;
  summary: ColumnType<Record<string, unknown>, Record<string, unknown> | string | undefined, never>;
}

export interface PatientsTable {
  id: Generated<string>;
  user_id: string;
  /** YYYY-MM-DD; parsed as text so no time zone can shift it. */
  date_of_birth: string | null;
  /** IANA zone the patient reads times in; null: the visit's own zone. */
  timezone: string | null;
  /** How a self-registered patient described themself; null: created by staff. */
  signup_type: ColumnType<'patient' | 'visitor' | null, 'patient' | 'visitor' | null | undefined, 'patient' | 'visitor' | null>;
  /** Address, nationality and gender, encrypted (see accounts/personal-data.ts). */
  personal_sealed: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedInstant;
  updated_at: CreatedInstant;
}

export type AccountCodePurpose = 'verify_email' | 'reset_password' | 'claim';

export interface AccountCodesTable {
  id: Generated<string>;
  user_id: string;
  purpose: AccountCodePurpose;
  code_hash: string;
  email: string | null;
  attempts: Generated<number>;
  expires_at: Instant;
  used_at: Instant | null;
  created_at: Instant;
}

export interface RefreshTokensTable {
  id: Generated<string>;
  user_id: string;
  family_id: string;
  token_hash: string;
  issued_at: Instant;
  expires_at: Instant;
  used_at: Instant | null;
  revoked_at: Instant | null;
}

export interface TopicsTable {
  id: Generated<string>;
  name: string;
  duration: number;
  active: Generated<boolean>;
  min_notice_minutes: number | null;
  max_days_ahead: number | null;
  buffer_before_minutes: number | null;
  buffer_after_minutes: number | null;
  align_minutes: number | null;
  price: number | null;
  currency: string | null;
  patient_cancel_cutoff_minutes: number | null;
  /** Seed 001's appointment_type: a stable code such as `consultation`. */
  code: string | null;
  /** Issue 15: a patient's booking of this topic starts as `requested` until the provider approves it. */
  requires_confirmation: Generated<boolean>;
  created_at: CreatedInstant;
  updated_at: CreatedInstant;
}

export type { AppointmentStatus };

export interface AppointmentsTable {
  id: Generated<string>;
  provider_id: string;
  patient_id: string;
  status: Generated<AppointmentStatus>;
  start_time: Instant;
  end_time: Instant;
  provider_notes: string | null;
  canceled_by_user_id: string | null;
  canceled_at: Instant | null;
  cancel_reason: string | null;
  created_by_user_id: string | null;
  facility_id: string | null;
  mode: AppointmentMode | null;
  hold_expires_at: Instant | null;
  price_amount: number | null;
  currency: string | null;
  exclusive_facility_id: string | null;
  /** Seed 001: why the patient comes, in their words. */
  reason: string | null;
  created_at: CreatedInstant;
  /** Changes announced so far: the iCalendar SEQUENCE of the next one. */
  announced_changes: Generated<number>;
  /** The recurring series this occurrence belongs to. */
  series_id: Generated<string | null>;
  /** A request awaiting approval is declined automatically at this time. */
  request_expires_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  updated_at: CreatedInstant;
  /** Bumped by a trigger on every real change (never written by code): manage links sign the version they were made for. */
  version: ColumnType<number, never, never>;
}

/** A manage link (issue 14) that was used, by the SHA-256 of its token: it works once. */
export interface ManageLinkUsesTable {
  token_hash: string;
  appointment_id: string;
  action: 'cancel' | 'reschedule';
  version: number;
  used_at: Instant;
}

export interface AppointmentSeriesTable {
  id: Generated<string>;
  provider_id: string;
  patient_id: string;
  rrule: string;
  timezone: string;
  created_by_user_id: string | null;
  created_at: CreatedInstant;
}

export interface TimeOfDayWindow {
  from: string;
  to: string;
}

export type WaitlistStatus = 'waiting' | 'offered' | 'booked' | 'left' | 'expired';

export interface WaitlistEntriesTable {
  id: Generated<string>;
  patient_id: string;
  provider_id: string | null;
  topic_id: string | null;
  topic_ids: string[];
  from_date: ColumnType<string, string, string>;
  to_date: ColumnType<string, string, string>;
  times_of_day: ColumnType<TimeOfDayWindow[], string, string>;
  priority: Generated<number>;
  status: Generated<WaitlistStatus>;
  offer_appointment_id: string | null;
  passed_starts: Generated<Date[]>;
  created_by_user_id: string | null;
  joined_at: Instant;
  updated_at: CreatedInstant;
}

export type AppointmentMode = 'in_person' | 'phone' | 'video';

export interface AppointmentTopicsTable {
  appointment_id: string;
  topic_id: string;
  position: number;
}

export interface AppointmentEventsTable {
  id: Generated<number>;
  appointment_id: string;
  type: string;
  actor_user_id: string | null;
  actor_role: ActorRole;
  changes: ColumnType<Record<string, unknown>, string, string>;
  created_at: CreatedInstant;
}

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
export interface OperatingHours {
  weekday: Weekday;
  open: string;
  close: string;
}
export interface Closure {
  date: string;
  reason: string | null;
}

export interface FacilitiesTable {
  id: Generated<string>;
  name: string;
  address: string[];
  timezone: string;
  operating_hours: ColumnType<OperatingHours[], string, string>;
  closures: ColumnType<Closure[], string, string>;
  appointment_minutes: number | null;
  align_minutes: number | null;
  single_occupancy: Generated<boolean>;
  active: Generated<boolean>;
  created_at: CreatedInstant;
  updated_at: CreatedInstant;
}

export interface ProviderFacilitiesTable {
  provider_id: string;
  facility_id: string;
}

export interface AvailabilityRulesTable {
  id: Generated<string>;
  provider_id: string;
  facility_id: string | null;
  kind: 'weekly' | 'dated';
  weekday: Weekday | null;
  date: string | null;
  start_local: string;
  end_local: string;
  valid_from: string | null;
  valid_until: string | null;
  created_by_user_id: string | null;
  created_at: CreatedInstant;
}

export interface TimeOffTable {
  id: Generated<string>;
  provider_id: string;
  start_time: Instant;
  end_time: Instant;
  reason: string | null;
  created_by_user_id: string | null;
  created_at: CreatedInstant;
}

export interface PaymentsTable {
  id: Generated<string>;
  appointment_id: string;
  order_id: string;
  payment_id: string;
  amount: number;
  currency: string;
  status: Generated<'succeeded'>;
  created_by_user_id: string | null;
  created_at: CreatedInstant;
}

export interface PaymentOrdersTable {
  id: string;
  appointment_id: string;
  gateway: string;
  amount: number;
  currency: string;
  created_by_user_id: string | null;
  created_at: CreatedInstant;
}

export interface IdempotencyKeysTable {
  owner: string;
  route: string;
  key: string;
  request_hash: string;
  status_code: number;
  content_type: string | null;
  response_body: string;
  created_at: Date;
}

export type NotificationChannel = 'email' | 'sms' | 'webhook' | 'in_app';
export type NotificationStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'dead';
export type NotificationAudience = 'patient' | 'provider' | 'subscriber' | 'staff';

export interface NotificationsTable {
  id: Generated<string>;
  seq: Generated<number>;
  appointment_id: string | null;
  user_id: string | null;
  audience: NotificationAudience;
  event: string;
  channel: NotificationChannel;
  recipient: string;
  subscription_id: string | null;
  payload: ColumnType<NotificationPayload, string, string>;
  status: Generated<NotificationStatus>;
  attempts: Generated<number>;
  next_attempt_at: Instant;
  locked_until: Instant | null;
  last_error: string | null;
  sent_at: Instant | null;
  read_at: Instant | null;
  created_at: CreatedInstant;
}

export interface RemindersTable {
  id: Generated<string>;
  appointment_id: string;
  offset_minutes: number;
  remind_at: Instant;
  status: Generated<'pending' | 'sent' | 'canceled'>;
  sent_at: Instant | null;
  created_at: CreatedInstant;
}

export interface WebhookSubscriptionsTable {
  id: Generated<string>;
  url: string;
  events: string[];
  description: string | null;
  secret_encrypted: string;
  active: Generated<boolean>;
  failing: Generated<boolean>;
  consecutive_failures: Generated<number>;
  total_failures: Generated<number>;
  last_success_at: Instant | null;
  last_failure_at: Instant | null;
  last_error: string | null;
  created_by_user_id: string | null;
  created_at: CreatedInstant;
  updated_at: CreatedInstant;
}

export interface WebhookDeliveriesTable {
  id: Generated<string>;
  subscription_id: string;
  notification_id: string;
  attempt: number;
  success: boolean;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
  attempted_at: Instant;
}

export interface CalendarFeedsTable {
  user_id: string;
  /** SHA-256 (hex) of the feed's secret token. */
  token_hash: string;
  created_at: CreatedInstant;
}

export type CalendarSourceState = 'pending' | 'ok' | 'broken';

export interface CalendarSourcesTable {
  id: Generated<string>;
  provider_id: string;
  name: string;
  url_encrypted: string;
  url_host: string;
  etag: string | null;
  last_modified: string | null;
  state: Generated<CalendarSourceState>;
  last_attempt_at: Instant | null;
  last_success_at: Instant | null;
  last_error: string | null;
  consecutive_failures: Generated<number>;
  busy_count: Generated<number>;
  created_by_user_id: string | null;
  created_at: CreatedInstant;
  updated_at: CreatedInstant;
}

export interface CalendarBusyTable {
  id: Generated<number>;
  source_id: string;
  provider_id: string;
  start_time: Instant;
  end_time: Instant;
}

export interface DB {
  account_codes: AccountCodesTable;
  refresh_tokens: RefreshTokensTable;
  api_keys: ApiKeysTable;
  audit_log: AuditLogTable;
  calendar_feeds: CalendarFeedsTable;
  calendar_sources: CalendarSourcesTable;
  calendar_busy: CalendarBusyTable;
  notifications: NotificationsTable;
  reminders: RemindersTable;
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  payments: PaymentsTable;
  payment_orders: PaymentOrdersTable;
  idempotency_keys: IdempotencyKeysTable;
  facilities: FacilitiesTable;
  provider_facilities: ProviderFacilitiesTable;
  availability_rules: AvailabilityRulesTable;
  time_off: TimeOffTable;
  app_settings: AppSettingsTable;
  pending_tasks: PendingTasksTable;
  users: UsersTable;
  providers: ProvidersTable;
  patients: PatientsTable;
  topics: TopicsTable;
  appointments: AppointmentsTable;
  appointment_topics: AppointmentTopicsTable;
  appointment_events: AppointmentEventsTable;
  appointment_series: AppointmentSeriesTable;
  waitlist_entries: WaitlistEntriesTable;
  manage_link_uses: ManageLinkUsesTable;
}

export type UserRow = Selectable<UsersTable>;
export type ApiKeyRow = Selectable<ApiKeysTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type ProviderRow = Selectable<ProvidersTable>;
export type PatientRow = Selectable<PatientsTable>;
export type TopicRow = Selectable<TopicsTable>;
export type AppointmentRow = Selectable<AppointmentsTable>;
export type AppointmentEventRow = Selectable<AppointmentEventsTable>;
export type FacilityRow = Selectable<FacilitiesTable>;
export type AvailabilityRuleRow = Selectable<AvailabilityRulesTable>;
export type TimeOffRow = Selectable<TimeOffTable>;
export type PaymentRow = Selectable<PaymentsTable>;
export type PaymentOrderRow = Selectable<PaymentOrdersTable>;
export type NotificationRow = Selectable<NotificationsTable>;
export type WebhookSubscriptionRow = Selectable<WebhookSubscriptionsTable>;
export type CalendarSourceRow = Selectable<CalendarSourcesTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;
