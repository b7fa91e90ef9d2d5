import { DateTime } from 'luxon';
import { type FormEvent, useEffect, useState } from 'react';
import { api, type Appointment, ApiError, must, type Patient, type Topic } from '../api/client';
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

export function NewAvailabilityDialog(props: {
  zone: string;
  facility: string;
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
  const weekday = DateTime.fromISO(date).setLocale('en').toFormat('cccc').toLowerCase();

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await must(
        api.POST('/api/v1/providers/{id}/availability', {
          params: { path: { id: provider } },
          body: repeat ? { weekday: weekday as never, start, end, facility: props.facility, valid_from: date } : { date, start, end, facility: props.facility },
        }),
      );
      props.onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="New availability" onClose={props.onClose}>
      <form onSubmit={save} className="stack">
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
          <label>
            From
            <input type="time" value={start} onChange={(e) => setStart(e.target.value)} required />
          </label>
          <label>
            Until
            <input type="time" value={end === '24:00' ? '23:59' : end} onChange={(e) => setEnd(e.target.value)} required />
          </label>
        </div>
        <label className="check">
          <input type="checkbox" checked={repeat} onChange={(e) => setRepeat(e.target.checked)} /> Repeat weekly: every {weekday}, starting on this date
        </label>
        <p className="hint">Times are in {zoneLabel(zone, props.start)}.</p>
        <ErrorMessage error={error} />
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
  const [search, setSearch] = useState('');
  const [patients, setPatients] = useState<Patient[] | null>(null);
  const [patient, setPatient] = useState<Patient | null>(null);
  const [creating, setCreating] = useState(false);
  const [newName, setNewName] = useState('');
  const [newEmail, setNewEmail] = useState('');
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

  useEffect(() => {
    if (search.trim().length < 2) return setPatients(null);
    const timer = setTimeout(() => {
      void must(api.GET('/api/v1/patients', { params: { query: { search: search.trim(), limit: 10 } as never } }))
        .then((page) => setPatients(page.results))
        .catch(setError);
    }, 250);
    return () => clearTimeout(timer);
  }, [search]);

  const createPatient = async () => {
    setError(null);
    try {
      // Staff create the record; the patient sets a password of their own through a reset later.
      const password = crypto.getRandomValues(new Uint8Array(18)).reduce((s, b) => s + b.toString(16).padStart(2, '0'), '');
      const created = await must(api.POST('/api/v1/patients', { body: { name: newName, email: newEmail, password, timezone: zone } }));
      setPatient(created);
      setCreating(false);
    } catch (err) {
      setError(err);
    }
  };

  const book = async (e: FormEvent) => {
    e.preventDefault();
    if (!patient) return setError(new Error('Choose a patient first'));
    setBusy(true);
    setError(null);
    setReasons([]);
    const start_time = toInstant(date, time, zone);
    try {
      await must(
        api.POST('/api/v1/appointments', {
          body: {
            provider,
            patient: patient.id,
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
      <form onSubmit={book} className="stack">
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
          <label>
            Start
            <input type="time" value={time} onChange={(e) => setTime(e.target.value)} required />
          </label>
        </div>
        <p className="hint">Times are in {zoneLabel(zone, props.start)}.</p>
        <fieldset>
          <legend>Patient</legend>
          {patient ? (
            <p className="chosen">
              <span data-testid="chosen-patient">{patient.name}</span>{' '}
              <button type="button" className="link" onClick={() => setPatient(null)}>
                change
              </button>
            </p>
          ) : creating ? (
            <div className="stack">
              <label>
                Full name
                <input value={newName} onChange={(e) => setNewName(e.target.value)} required />
              </label>
              <label>
                Email
                <input type="email" value={newEmail} onChange={(e) => setNewEmail(e.target.value)} required />
              </label>
              <div className="actions">
                <button type="button" className="secondary" onClick={() => setCreating(false)}>
                  Back to search
                </button>
                <button type="button" onClick={createPatient} disabled={!newName || !newEmail}>
                  Create patient
                </button>
              </div>
            </div>
          ) : (
            <div className="stack">
              <label>
                Search patients
                <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Name or id" />
              </label>
              {patients && patients.length === 0 && <p className="empty">No patient matches “{search}”.</p>}
              {patients && patients.length > 0 && (
                <ul className="choices" aria-label="Matching patients">
                  {patients.map((p) => (
                    <li key={p.id}>
                      <button type="button" className="secondary" onClick={() => setPatient(p)}>
                        {p.name}
                        {p.date_of_birth ? ` (born ${p.date_of_birth})` : ''}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              <button type="button" className="link" onClick={() => { setCreating(true); setNewName(search); }}>
                New patient…
              </button>
            </div>
          )}
        </fieldset>
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
          <button type="submit" disabled={busy || !patient}>
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
