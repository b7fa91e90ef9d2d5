import { DateTime } from 'luxon';
import { useEffect, useState } from 'react';
import { api, ApiError, type Booked as Appointment, type Me, must, type Provider, type Slot, type Topic } from '../api/client';
import { reasonsFor, statusWords } from '../components/dialogs';
import { Empty, ErrorMessage, Link, Loading } from '../components/ui';
import { handoff } from '../lib/account';
import { appointmentIcs, clock, countdown, dateTime, groupSlots, zoneLabel } from '../lib/time';
import { navigate } from '../router';

const myZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const PARTS = { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' } as const;

/** Visitor booking: a practitioner, a topic or a length, a date, a free slot; a hold, payment, confirmation. */
export default function BookingPage({ me }: { me: Me }) {
  const zone = myZone();
  const [providers, setProviders] = useState<Provider[] | null>(null);
  const [topics, setTopics] = useState<Topic[]>([]);
  const [provider, setProvider] = useState<string>('');
  const [topic, setTopic] = useState<string>('');
  const [duration, setDuration] = useState(30);
  const [date, setDate] = useState(() => DateTime.now().setZone(zone).plus({ days: 1 }).toISODate()!);
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [loadingSlots, setLoadingSlots] = useState(false);
  const [booking, setBooking] = useState<Appointment | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reasons, setReasons] = useState<string[]>([]);

  useEffect(() => {
    Promise.all([
      must(api.GET('/api/v1/providers', { params: { query: { limit: 200 } as never } })),
      must(api.GET('/api/v1/topics', { params: { query: { limit: 200 } as never } })),
    ])
      .then(([p, t]) => {
        setProviders(p.results.filter((x) => x.active));
        setTopics(t.results);
        setProvider((current) => current || p.results[0]?.id || '');
      })
      .catch(setError);
  }, []);

  useEffect(() => {
    if (!provider || !date) return;
    setLoadingSlots(true);
    setError(null);
    // Answers can arrive out of order: only the latest query's may show.
    let current = true;
    must(
      api.GET('/api/v1/slots', {
        params: { query: { provider: [provider], date, timezone: zone, limit: 200, ...(topic ? { topics: [topic] } : { duration }) } as never },
      }),
    )
      .then((page) => current && setSlots(page.results))
      .catch((err) => {
        if (!current) return;
        setSlots(null);
        setError(err);
      })
      .finally(() => current && setLoadingSlots(false));
    return () => {
      current = false;
    };
  }, [provider, topic, duration, date, zone]);

  const pick = async (slot: Slot) => {
    setError(null);
    setReasons([]);
    try {
      const created = await must(
        api.POST('/api/v1/appointments', {
          body: { provider: slot.provider, start_time: slot.start_time, ...(topic ? { topics: [topic] } : { end_time: slot.end_time }), ...(slot.facility ? { facility: slot.facility } : {}) } as never,
        }),
      );
      setBooking(created);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'email_not_verified') {
        handoff.toVerify({ email: me.email ?? '', sentAt: null, reason: 'Confirm your email address before you book: enter the 6-digit code we emailed you when you registered, or ask for a new one below.' });
        return navigate('/verify');
      }
      setError(err);
      setReasons(await reasonsFor(err, slot.provider, slot.start_time, { topics: topic ? [topic] : [], duration, facility: slot.facility }));
    }
  };

  if (booking) return <Checkout appointment={booking} zone={zone} onDone={() => setBooking(null)} />;
  if (!providers) return error ? <ErrorMessage error={error} /> : <Loading what="Loading practitioners" />;
  if (providers.length === 0) return <Empty>No practitioner takes bookings yet.</Empty>;

  const chosen = providers.find((p) => p.id === provider);
  const groups = groupSlots(slots ?? [], zone);
  return (
    <section className="card wide">
      <h1>Book an appointment</h1>
      <fieldset className="practitioners">
        <legend>Practitioner</legend>
        {providers.map((p) => (
          <label key={p.id} className={`practitioner${p.id === provider ? ' selected' : ''}`}>
            <input type="radio" name="provider" value={p.id} checked={p.id === provider} onChange={() => setProvider(p.id)} />
            <span className="avatar" aria-hidden="true">
              {(p as { picture_url?: string | null }).picture_url ? <img src={(p as { picture_url?: string }).picture_url} alt="" /> : p.name.replace(/^Dr\.?\s*/, '').charAt(0)}
            </span>
            <span>
              <strong>{p.name}</strong>
              {p.specialization && <small>{p.specialization}</small>}
              {(p as { is_available?: boolean }).is_available !== undefined && (
                <small className={(p as { is_available?: boolean }).is_available ? 'ok' : ''}>
                  {(p as { is_available?: boolean }).is_available ? 'Available now' : 'Busy now'}
                </small>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="row">
        <label>
          Topic
          <select value={topic} onChange={(e) => setTopic(e.target.value)}>
            <option value="">Any (choose a length)</option>
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} · {t.duration} min{t.price ? ` · ${(t.price / 100).toFixed(2)} ${t.currency}` : ''}
              </option>
            ))}
          </select>
        </label>
        {!topic && (
          <label>
            Length
            <select value={duration} onChange={(e) => setDuration(Number(e.target.value))}>
              {[15, 30, 45, 60].map((m) => (
                <option key={m} value={m}>
                  {m} minutes
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Date
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
      </div>
      <p className="hint">Times in {zoneLabel(zone, new Date())}.</p>
      <ErrorMessage error={error} reasons={reasons} />
      <h2>Free times{chosen ? ` with ${chosen.name}` : ''}</h2>
      {loadingSlots ? (
        <Loading what="Finding free times" />
      ) : slots && slots.length === 0 ? (
        <Empty>No free time on this date. Try another day.</Empty>
      ) : (
        groups.map((g) => (
          <div key={g.date} className="slot-day">
            <h3>{g.label}</h3>
            {g.parts.map((p) => (
              <div key={p.part} className="slot-part">
                <h4>{PARTS[p.part]}</h4>
                <ul className="slots" aria-label={`${PARTS[p.part]} slots`}>
                  {p.slots.map((s) => (
                    <li key={s.start_time}>
                      <button type="button" className="secondary" onClick={() => pick(s)}>
                        {clock(s.start_time, zone)}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        ))
      )}
    </section>
  );
}

/** The hold with its countdown, payment through the gateway's page, then the confirmation. */
function Checkout({ appointment, zone, onDone }: { appointment: Appointment; zone: string; onDone: () => void }) {
  const [current, setCurrent] = useState(appointment);
  const [paymentUrl, setPaymentUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  // The hold's length as the server set it, counted on this browser's clock from when the answer came.
  const [deadline] = useState(() =>
    appointment.hold_expires_at ? new Date(Date.now() + (Date.parse(appointment.hold_expires_at) - Date.parse(appointment.created_at))).toISOString() : null,
  );
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  // While the gateway's page is open, watch for the payment to land.
  useEffect(() => {
    if (!paymentUrl || current.status !== 'pending_payment') return;
    const timer = setInterval(async () => {
      try {
        setCurrent(await must(api.GET('/api/v1/appointments/{id}', { params: { path: { id: current.id } } })));
      } catch (err) {
        setError(err);
      }
    }, 1500);
    return () => clearInterval(timer);
  }, [paymentUrl, current.status, current.id]);

  const pay = async () => {
    setError(null);
    try {
      const order = await must(api.POST('/api/v1/appointments/{id}/checkout', { params: { path: { id: current.id } } }));
      setPaymentUrl(order.payment_url);
    } catch (err) {
      setError(err);
    }
  };

  const expired = current.status === 'expired' || (current.status === 'pending_payment' && deadline !== null && Date.parse(deadline) <= now);
  const title = `${current.topic_details.map((t) => t.name).join(', ') || 'Appointment'} with ${current.provider_name}`;
  const download = () => {
    const ics = appointmentIcs({ id: current.id, start_time: current.start_time, end_time: current.end_time, title, location: current.facility_name, now: new Date().toISOString() });
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'appointment.ics';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section className="card narrow">
      {current.status === 'scheduled' ? (
        <>
          <h1>Your appointment is confirmed</h1>
          <p data-testid="confirmation">
            {title}, {dateTime(current.start_time, zone)} ({zoneLabel(zone, new Date(current.start_time))})
            {current.facility_name ? ` at ${current.facility_name}` : ''}.
          </p>
          <div className="actions">
            <button type="button" onClick={download}>
              Add to calendar (.ics)
            </button>
            <Link to="/my-appointments" className="button secondary">
              My appointments
            </Link>
          </div>
        </>
      ) : expired ? (
        <>
          <h1>Your hold expired</h1>
          <p role="alert">The time was held for you but not paid in time, so it is free again. Please choose a time again.</p>
          <button type="button" onClick={onDone}>
            Choose another time
          </button>
        </>
      ) : (
        <>
          <h1>Held for you</h1>
          <p>
            {title}, {dateTime(current.start_time, zone)} ({zoneLabel(zone, new Date(current.start_time))}). Status: {statusWords(current.status)}.
          </p>
          {deadline && (
            <p className="countdown" role="timer" aria-live="off" aria-label="Time left to pay">
              Pay within <strong data-testid="countdown">{countdown(deadline, now)}</strong>
            </p>
          )}
          {current.price && (
            <p>
              Price: {(current.price.amount / 100).toFixed(2)} {current.price.currency}
            </p>
          )}
          {!paymentUrl ? (
            <button type="button" onClick={pay}>
              Pay now
            </button>
          ) : (
            <iframe className="gateway" title="Payment" src={paymentUrl} />
          )}
        </>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
