import { DateTime } from 'luxon';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { api, ApiError, must, type ResponseOf } from '../api/client';
import { statusWords } from '../components/dialogs';
import { Empty, ErrorMessage, Link, Loading } from '../components/ui';
import { clock, dateTime, zoneLabel } from '../lib/time';

type ManageLink = ResponseOf<'/api/v1/manage/{token}', 'get'>;
type Managed = ManageLink['appointment'];
type Slot = ResponseOf<'/api/v1/manage/{token}/slots', 'get'>['results'][number];

/** What each refusal of a link is called on its page; the server's message says the rest. */
const GONE_TITLES: Record<string, string> = {
  link_used: 'This link was already used',
  link_expired: 'This link has expired',
  link_superseded: 'The appointment has changed',
  link_not_found: 'This link does not work',
  link_wrong_action: 'This link is for something else',
};

const MODES: Record<string, string> = { in_person: 'In person', phone: 'By telephone', video: 'By video' };

/**
 * The page a manage link in an email opens (`/m/<token>`), without signing in: the appointment, and the
 * one thing the link does (cancel, with a reason; or move, with a date and free times). A link that was
 * used, has expired or belongs to an older version of the appointment opens a page that says so and
 * what to do instead.
 */
export default function ManagePage({ token }: { token: string }) {
  const [link, setLink] = useState<ManageLink | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ what: 'cancelled' | 'moved'; appointment: Managed } | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      setLink(await must(api.GET('/api/v1/manage/{token}', { params: { path: { token } } })));
    } catch (err) {
      setError(err);
    }
  }, [token]);
  useEffect(() => void load(), [load]);

  if (done) return <Done {...done} />;
  if (error instanceof ApiError && error.status !== 0 && GONE_TITLES[error.code]) return <Gone code={error.code} message={error.message} />;
  if (error) {
    return (
      <section className="card narrow">
        <h1>Your appointment</h1>
        <ErrorMessage error={error} />
        <div className="actions wrap">
          <button type="button" onClick={() => void load()}>
            Try again
          </button>
        </div>
      </section>
    );
  }
  if (!link) return <Loading what="Opening your appointment" />;

  const a = link.appointment;
  const action = link.link.action;
  return (
    <section className="card narrow manage stack">
      <h1>{action === 'cancel' ? 'Cancel your appointment' : action === 'reschedule' ? 'Move your appointment' : 'Your appointment'}</h1>
      <Details appointment={a} />
      {action === 'cancel' && <CancelForm token={token} expiresAt={link.link.expires_at} zone={a.timezone} onDone={(appointment) => setDone({ what: 'cancelled', appointment })} />}
      {action === 'reschedule' && <MoveForm token={token} appointment={a} expiresAt={link.link.expires_at} onDone={(appointment) => setDone({ what: 'moved', appointment })} />}
      {action === 'view' && (
        <p className="hint">
          To cancel or move it, use the other links in the email, or <Link to="/">sign in</Link>.
        </p>
      )}
    </section>
  );
}

function Details({ appointment: a }: { appointment: Managed }) {
  const place = a.facility ? [a.facility.name, ...a.facility.address].filter(Boolean).join(', ') : a.mode ? MODES[a.mode] : null;
  return (
    <dl className="details">
      <dt>When</dt>
      <dd>
        {dateTime(a.start_time, a.timezone)}–{clock(a.end_time, a.timezone)}
        <span className="zone"> {zoneLabel(a.timezone, new Date(a.start_time))}</span>
      </dd>
      <dt>With</dt>
      <dd>{a.provider_name}</dd>
      {a.topics.length > 0 && (
        <>
          <dt>About</dt>
          <dd>{a.topics.join(', ')}</dd>
        </>
      )}
      {place && (
        <>
          <dt>{a.facility ? 'Where' : 'How'}</dt>
          <dd>{place}</dd>
        </>
      )}
      <dt>Status</dt>
      <dd>
        <span className={`badge status-${a.status}`}>{statusWords(a.status as Parameters<typeof statusWords>[0])}</span>
      </dd>
    </dl>
  );
}

const until = (iso: string, zone: string) => <p className="hint">This link works once, until {dateTime(iso, zone)} ({zone}).</p>;

function CancelForm({ token, expiresAt, zone, onDone }: { token: string; expiresAt: string; zone: string; onDone: (a: Managed) => void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onDone(await must(api.POST('/api/v1/manage/{token}/cancel', { params: { path: { token } }, body: reason.trim() ? { reason: reason.trim() } : {} })));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <form className="stack" onSubmit={submit}>
      {until(expiresAt, zone)}
      <label>
        Reason (optional)
        <input type="text" value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} placeholder="e.g. I feel better" />
      </label>
      <ErrorMessage error={error} />
      <div className="actions wrap">
        <button type="submit" className="danger" disabled={busy}>
          {busy ? 'Cancelling…' : 'Cancel the appointment'}
        </button>
      </div>
    </form>
  );
}

function MoveForm({ token, appointment, expiresAt, onDone }: { token: string; appointment: Managed; expiresAt: string; onDone: (a: Managed) => void }) {
  const zone = appointment.timezone;
  const [date, setDate] = useState(() => DateTime.fromISO(appointment.start_time, { zone }).toISODate()!);
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [picked, setPicked] = useState<Slot | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    setSlots(null);
    setPicked(null);
    setError(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return void setSlots([]);
    must(api.GET('/api/v1/manage/{token}/slots', { params: { path: { token }, query: { date } } }))
      .then((answer) => current && setSlots(answer.results))
      .catch((err) => current && setError(err));
    return () => {
      current = false;
    };
  }, [date, token]);

  const move = async () => {
    if (!picked) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await must(api.POST('/api/v1/manage/{token}/reschedule', { params: { path: { token } }, body: { start_time: picked.start_time } })));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      {until(expiresAt, zone)}
      <label>
        New date
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <p className="hint">Free times that day, in {zoneLabel(zone, new Date(`${date}T12:00:00Z`))}:</p>
      {!slots ? (
        !error && <Loading what="Looking for free times" />
      ) : slots.length === 0 ? (
        <Empty>No free time that day; try another date.</Empty>
      ) : (
        <ul className="slots" aria-label="Free times">
          {slots.map((s) => (
            <li key={s.start_time}>
              <button type="button" className={picked === s ? '' : 'secondary'} aria-pressed={picked === s} onClick={() => setPicked(s)}>
                {clock(s.start_time, zone)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={error} />
      <div className="actions wrap">
        <button type="button" disabled={!picked || busy} onClick={() => void move()}>
          {busy ? 'Moving…' : picked ? `Move to ${dateTime(picked.start_time, zone)}` : 'Pick a time first'}
        </button>
      </div>
    </div>
  );
}

function Done({ what, appointment }: { what: 'cancelled' | 'moved'; appointment: Managed }) {
  return (
    <section className="card narrow manage stack">
      <div role="status">
        <h1>{what === 'cancelled' ? 'Your appointment is cancelled' : 'Your appointment is moved'}</h1>
      </div>
      <Details appointment={appointment} />
      <p>
        {what === 'cancelled'
          ? 'The clinic has been told. This link is now used up.'
          : 'A new confirmation is on its way by email, with new links. This link and the older ones no longer work.'}
      </p>
      <p className="hint">
        To see all your appointments, <Link to="/">sign in</Link>.
      </p>
    </section>
  );
}

function Gone({ code, message }: { code: string; message: string }) {
  return (
    <section className="card narrow manage">
      <h1>{GONE_TITLES[code]}</h1>
      <p>{message}</p>
      <h2>What you can do instead</h2>
      <ul>
        <li>
          <Link to="/">Sign in to Carebook</Link> to see your appointments, and cancel or move them there.
        </li>
        <li>If a newer email about this appointment came, use the links in that one.</li>
        <li>Or contact the clinic where you booked: they can change the appointment for you.</li>
      </ul>
    </section>
  );
}
