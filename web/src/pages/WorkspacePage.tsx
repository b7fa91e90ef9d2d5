import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { api, type Availability, type Facility, type Me, must, type Provider, type Schedule } from '../api/client';
import { Calendar } from '../components/Calendar';
import { AppointmentPanel, statusWords } from '../components/dialogs';
import { TimeInput, useAction } from '../components/admin/forms';
import { normalizeClock, WEEKDAYS, weekdayName } from '../components/admin/values';
import { BankDetailsCard } from '../components/profile/BankDetailsCard';
import { ProfileCard } from '../components/profile/ProfileCard';
import { Empty, ErrorMessage, Loading } from '../components/ui';
import { useLiveUpdates } from '../lib/live';
import { dateTime, zoneLabel } from '../lib/time';
import { initialDate, rangeOf } from './StaffCalendarPage';

const MODES = { in_person: 'In person', phone: 'Telephone', video: 'Video' } as const;

/** A practitioner's own day and week, weekly hours and dated changes, slot length and profile. */
export default function WorkspacePage({ me }: { me: Me }) {
  const id = me.provider_id!;
  const [provider, setProvider] = useState<Provider | null>(null);
  const [facilities, setFacilities] = useState<Facility[]>([]);
  const [rules, setRules] = useState<Availability[] | null>(null);
  const [schedule, setSchedule] = useState<Schedule | null>(null);
  const [view, setView] = useState<'day' | 'week'>('day');
  const [date, setDate] = useState(initialDate);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<string | null>(null);
  const zone = provider?.timezone ?? 'UTC';

  const loadProfile = useCallback(async () => {
    try {
      const [p, f, r] = await Promise.all([
        must(api.GET('/api/v1/providers/{id}', { params: { path: { id } } })),
        must(api.GET('/api/v1/facilities', { params: { query: { limit: 200 } as never } })),
        must(api.GET('/api/v1/providers/{id}/availability', { params: { path: { id } } })),
      ]);
      setProvider(p);
      setFacilities(f.results);
      setRules(Array.isArray(r) ? r : ((r as { results: Availability[] }).results ?? []));
    } catch (err) {
      setError(err);
    }
  }, [id]);

  const range = rangeOf(date, view, zone);
  const loadSchedule = useCallback(async () => {
    if (!provider) return;
    try {
      setSchedule(await must(api.GET('/api/v1/schedule', { params: { query: { from: range.from, to: range.to, provider: [id], timezone: zone } } })));
    } catch (err) {
      setError(err);
    }
  }, [provider, id, range.from, range.to, zone]);

  useEffect(() => void loadProfile(), [loadProfile]);
  useEffect(() => void loadSchedule(), [loadSchedule]);
  useLiveUpdates(() => void loadSchedule(), 60_000);

  if (!provider || !rules) return error ? <ErrorMessage error={error} /> : <Loading what="Loading your workspace" />;
  const facilityName = (fid: string | null) => facilities.find((f) => f.id === fid)?.name ?? 'any place';

  return (
    <div className="workspace">
      <section className="card wide">
        <h1>My {view === 'day' ? 'day' : 'week'}</h1>
        <p className="zone" data-testid="zone">
          Times in {zoneLabel(zone, date)}
        </p>
        <div className="calendar-box short">
          <Calendar
            zone={zone}
            date={date}
            view={view}
            schedule={schedule}
            resources={[{ id, title: provider.name }]}
            onNavigate={setDate}
            onView={setView}
            onSelectSlot={() => undefined}
            onSelectAppointment={setOpen}
          />
        </div>
        <h2>My appointments</h2>
        {schedule && schedule.appointments.length === 0 && <Empty>No appointments in this {view}.</Empty>}
        <ul className="list">
          {schedule?.appointments.map((a) => (
            <li key={a.id}>
              <button type="button" className="link" onClick={() => setOpen(a.id)}>
                {dateTime(a.start_time, zone)} · {a.patient_name}
              </button>{' '}
              <span className="badge">{a.mode ? MODES[a.mode] : 'In person'}</span> <span className={`badge status-${a.status}`}>{statusWords(a.status)}</span>
            </li>
          ))}
        </ul>
      </section>
      <Hours id={id} zone={zone} rules={rules} facilities={facilities} facilityName={facilityName} onChanged={() => void Promise.all([loadProfile(), loadSchedule()])} />
      <ProfileCard provider={provider} onSaved={setProvider} />
      <BankDetailsCard provider={provider} onSaved={setProvider} />
      {open && <AppointmentPanel id={open} zone={zone} staff={false} onClose={() => setOpen(null)} onChanged={() => void loadSchedule()} />}
    </div>
  );
}

function Hours(props: { id: string; zone: string; rules: Availability[]; facilities: Facility[]; facilityName: (id: string | null) => string; onChanged: () => void }) {
  const [editing, setEditing] = useState<Availability | null>(null);
  const [kind, setKind] = useState<'weekly' | 'dated'>('weekly');
  const [weekday, setWeekday] = useState<(typeof WEEKDAYS)[number]>('monday');
  const [date, setDate] = useState('');
  const [start, setStart] = useState('09:00');
  const [end, setEnd] = useState('13:00');
  const [facility, setFacility] = useState('');
  const { run, busy, error } = useAction();

  const edit = (r: Availability) => {
    setEditing(r);
    setKind(r.kind);
    if (r.weekday) setWeekday(r.weekday);
    setDate(r.date ?? '');
    setStart(r.start);
    setEnd(r.end);
    setFacility(r.facility ?? '');
  };
  const stopEditing = () => {
    setEditing(null);
    setStart('09:00');
    setEnd('13:00');
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const from = normalizeClock(start);
    const until = normalizeClock(end, true);
    if (!from || !until) return;
    const ok = await run(async () => {
      await must(
        api.POST('/api/v1/providers/{id}/availability', {
          params: { path: { id: props.id } },
          body: { ...(kind === 'weekly' ? { weekday } : { date }), start: from, end: until, ...(facility ? { facility } : {}) },
        }),
      );
      // Hours have no in-place edit: the changed range is added first, so a refusal leaves the old one.
      if (editing) await must(api.DELETE('/api/v1/providers/{id}/availability/{itemId}', { params: { path: { id: props.id, itemId: editing.id } } }));
    });
    if (ok) stopEditing();
    props.onChanged();
  };
  const remove = async (itemId: string) => {
    await run(() => must(api.DELETE('/api/v1/providers/{id}/availability/{itemId}', { params: { path: { id: props.id, itemId } } })));
    if (editing?.id === itemId) stopEditing();
    props.onChanged();
  };

  const weekly = props.rules.filter((r) => r.kind === 'weekly').sort((a, b) => WEEKDAYS.indexOf(a.weekday!) - WEEKDAYS.indexOf(b.weekday!) || a.start.localeCompare(b.start));
  const dated = props.rules.filter((r) => r.kind === 'dated').sort((a, b) => `${a.date}${a.start}`.localeCompare(`${b.date}${b.start}`));
  const row = (r: Availability, label: string) => (
    <li key={r.id} className={editing?.id === r.id ? 'editing' : undefined}>
      <span>
        {label} {r.start}–{r.end} · {props.facilityName(r.facility)}
      </span>
      <span className="actions">
        <button type="button" className="secondary small" onClick={() => edit(r)} aria-label={`Edit ${label} ${r.start}–${r.end}`}>
          Edit
        </button>
        <button type="button" className="secondary small" onClick={() => void remove(r.id)} aria-label={`Remove ${label} ${r.start}–${r.end}`}>
          Remove
        </button>
      </span>
    </li>
  );

  return (
    <section className="card">
      <h2>My hours</h2>
      <p className="hint">Wall-clock times at the place (else in {props.zone}), 24-hour. Several ranges a day are fine, e.g. 09:00–13:00 and 14:00–18:00.</p>
      <h3>Every week</h3>
      {weekly.length === 0 ? <Empty>No weekly hours yet.</Empty> : <ul className="list rules" aria-label="Weekly hours">{weekly.map((r) => row(r, weekdayName(r.weekday!)))}</ul>}
      <h3>Dated changes</h3>
      {dated.length === 0 ? <Empty>No dated changes.</Empty> : <ul className="list rules" aria-label="Dated hours">{dated.map((r) => row(r, r.date!))}</ul>}
      <form onSubmit={save} className="stack" aria-label={editing ? 'Change hours' : 'Add hours'}>
        {editing && (
          <h3>
            Changing {editing.weekday ? weekdayName(editing.weekday) : editing.date} {editing.start}–{editing.end}
          </h3>
        )}
        <div className="row">
          <label>
            Repeats
            <select value={kind} onChange={(e) => setKind(e.target.value as 'weekly' | 'dated')}>
              <option value="weekly">Every week</option>
              <option value="dated">On one date</option>
            </select>
          </label>
          {kind === 'weekly' ? (
            <label>
              Weekday
              <select value={weekday} onChange={(e) => setWeekday(e.target.value as (typeof WEEKDAYS)[number])}>
                {WEEKDAYS.map((d) => (
                  <option key={d} value={d}>
                    {weekdayName(d)}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <label>
              Date
              <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
            </label>
          )}
        </div>
        <div className="row">
          <TimeInput label="From" value={start} onChange={setStart} />
          <TimeInput label="Until" value={end} onChange={setEnd} end />
          <label>
            Place
            <select value={facility} onChange={(e) => setFacility(e.target.value)}>
              <option value="">Any (phone, video)</option>
              {props.facilities.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ErrorMessage error={error} />
        <div className="actions wrap">
          <button type="submit" disabled={busy}>
            {busy ? 'Saving…' : editing ? 'Save changes' : 'Add hours'}
          </button>
          {editing && (
            <button type="button" className="secondary" onClick={stopEditing}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
