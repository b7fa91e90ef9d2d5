import type { Migration } from 'kysely/migration';
import core from './2026_11_22_0001_core.js';
import scheduling from './2026_11_22_0002_scheduling.js';
import lifecycle from './2026_11_22_0003_lifecycle.js';
import notifications from './2026_11_22_0004_notifications.js';
import paymentOrders from './2026_12_01_0001_payment_orders.js';
import passwordChangedAt from './2026_12_01_0002_password_changed_at.js';
import idempotencyKeys from './2026_12_01_0003_idempotency_keys.js';
import seedShapes from './2026_12_01_0005_seed_shapes.js';
import feedWakeups from './2026_12_01_0100_feed_wakeups.js';
import icalSequence from './2026_12_01_0300_ical_sequence.js';
import accounts from './2026_12_02_0101_accounts.js';
import practitionerProfiles from './2026_12_02_0201_practitioner_profiles.js';
import seriesWaitlistApproval from './2026_12_02_0301_series_waitlist_approval.js';
import calendars from './2026_12_02_0401_calendars.js';
import manageLinks from './2026_12_03_0100_manage_links.js';
import pendingTasks from './2026_12_03_0200_pending_tasks.js';
import dropDeliveryScanIndexes from './2026_12_04_0100_drop_delivery_scan_indexes.js';
import appointmentsStartIdIdx from './2026_12_04_0200_appointments_start_id_idx.js';

/** Every migration, in order. Never edit one that has landed; add a new one. */
export const migrations: Record<string, Migration> = {
  '2026_11_22_0001_core': core,
  '2026_11_22_0002_scheduling': scheduling,
  '2026_11_22_0003_lifecycle': lifecycle,
  '2026_11_22_0004_notifications': notifications,
  '2026_12_01_0001_payment_orders': paymentOrders,
  '2026_12_01_0002_password_changed_at': passwordChangedAt,
  '2026_12_01_0003_idempotency_keys': idempotencyKeys,
  '2026_12_01_0005_seed_shapes': seedShapes,
  '2026_12_01_0100_feed_wakeups': feedWakeups,
  '2026_12_01_0300_ical_sequence': icalSequence,
  '2026_12_02_0101_accounts': accounts,
  '2026_12_02_0201_practitioner_profiles': practitionerProfiles,
  '2026_12_02_0301_series_waitlist_approval': seriesWaitlistApproval,
  '2026_12_02_0401_calendars': calendars,
  '2026_12_03_0100_manage_links': manageLinks,
  '2026_12_03_0200_pending_tasks': pendingTasks,
  '2026_12_04_0100_drop_delivery_scan_indexes': dropDeliveryScanIndexes,
  '2026_12_04_0200_appointments_start_id_idx': appointmentsStartIdIdx,
};
