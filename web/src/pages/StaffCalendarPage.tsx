import { DateTime } from 'luxon';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, type Facility, type Me, must, type Provider, type Schedule, type ScheduleAppointment } from '../api/client';
import { Calendar } from '../components/Calendar';
import { AppointmentPanel, NewAppointmentDialog, NewAvailabilityDialog, reasonsFor } from '../components/dialogs';
import { Empty, ErrorMessage, Loading } from '../components/ui';
import { useLiveUpdates } from '../lib/live';
import { firstFreeStart, nextSlot } from '../lib/calendar-times';
import { zoneLabel } from '../lib/time';

type Pending =
  | { kind: 'availability'; start: Date; end: Date; provider: string | null }
  | { kind: 'appointment'; start: Date; provider: string | null }
  | { kind: 'details'; id: string };

/** Statuses that keep a doctor's time taken. */
const OCCUPYING = new Set(['pending_payment', 'scheduled', 'in_progress', 'overdue']);

/** The date a link asks for (`?date=YYYY-MM-DD`), else today; noon UTC is that date in nearly every zone. */
export function initialDate(): Date {
  const asked = new URLSearchParams(window.location.search).get('date');
  const dt = asked ? DateTime.fromISO(`${asked}T12:00`, { zone: 'utc' }) : null;
  return dt?.isValid ? dt.toJSDate() : new Date();
}

/** The range of local dates a view shows (the week starts on Monday). */
export function rangeOf(date: Date, view: 'day' | 'week', zone: string): { from: string; to: string } {
  const d = DateTime.fromJSDate(date, { zone });
  if (view === 'day') return { from: d.toISODate()!, to: d.toISODate()! };
  const monday = d.startOf('week');
  return { from: monday.toISODate()!, to: monday.plus({ days: 6 }).toISODate()! };
}

export default function StaffCalendarPage({ me }: { me: Me }) {
  const [facilities, setFacilities] = useState<Facility[] | null>(null);
  const [providers, setProviders] = useState<Provider[] | null>(null);
  const [facilityId, setFacilityId] = useState<string>(() => localStorage.getItem('carebook.facility') ?? '');
  const [chosen, setChosen] = useState<string[]>([]);
  const [view, setView] = useState<'day' | 'week'>(() => (window.innerWidth < 700 ? 'day' : 'week'));
  const [date, setDate] = useState(initialDate);
  const [schedule, setSchedule] = useState<Schedule | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<{ error: unknown; reasons: string[]; title?: string } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  useEffect(() => {
    Promise.all([
      must(api.GET('/api/v1/facilities', { params: { query: { limit: 200 } as never } })),
      must(api.GET('/api/v1/providers', { params: { query: { limit: 200, active: true } as never } })),
    ])
      .then(([f, p]) => {
        setFacilities(f.results);
        setProviders(p.results);
        setFacilityId((current) => (f.results.some((x) => x.id === current) ? current : (f.results[0]?.id ?? '')));
      })
      .catch(setError);
  }, []);

  const facility = facilities?.find((f) => f.id === facilityId) ?? null;
  const zone = facility?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const atFacility = useMemo(() => (providers ?? []).filter((p) => !facility || p.facilities.includes(facility.id)), [providers, facility]);

  // Choosing a facility shows all of its doctors until some are picked.
  useEffect(() => {
    setChosen((current) => {
      const kept = current.filter((id) => atFacility.some((p) => p.id === id));
      return kept.length ? kept : atFacility.map((p) => p.id);
    });
    if (facilityId) localStorage.setItem('carebook.facility', facilityId);
  }, [atFacility, facilityId]);

  const range = rangeOf(date, view, zone);
  // Only the latest load may show: an earlier one answering late (another week, other doctors) is dropped.
  const latest = useRef(0);
  const load = useCallback(async () => {
    const mine = ++latest.current;
    if (!facility || chosen.length === 0) return setSchedule(null);
    setLoading(true);
    try {
      const next = await must(
        api.GET('/api/v1/schedule', { params: { query: { from: range.from, to: range.to, facility: facility.id, provider: chosen, timezone: zone } } }),
      );
      if (mine !== latest.current) return;
      setSchedule(next);
      setError(null);
    } catch (err) {
      if (mine === latest.current) setError(err);
    } finally {
      if (mine === latest.current) setLoading(false);
    }
  }, [facility, chosen, range.from, range.to, zone]);

  useEffect(() => void load(), [load]);
  useLiveUpdates(() => void load());

  const resources = atFacility.filter((p) => chosen.includes(p.id)).map((p) => ({ id: p.id, title: p.name }));
  const people = resources;

  const inAvailability = (start: Date, end: Date, provider: string | null) =>
    schedule?.availabilities.some(
      (a) => (!provider || a.provider === provider) && Date.parse(a.start_time) <= start.getTime() && Date.parse(a.end_time) >= end.getTime(),
    ) ?? false;

  const move = async (appointment: ScheduleAppointment, start: Date, provider: string | null) => {
    setNotice(null);
    if (provider && provider !== appointment.provider) {
      setNotice({ error: new Error('An appointment moves to another time of the same doctor; to change the doctor, cancel and book again.'), reasons: [] });
      return;
    }
    try {
      await must(api.POST('/api/v1/appointments/{id}/reschedule', { params: { path: { id: appointment.id } }, body: { start_time: start.toISOString() } }));
    } catch (err) {
      const reasons = await reasonsFor(err, appointment.provider, start.toISOString(), {
        duration: Math.round((Date.parse(appointment.end_time) - Date.parse(appointment.start_time)) / 60000),
        facility: appointment.facility,
      });
      setNotice({ error: err, reasons, title: 'The move was refused' });
    }
    await load();
  };

  // From the keyboard (or without aiming at the grid): the day shown, its first doctor, the next slot.
  const newAvailability = () => {
    const { start, end } = nextSlot(date, zone, schedule?.opening_hours ?? [], new Date());
    setPending({ kind: 'availability', start, end, provider: resources[0]?.id ?? null });
  };
  const bookInside = (block: { start: Date; end: Date; provider: string }) => {
    const busy = (schedule?.appointments ?? []).filter((a) => a.provider === block.provider && OCCUPYING.has(a.status));
    setPending({ kind: 'appointment', start: firstFreeStart(block, busy), provider: block.provider });
  };

  if (error && !facilities) return <ErrorMessage error={error} />;
  if (!facilities || !providers) return <Loading what="Loading the calendar" />;
  if (facilities.length === 0) return <Empty>No facility yet. Add one under Admin to see its calendar.</Empty>;

  return (
    <section className="calendar-page">
      <div className="toolbar">
        <label>
          Facility
          <select value={facilityId} onChange={(e) => setFacilityId(e.target.value)}>
            {facilities.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="doctors">
          <legend>Doctors</legend>
          {atFacility.length === 0 && <span className="empty">No doctor works here yet.</span>}
          {atFacility.map((p) => (
            <label key={p.id} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(p.id)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, p.id] : chosen.filter((id) => id !== p.id))}
              />{' '}
              {p.name}
            </label>
          ))}
        </fieldset>
        <p className="zone" data-testid="zone">
          Times in {zoneLabel(zone, date)}
        </p>
        {loading && <span className="loading small" role="status">Updating…</span>}
        <button type="button" className="new-availability" onClick={newAvailability} disabled={!facility || resources.length === 0}>
          New availability
        </button>
      </div>
      {notice && (
        <div className="notice">
          <ErrorMessage error={notice.error} reasons={notice.reasons} title={notice.title} />
          <button type="button" className="ghost" onClick={() => setNotice(null)} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      {error && facilities ? <ErrorMessage error={error} /> : null}
      <div className="calendar-box">
        <Calendar
          zone={zone}
          date={date}
          view={view}
          schedule={schedule}
          resources={resources}
          onNavigate={setDate}
          onView={setView}
          onSelectSlot={({ start, end, provider }) =>
            setPending(inAvailability(start, end, provider) ? { kind: 'appointment', start, provider } : { kind: 'availability', start, end, provider })
          }
          onSelectAppointment={(id) => setPending({ kind: 'details', id })}
          onSelectAvailability={bookInside}
          onMove={move}
        />
      </div>
      {pending?.kind === 'availability' && facility && (
        <NewAvailabilityDialog
          zone={zone}
          facility={facility}
          openings={schedule?.opening_hours ?? []}
          providers={people}
          provider={pending.provider}
          start={pending.start}
          end={pending.end}
          onClose={() => setPending(null)}
          onSaved={() => {
            setPending(null);
            void load();
          }}
        />
      )}
      {pending?.kind === 'appointment' && (
        <NewAppointmentDialog
          zone={zone}
          facility={facility?.id ?? null}
          providers={people}
          provider={pending.provider ?? schedule?.availabilities.find((a) => Date.parse(a.start_time) <= pending.start.getTime() && Date.parse(a.end_time) > pending.start.getTime())?.provider ?? null}
          start={pending.start}
          onClose={() => setPending(null)}
          onBooked={() => {
            setPending(null);
            void load();
          }}
        />
      )}
      {pending?.kind === 'details' && (
        <AppointmentPanel id={pending.id} zone={zone} staff={me.role !== 'provider'} onClose={() => setPending(null)} onChanged={() => void load()} />
      )}
    </section>
  );
}
