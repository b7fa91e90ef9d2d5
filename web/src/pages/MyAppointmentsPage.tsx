import { DateTime } from 'luxon';
import { useCallback, useEffect, useState } from 'react';
import { api, type Appointment, type Me, must, type Slot } from '../api/client';
import { statusWords } from '../components/dialogs';
import { Empty, ErrorMessage, Link, Loading } from '../components/ui';
import { useLiveUpdates } from '../lib/live';
import { clock, dateTime, zoneLabel } from '../lib/time';

const zoneHere = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A patient's appointments, with cancel and reschedule (the server applies the cut-offs). */
export default function MyAppointmentsPage({ me: _me }: { me: Me }) {
  const zone = zoneHere();
  const [items, setItems] = useState<Appointment[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [moving, setMoving] = useState<Appointment | null>(null);

  const load = useCallback(async () => {
    try {
      const page = await must(api.GET('/api/v1/appointments', { params: { query: { ordering: '-start_time', limit: 100 } as never } }));
      setItems(page.results as Appointment[]);
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => void load(), [load]);
  useLiveUpdates(() => void load(), 60_000);

  const cancel = async (a: Appointment) => {
    setError(null);
    try {
      await must(api.POST('/api/v1/appointments/{id}/cancel', { params: { path: { id: a.id } }, body: {} }));
      await load();
    } catch (err) {
      setError(err);
    }
  };

  if (!items) return error ? <ErrorMessage error={error} /> : <Loading what="Loading your appointments" />;
  return (
    <section className="card wide">
      <h1>My appointments</h1>
      <p className="hint">Times in {zoneLabel(zone, new Date())}.</p>
      <ErrorMessage error={error} />
      {items.length === 0 ? (
        <Empty>
          No appointments yet. <Link to="/book">Book one</Link>.
        </Empty>
      ) : (
        <ul className="list appointments">
          {items.map((a) => (
            <li key={a.id}>
              <div>
                <strong>{dateTime(a.start_time, zone)}</strong> · {a.provider_name}
                {a.topic_details.length ? ` · ${a.topic_details.map((t) => t.name).join(', ')}` : ''}{' '}
                <span className={`badge status-${a.status}`}>{statusWords(a.status)}</span>
              </div>
              {a.is_upcoming && (
                <div className="actions">
                  <button type="button" className="secondary small" onClick={() => setMoving(a)}>
                    Reschedule
                  </button>
                  <button type="button" className="danger small" onClick={() => cancel(a)}>
                    Cancel
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {moving && <Reschedule appointment={moving} zone={zone} onDone={() => { setMoving(null); void load(); }} />}
    </section>
  );
}

function Reschedule({ appointment, zone, onDone }: { appointment: Appointment; zone: string; onDone: () => void }) {
  const [date, setDate] = useState(() => DateTime.fromISO(appointment.start_time, { zone }).toISODate()!);
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    setSlots(null);
    must(
      api.GET('/api/v1/slots', {
        params: { query: { provider: [appointment.provider], date, timezone: zone, limit: 200, ...(appointment.topics.length ? { topics: appointment.topics } : { duration: appointment.duration_minutes }) } as never },
      }),
    )
      .then((p) => current && setSlots(p.results))
      .catch((err) => current && setError(err));
    return () => {
      current = false;
    };
  }, [date, appointment, zone]);
  const move = async (slot: Slot) => {
    try {
      await must(api.POST('/api/v1/appointments/{id}/reschedule', { params: { path: { id: appointment.id } }, body: { start_time: slot.start_time } }));
      onDone();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="card inset">
      <h2>Move to another time</h2>
      <label>
        Date
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <ErrorMessage error={error} />
      {!slots ? <Loading /> : slots.length === 0 ? <Empty>No free time that day.</Empty> : (
        <ul className="slots">
          {slots.map((s) => (
            <li key={s.start_time}>
              <button type="button" className="secondary" onClick={() => move(s)}>{clock(s.start_time, zone)}</button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="secondary" onClick={onDone}>Keep the current time</button>
    </div>
  );
}
