import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** A timestamptz column: read as Date, written as Date or ISO string. */
type Instant = ColumnType<Date, Date | string, Date | string>;
type CreatedInstant = ColumnType<Date, Date | string | undefined, Date | string>;

export type Role = 'admin' | 'staff' | 'provider' | 'patient';
export type ActorRole = Role | 'system';

export interface AppSettingsTable {
  key: string;
  value: string;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  role: Role;
  phone: string | null;
  active: Generated<boolean>;
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
  created_at: CreatedInstant;
  updated_at: CreatedInstant;
}

export interface PatientsTable {
  id: Generated<string>;
  user_id: string;
  /** YYYY-MM-DD; parsed as text so no time zone can shift it. */
  date_of_birth: string | null;
  created_at: CreatedInstant;
  updated_at: CreatedInstant;
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
  created_at: CreatedInstant;
  updated_at: CreatedInstant;
}

export type AppointmentStatus =
  | 'scheduled'
  | 'in_progress'
  | 'completed'
  | 'overdue'
  | 'user_canceled'
  | 'provider_canceled';

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
  created_at: CreatedInstant;
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

export interface DB {
  facilities: FacilitiesTable;
  provider_facilities: ProviderFacilitiesTable;
  availability_rules: AvailabilityRulesTable;
  time_off: TimeOffTable;
  app_settings: AppSettingsTable;
  users: UsersTable;
  providers: ProvidersTable;
  patients: PatientsTable;
  topics: TopicsTable;
  appointments: AppointmentsTable;
  appointment_topics: AppointmentTopicsTable;
  appointment_events: AppointmentEventsTable;
}

export type UserRow = Selectable<UsersTable>;
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
