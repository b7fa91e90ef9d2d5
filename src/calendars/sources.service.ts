import { randomUUID } from 'node:crypto';
import type { Uses } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import type { CalendarSourceRow } from '../db/types.js';
import type { Caller } from '../http/auth.js';
import { invalid, notFound } from '../http/errors.js';
import type { NotificationPayload } from '../notifications/payload.js';
import { openSecret, sealSecret } from '../crypto/secrets.js';
import { assertMayManage } from '../scheduling/availability.service.js';
import { busyIntervals, CalendarParseError } from './busy-ics.js';
import { calendarUrlProblem, fetchCalendar, normalizeCalendarUrl } from './fetch.js';
import { sourceHealth } from './health.js';
import * as repo from './sources.repository.js';

/** The encrypted URL is bound to its row, so a ciphertext copied to another row does not open. */
const urlContext = (id: string) => `calendar-source:${id}`;
/** Conditional requests only while the last full import is this recent, so the imported window keeps moving. */
const REVALIDATE_MS = 24 * 3_600_000;
const MAX_INTERVALS = 20_000;
const MAX_SOURCES_PER_PROVIDER = 20;

export function sourceView(ctx: Uses<'clock' | 'config'>, row: CalendarSourceRow) {
  const health = sourceHealth(row, ctx.clock.now().getTime(), ctx.config.CALENDAR_STALE_MINUTES);
  return {
    id: row.id,
    provider: row.provider_id,
    name: row.name,
    // The address is a credential (whoever has it reads the calendar): only its host is shown.
    host: row.url_host,
    status: health.status,
    error: health.error,
    last_success_at: health.last_success_at,
    last_attempt_at: row.last_attempt_at ? row.last_attempt_at.toISOString() : null,
    consecutive_failures: row.consecutive_failures,
    busy_periods: row.busy_count,
    created_at: row.created_at.toISOString(),
  };
}

export async function listCalendars(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, providerId: string) {
  await assertMayManage(ctx, caller, providerId);
  const [rows, policy] = await Promise.all([repo.listSources(ctx.db, providerId), repo.getPolicy(ctx.db, providerId)]);
  return { policy, calendars: rows.map((r) => sourceView(ctx, r)) };
}

export async function getCalendar(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, providerId: string, id: string) {
  await assertMayManage(ctx, caller, providerId);
  const row = await repo.findSource(ctx.db, providerId, id);
  if (!row) throw notFound('Calendar');
  return sourceView(ctx, row);
}

/** Links a calendar by its ICS address and imports it at once, so the answer already says whether it works. */
export async function linkCalendar(ctx: Uses<'db' | 'clock' | 'config' | 'keys'>, caller: Caller, providerId: string, input: { name: string; url: string }) {
  await assertMayManage(ctx, caller, providerId);
  const problem = calendarUrlProblem(input.url, ctx.config.ALLOW_PRIVATE_CALENDAR_URLS);
  if (problem) throw invalid([{ field: 'url', message: problem }]);
  const url = new URL(normalizeCalendarUrl(input.url));
  const id = randomUUID();
  const urlEncrypted = await sealSecret(ctx.keys, 'webhook-secret-encryption', url.toString(), urlContext(id));
  await inTransaction(ctx.db, async (trx) => {
    if ((await repo.countSources(trx, providerId)) >= MAX_SOURCES_PER_PROVIDER) throw invalid([{ field: 'url', message: `a provider may link at most ${MAX_SOURCES_PER_PROVIDER} calendars` }]);
    await repo.insertSource(trx, {
      id,
      provider_id: providerId,
      name: input.name,
      url_encrypted: urlEncrypted,
      url_host: url.host,
      created_by_user_id: caller.userId,
      now: ctx.clock.now(),
    });
  });
  await syncCalendars(ctx, [id]);
  return sourceView(ctx, (await repo.findSource(ctx.db, providerId, id))!);
}

export async function renameCalendar(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, providerId: string, id: string, name: string) {
  await assertMayManage(ctx, caller, providerId);
  const row = await repo.renameSource(ctx.db, providerId, id, name, ctx.clock.now());
  if (!row) throw notFound('Calendar');
  return sourceView(ctx, row);
}

export async function unlinkCalendar(ctx: Uses<'db'>, caller: Caller, providerId: string, id: string) {
  await assertMayManage(ctx, caller, providerId);
  if (!(await repo.deleteSource(ctx.db, providerId, id))) throw notFound('Calendar');
}

/** Fetches one linked calendar now (the provider's "sync now"). */
export async function syncCalendarNow(ctx: Uses<'db' | 'clock' | 'config' | 'keys'>, caller: Caller, providerId: string, id: string) {
  await assertMayManage(ctx, caller, providerId);
  if (!(await repo.findSource(ctx.db, providerId, id))) throw notFound('Calendar');
  await syncCalendars(ctx, [id]);
  return sourceView(ctx, (await repo.findSource(ctx.db, providerId, id))!);
}

export async function setBrokenPolicy(ctx: Uses<'db'>, caller: Caller, providerId: string, policy: 'block' | 'warn') {
  await assertMayManage(ctx, caller, providerId);
  const row = await repo.setPolicy(ctx.db, providerId, policy);
  if (!row) throw notFound('Provider');
  return { policy: row.calendar_broken_policy };
}

/**
 * Fetches linked calendars (all of them, or the ones named) and replaces each one's busy time with
 * what it says now. A fetch that fails keeps the last good busy time and marks the source broken;
 * the first failure after a success tells staff in their feed. One transaction per source.
 */
export async function syncCalendars(ctx: Uses<'db' | 'clock' | 'config' | 'keys'>, ids?: string[]): Promise<{ ok: number; broken: number }> {
  const counts = { ok: 0, broken: 0 };
  for (const source of await repo.sourcesToSync(ctx.db, ids)) {
    const now = ctx.clock.now();
    const fresh = source.last_success_at && now.getTime() - source.last_success_at.getTime() < REVALIDATE_MS && source.state === 'ok';
    const url = await openSecret(ctx.keys, 'webhook-secret-encryption', source.url_encrypted, urlContext(source.id));
    const fetched = await fetchCalendar(url, {
      allowPrivate: ctx.config.ALLOW_PRIVATE_CALENDAR_URLS,
      timeoutMs: ctx.config.CALENDAR_FETCH_TIMEOUT_MS,
      maxBytes: ctx.config.CALENDAR_MAX_BYTES,
      etag: fresh ? source.etag : null,
      lastModified: fresh ? source.last_modified : null,
    });
    let failure: string | undefined;
    let intervals: ReturnType<typeof busyIntervals> | undefined;
    if (fetched.kind === 'error') failure = fetched.error;
    else if (fetched.kind === 'ok') {
      try {
        intervals = busyIntervals(fetched.body, {
          from: now.getTime() - 86_400_000,
          to: now.getTime() + ctx.config.CALENDAR_HORIZON_DAYS * 86_400_000,
          zone: source.timezone,
          maxIntervals: MAX_INTERVALS,
        });
      } catch (error) {
        failure = error instanceof CalendarParseError ? error.message : 'The calendar file could not be read';
      }
    }
    await inTransaction(ctx.db, async (trx) => {
      const locked = await repo.lockSource(trx, source.id);
      if (!locked) return;
      if (failure !== undefined) {
        await repo.markBroken(trx, source.id, failure, now);
        if (locked.state !== 'broken') await notifyStaff(trx, locked, failure, now);
        return;
      }
      if (intervals) {
        await repo.replaceBusy(trx, locked, intervals);
        const meta = fetched.kind === 'ok' ? { etag: fetched.etag, lastModified: fetched.lastModified } : {};
        await repo.markFetched(trx, source.id, { now, ...meta, busyCount: intervals.length });
      } else {
        await repo.markFetched(trx, source.id, { now });
      }
    });
    if (failure !== undefined) counts.broken++;
    else counts.ok++;
  }
  return counts;
}

async function notifyStaff(trx: Parameters<typeof repo.replaceBusy>[0], source: CalendarSourceRow, error: string, now: Date) {
  const staff = await repo.staffUserIds(trx);
  if (staff.length === 0) return;
  const provider = await repo.providerNameAndPolicy(trx, source.provider_id);
  const consequence = provider?.calendar_broken_policy === 'block' ? 'No slots are offered for them until it can be read.' : 'Their slots are still offered, from the last good copy of it.';
  const payload = {
    event_id: randomUUID(),
    event: 'calendar_source_broken',
    occurred_at: now.toISOString(),
    sequence: 0,
    actor: { user_id: null, role: 'system' },
    data: { provider: source.provider_id, calendar: source.id, error },
    message: {
      title: `A linked calendar of ${provider?.name ?? 'a provider'} cannot be read`,
      body: `"${source.name}" (${source.url_host}): ${error}. ${consequence}`,
    },
  } as unknown as NotificationPayload;
  await repo.insertStaffFeedItems(trx, staff, 'calendar_source_broken', JSON.stringify(payload), now);
}
