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
  created_at: CreatedInstant;
  updated_at: CreatedInstant;
}

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

export interface DB {
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
