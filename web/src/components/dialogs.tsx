import { DateTime } from 'luxon';
import { type FormEvent, type KeyboardEvent, type MouseEvent, useEffect, useRef, useState } from 'react';
import { api, type Appointment, ApiError, must, type Patient, type Topic } from '../api/client';
import { isTime, normalizeTime, openingsOn } from '../lib/calendar-times';
import { dateTime, zoneLabel } from '../lib/time';
import { Dialog, ErrorMessage, Loading } from './ui';

export interface Person {
  id: string;
  title: string;
}

/** Codes a booking rule gives: for these the explain endpoint lists every reason. */
const RULE_CODES = new Set(['outside_operating_hours', 'outside_availability', 'off_grid', 'facility_closed', 'time_off', 'too_soon', 'too_far_ahead', 'slot_unavailable', 'not_at_facility', 'validation_failed']);

/** Every reason the server gives for why this time cannot be booked (empty when it can). */
export async function explain(provider: string, start: string, opts: { topics?: string[]; duration?: number; facility?: string | null }): Promise<string[]> {
  try {
    const result = await must(
      api.GET('/api/v1/providers/{id}/availability/explain', {
        params: {
          path: { id: provider },
          query: {
            start_time: start,
            ...(opts.topics?.length ? { topics: opts.topics } : { duration: opts.duration ?? 30 }),
            ...(opts.facility ? { facility: opts.facility } : {}),
          } as never,
        },
      }),
    );
    return result.reasons.map((r) => r.message);
  } catch {
    return [];
  }
}

export async function reasonsFor(error: unknown, provider: string, start: string, opts: Parameters<typeof explain>[2]): Promise<string[]> {
  if (error instanceof ApiError && RULE_CODES.has(error.code)) return explain(provider, start, opts);
  return [];
}

const localParts = (d: Date, zone: string) => {
  const dt = DateTime.fromJSDate(d, { zone });
  return { date: dt.toISODate()!, time: dt.toFormat('HH:mm') };
};
const toInstant = (date: string, time: string, zone: string) => DateTime.fromISO(`${date}T${time}`, { zone }).toISO()!;

/**
 * A time of day typed as 24-hour HH:MM, whatever the browser's language (a native time field shows
 * AM/PM in some); "930" becomes "09:30" on leaving the field.
 */
function TimeField({ label, value, onChange, endOfDay = false }: { label: string; value: string; onChange: (v: string) => void; endOfDay?: boolean }) {
  return (
    <label>
      {label}
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="HH:MM"
        maxLength={5}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={(e) => onChange(normalizeTime(e.target.value, endOfDay))}
        required
      />
    </label>
  );
}

/** The typed times as HH:MM, or the refusal in words naming the field. */
function checkTimes(fields: [label: string, value: string, endOfDay?: boolean][]): { times: string[]; error?: Error } {
  const times = fields.map(([, value, endOfDay]) => normalizeTime(value, endOfDay));
  const bad = fields.find(([, , endOfDay], i) => !isTime(times[i]!, endOfDay));
  return bad ? { times, error: new Error(`${bad[0]}: enter a 24-hour time such as 09:30`) } : { times };
}

export function NewAvailabilityDialog(props: {
  zone: string;
  facility: { id: string; name: string };
  /** The facility's opening hours over the days the calendar has loaded (to say them when a time is refused). */
  openings: { start_time: string; end_time: string }[];
  providers: Person[];
  provider: string | null;
  start: Date;
  end: Date;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { zone } = props;
  const first = localParts(props.start, zone);
  const minutes = Math.max(60, (props.end.getTime() - props.start.getTime()) / 60000);
  const last = localParts(new Date(props.start.getTime() + minutes * 60000), zone);
  const [provider, setProvider] = useState(props.provider ?? props.providers[0]?.id ?? '');
  const [date, setDate] = useState(first.date);
  const [start, setStart] = useState(first.time);
  const [end, setEnd] = useState(last.time === '00:00' ? '24:00' : last.time);
  const [repeat, setRepeat] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reasons, setReasons] = useState<string[]>([]);
  const weekday = DateTime.fromISO(date).setLocale('en').toFormat('cccc').toLowerCase();
  const open = openingsOn(date, props.openings, zone);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setReasons([]);
    const checked = checkTimes([
      ['From', start],
      ['Until', end, true],
    ]);
    if (checked.error) return setError(checked.error);
    const [from, until] = checked.times as [string, string];
    setStart(from);
    setEnd(until);
    setBusy(true);
    try {
      await must(
        api.POST('/api/v1/providers/{id}/availability', {
          params: { path: { id: provider } },
          body: repeat
            ? { weekday: weekday as never, start: from, end: until, facility: props.facility.id, valid_from: date }
            : { date, start: from, end: until, facility: props.facility.id },
        }),
      );
      props.onSaved();
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.code === 'outside_operating_hours' && open && !repeat) {
        setReasons([`${props.facility.name} is open ${open} on ${DateTime.fromISO(date).setLocale('en-GB').toFormat('cccc d LLLL')}.`]);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="New availability" onClose={props.onClose}>
      <form onSubmit={save} className="stack" noValidate>
        <label>
          Doctor
          <select value={provider} onChange={(e) => setProvider(e.target.value)} required>
            {props.providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Date
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <div className="row">
          <TimeField label="From" value={start} onChange={setStart} />
          <TimeField label="Until" value={end} onChange={setEnd} endOfDay />
        </div>
        <label className="check">
          <input type="checkbox" checked={repeat} onChange={(e) => setRepeat(e.target.checked)} /> Repeat weekly: every {weekday}, starting on this date
        </label>
        <p className="hint">
          24-hour times (HH:MM) in {zoneLabel(zone, props.start)}.{open ? ` ${props.facility.name} is open ${open} on this day.` : ''}
        </p>
        <ErrorMessage error={error} reasons={reasons} />
        <div className="actions">
          <button type="button" className="secondary" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" disabled={busy || !provider}>
            {busy ? 'Saving…' : 'Save availability'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** A chosen patient, with a word on how they came to be (a new walk-in, an invitation sent or not). */
interface Picked {
  patient: Patient;
  note?: string;
}

/**
 * Finds a patient by name, or creates one inline: with an account (their email gets an invitation to
 * claim it, POST /patients/{id}/invite) or a walk-in without one (a child, someone at the desk).
 */
function PatientPicker({ picked, onPick }: { picked: Picked | null; onPick: (p: Picked | null) => void }) {
  const [search, setSearch] = useState('');
  const [patients, setPatients] = useState<Patient[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [creating, setCreating] = useState(false);
  const [kind, setKind] = useState<'account' | 'walk_in'>('account');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [born, setBorn] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The control the keyboard was on goes away when the picker changes step: the focus moves to the new step's first control.
  const box = useRef<HTMLFieldSetElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    box.current?.querySelector<HTMLElement>('input:checked, input:not([type=radio]), button')?.focus();
  }, [creating, picked]);
  const step = (change: () => void) => {
    moved.current = true;
    change();
  };

  useEffect(() => {
    if (search.trim().length < 2) return setPatients(null);
    setSearching(true);
    const timer = setTimeout(() => {
      void must(api.GET('/api/v1/patients', { params: { query: { search: search.trim(), limit: 10 } as never } }))
        .then((page) => {
          setPatients(page.results);
          setError(null);
        })
        .catch(setError)
        .finally(() => setSearching(false));
    }, 250);
    return () => clearTimeout(timer);
  }, [search]);

  const create = async (e: FormEvent | MouseEvent | KeyboardEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const patient = await must(
        api.POST('/api/v1/patients', {
          body: {
            name: name.trim(),
            ...(kind === 'account' ? { email: email.trim() } : {}),
            ...(phone.trim() ? { phone: phone.trim() } : {}),
            ...(born ? { date_of_birth: born } : {}),
          },
        }),
      );
      let note = 'Walk-in patient, without an account';
      if (kind === 'account') {
        try {
          await must(api.POST('/api/v1/patients/{id}/invite', { params: { path: { id: patient.id } }, body: { email: email.trim() } }));
          note = `Invitation to claim the account sent to ${email.trim()}`;
        } catch (err) {
          note = `Patient created, but the invitation was not sent: ${err instanceof Error ? err.message : String(err)}`;
        }
      }
      step(() => {
        onPick({ patient, note });
        setCreating(false);
      });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (picked) {
    return (
      <fieldset ref={box}>
        <legend>Patient</legend>
        <p className="chosen">
          <span data-testid="chosen-patient">{picked.patient.name}</span>{' '}
          <button type="button" className="link" onClick={() => step(() => onPick(null))}>
            change
          </button>
        </p>
        {picked.note && (
          <p className="hint" role="status">
            {picked.note}
          </p>
        )}
      </fieldset>
    );
  }
  if (creating) {
    const ready = name.trim().length > 0 && (kind === 'walk_in' || email.trim().length > 0);
    return (
      <fieldset
        ref={box}
        className="new-patient"
        onKeyDown={(e) => {
          // Enter in a field creates the patient; it must not submit the booking form around it.
          if (e.key !== 'Enter' || !(e.target instanceof HTMLInputElement)) return;
          e.preventDefault();
          if (ready && !busy) void create(e);
        }}
      >
        <legend>New patient</legend>
        <div className="stack">
          <div role="radiogroup" aria-label="Kind of patient" className="stack tight">
            <label className="check">
              <input type="radio" name="patient-kind" value="account" checked={kind === 'account'} onChange={() => setKind('account')} /> With an account: we email
              them an invitation
            </label>
            <label className="check">
              <input type="radio" name="patient-kind" value="walk_in" checked={kind === 'walk_in'} onChange={() => setKind('walk_in')} /> Walk-in, without an
              account (no email)
            </label>
          </div>
          <label>
            Full name
            <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" required />
          </label>
          {kind === 'account' && (
            <label>
              Email
              <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" required />
            </label>
          )}
          <div className="row">
            <label>
              Phone (optional)
              <input type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} autoComplete="off" placeholder="+91 98765 43210" />
            </label>
            <label>
              Date of birth (optional)
              <input type="date" value={born} max={DateTime.now().toISODate()!} onChange={(e) => setBorn(e.target.value)} />
            </label>
          </div>
          <ErrorMessage error={error} title="The patient was not created" />
          <div className="actions">
            <button type="button" className="secondary" onClick={() => step(() => setCreating(false))}>
              Back to search
            </button>
            <button type="button" onClick={create} disabled={busy || !ready}>
              {busy ? 'Creating…' : kind === 'account' ? 'Create and invite' : 'Create walk-in patient'}
            </button>
          </div>
        </div>
      </fieldset>
    );
  }
  return (
    <fieldset ref={box}>
      <legend>Patient</legend>
      <div className="stack">
        <label>
          Search patients
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => {
              // Enter picks the one match; it must not submit the booking form around it.
              if (e.key !== 'Enter') return;
              e.preventDefault();
              if (patients?.length === 1) step(() => onPick({ patient: patients[0]! }));
            }}
            placeholder="Name or id"
          />
        </label>
        {searching && <Loading what="Searching" />}
        {!searching && patients && patients.length === 0 && <p className="empty">No patient matches “{search}”.</p>}
        {patients && patients.length > 0 && (
          <ul className="choices" aria-label="Matching patients">
            {patients.map((p) => (
              <li key={p.id}>
                <button type="button" className="secondary" onClick={() => step(() => onPick({ patient: p }))}>
                  {p.name}
                  {p.date_of_birth ? ` (born ${p.date_of_birth})` : ''}
                </button>
              </li>
            ))}
          </ul>
        )}
        <ErrorMessage error={error} />
        <button
          type="button"
          className="link"
          onClick={() =>
            step(() => {
              setCreating(true);
              setName(search.trim());
            })
          }
        >
          New patient…
        </button>
      </div>
    </fieldset>
  );
}

export function NewAppointmentDialog(props: {
  zone: string;
  facility: string | null;
  providers: Person[];
  provider: string | null;
  start: Date;
  onClose: () => void;
  onBooked: () => void;
}) {
  const { zone } = props;
  const first = localParts(props.start, zone);
  const [provider, setProvider] = useState(props.provider ?? props.providers[0]?.id ?? '');
  const [date, setDate] = useState(first.date);
  const [time, setTime] = useState(first.time);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [topics, setTopics] = useState<Topic[] | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [mode, setMode] = useState<'in_person' | 'phone' | 'video'>('in_person');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reasons, setReasons] = useState<string[]>([]);

  useEffect(() => {
    void must(api.GET('/api/v1/topics', { params: { query: { limit: 200 } as never } }))
      .then((page) => setTopics(page.results.filter((t) => (t as { active?: boolean }).active !== false)))
      .catch(setError);
  }, []);

  const book = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setReasons([]);
    if (!picked) return setError(new Error('Choose a patient first'));
    const checked = checkTimes([['Start', time]]);
    if (checked.error) return setError(checked.error);
    const [at] = checked.times as [string];
    setTime(at);
    setBusy(true);
    const start_time = toInstant(date, at, zone);
    try {
      await must(
        api.POST('/api/v1/appointments', {
          body: {
            provider,
            patient: picked.patient.id,
            start_time,
            ...(chosen.length ? { topics: chosen } : {}),
            ...(props.facility && mode === 'in_person' ? { facility: props.facility } : {}),
            mode,
          } as never,
        }),
      );
      props.onBooked();
    } catch (err) {
      setError(err);
      setReasons(await reasonsFor(err, provider, start_time, { topics: chosen, facility: mode === 'in_person' ? props.facility : null }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="New appointment" onClose={props.onClose}>
      <form onSubmit={book} className="stack" noValidate>
        <label>
          Doctor
          <select value={provider} onChange={(e) => setProvider(e.target.value)} required>
            {props.providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
        <div className="row">
          <label>
            Date
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
          </label>
          <TimeField label="Start" value={time} onChange={setTime} />
        </div>
        <p className="hint">24-hour times (HH:MM) in {zoneLabel(zone, props.start)}.</p>
        <PatientPicker picked={picked} onPick={setPicked} />
        <fieldset>
          <legend>Topics</legend>
          {!topics ? (
            <Loading what="Loading topics" />
          ) : topics.length === 0 ? (
            <p className="empty">No topics yet: the visit takes the doctor's default length.</p>
          ) : (
            topics.map((t) => (
              <label key={t.id} className="check">
                <input
                  type="checkbox"
                  checked={chosen.includes(t.id)}
                  onChange={(e) => setChosen(e.target.checked ? [...chosen, t.id] : chosen.filter((id) => id !== t.id))}
                />{' '}
                {t.name} ({t.duration} min)
              </label>
            ))
          )}
        </fieldset>
        <label>
          Mode
          <select value={mode} onChange={(e) => setMode(e.target.value as typeof mode)}>
            <option value="in_person">In person</option>
            <option value="phone">Telephone</option>
            <option value="video">Video</option>
          </select>
        </label>
        <ErrorMessage error={error} reasons={reasons} />
        <div className="actions">
          <button type="button" className="secondary" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" disabled={busy || !picked}>
            {busy ? 'Booking…' : 'Book appointment'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

const STATUS_WORDS: Record<Appointment['status'], string> = {
  pending_payment: 'Held, awaiting payment',
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  completed: 'Completed',
  overdue: 'Overdue',
  no_show: 'No-show',
  user_canceled: 'Cancelled by the patient',
  provider_canceled: 'Cancelled by the provider',
  expired: 'Hold expired',
  requested: "Awaiting the provider's approval",
  declined: 'Declined',
  offered: 'Offered from the waitlist',
};
export const statusWords = (s: Appointment['status']) => STATUS_WORDS[s] ?? s;

type HistoryEntry = { id: number; type: string; actor: { role: string }; created_at: string };

/** An appointment's details, history, notifications sent and lifecycle actions. */
export function AppointmentPanel({ id, zone, staff, onClose, onChanged }: { id: string; zone: string; staff: boolean; onClose: () => void; onChanged: () => void }) {
  const [appointment, setAppointment] = useState<Appointment | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [reason, setReason] = useState('');
  const [onBehalf, setOnBehalf] = useState<'patient' | 'provider'>('patient');
  const [busy, setBusy] = useState(false);

  const load = async () => {
    try {
      setAppointment(await must(api.GET('/api/v1/appointments/{id}', { params: { path: { id } } })));
      setHistory(await must(api.GET('/api/v1/appointments/{id}/history', { params: { path: { id } } })));
    } catch (err) {
      setError(err);
    }
  };
  useEffect(() => void load(), [id]);

  const act = async (action: 'start' | 'complete' | 'no-show' | 'cancel') => {
    setBusy(true);
    setError(null);
    try {
      if (action === 'cancel') {
        await must(
          api.POST('/api/v1/appointments/{id}/cancel', {
            params: { path: { id } },
            body: { ...(reason ? { reason } : {}), ...(staff ? { on_behalf_of: onBehalf } : {}) },
          }),
        );
      } else {
        const path = `/api/v1/appointments/{id}/${action}` as '/api/v1/appointments/{id}/start';
        await must(api.POST(path, { params: { path: { id } } }));
      }
      await load();
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const a = appointment;
  const live = a && ['scheduled', 'overdue', 'pending_payment', 'in_progress'].includes(a.status);
  return (
    <Dialog title="Appointment" onClose={onClose}>
      {!a ? (
        error ? <ErrorMessage error={error} /> : <Loading />
      ) : (
        <div className="stack">
          <dl className="details">
            <dt>Patient</dt>
            <dd>{a.patient_name}</dd>
            <dt>Doctor</dt>
            <dd>{a.provider_name}</dd>
            <dt>When</dt>
            <dd>
              {dateTime(a.start_time, zone)}–{DateTime.fromISO(a.end_time, { zone }).toFormat('HH:mm')} ({zoneLabel(zone, new Date(a.start_time))})
            </dd>
            <dt>Status</dt>
            <dd>
              <span className={`badge status-${a.status}`}>{statusWords(a.status)}</span>
            </dd>
            <dt>Topics</dt>
            <dd>{a.topic_details.map((t) => t.name).join(', ') || '—'}</dd>
            <dt>Mode</dt>
            <dd>{a.mode ? { in_person: 'In person', phone: 'Telephone', video: 'Video' }[a.mode] : '—'}</dd>
            {a.facility_name && (
              <>
                <dt>Place</dt>
                <dd>{a.facility_name}</dd>
              </>
            )}
            {a.cancellation && (
              <>
                <dt>Cancelled</dt>
                <dd>
                  for the {a.cancellation.by}
                  {a.cancellation.reason ? `: ${a.cancellation.reason}` : ''}
                </dd>
              </>
            )}
          </dl>
          {live && (
            <div className="stack">
              <div className="actions wrap">
                {a.status !== 'in_progress' && a.status !== 'pending_payment' && (
                  <button type="button" disabled={busy} onClick={() => act('start')}>
                    Start
                  </button>
                )}
                {a.status !== 'pending_payment' && (
                  <button type="button" disabled={busy} onClick={() => act('complete')}>
                    Complete
                  </button>
                )}
                {a.status !== 'in_progress' && a.status !== 'pending_payment' && (
                  <button type="button" className="secondary" disabled={busy} onClick={() => act('no-show')}>
                    No-show
                  </button>
                )}
              </div>
              {a.status !== 'in_progress' && (
                <div className="stack cancel-box">
                  <label>
                    Reason for cancelling
                    <input value={reason} onChange={(e) => setReason(e.target.value)} />
                  </label>
                  {staff && (
                    <label>
                      Cancel on behalf of
                      <select value={onBehalf} onChange={(e) => setOnBehalf(e.target.value as 'patient' | 'provider')}>
                        <option value="patient">the patient</option>
                        <option value="provider">the doctor</option>
                      </select>
                    </label>
                  )}
                  <button type="button" className="danger" disabled={busy} onClick={() => act('cancel')}>
                    Cancel appointment
                  </button>
                </div>
              )}
            </div>
          )}
          <ErrorMessage error={error} />
          <h3>History</h3>
          {history.length === 0 ? (
            <p className="empty">No changes recorded.</p>
          ) : (
            <ul className="history">
              {history.map((h) => (
                <li key={h.id}>
                  <strong>{h.type.replaceAll('_', ' ')}</strong> {dateTime(h.created_at, zone)} · by {h.actor.role}
                </li>
              ))}
            </ul>
          )}
          <h3>Notifications sent</h3>
          {a.notifications_sent.length === 0 ? (
            <p className="empty">None yet.</p>
          ) : (
            <ul className="history">
              {a.notifications_sent.map((n, i) => (
                <li key={i}>
                  {n.event} · {n.channel} to {n.recipient} · {n.status}
                  {n.sent_at ? ` · ${dateTime(n.sent_at, zone)}` : ''}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Dialog>
  );
}
