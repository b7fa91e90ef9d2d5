import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { api, type Facility, type Me, must, type Provider, type Topic } from '../api/client';
import { Empty, ErrorMessage, Loading } from '../components/ui';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Admin and staff screens: practitioners, staff, topics, facilities with hours and closures, webhooks. */
export default function AdminPage({ me }: { me: Me }) {
  const [providers, setProviders] = useState<Provider[] | null>(null);
  const [topics, setTopics] = useState<Topic[] | null>(null);
  const [facilities, setFacilities] = useState<Facility[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      const [p, t, f] = await Promise.all([
        must(api.GET('/api/v1/providers', { params: { query: { limit: 200 } as never } })),
        must(api.GET('/api/v1/topics', { params: { query: { limit: 200 } as never } })),
        must(api.GET('/api/v1/facilities', { params: { query: { limit: 200 } as never } })),
      ]);
      setProviders(p.results);
      setTopics(t.results);
      setFacilities(f.results);
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => void load(), [load]);
  if (!providers || !topics || !facilities) return error ? <ErrorMessage error={error} /> : <Loading />;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <div className="admin">
      <section className="card">
        <h2>Facilities</h2>
        {facilities.length === 0 ? <Empty>No facility yet.</Empty> : (
          <ul className="list">{facilities.map((f) => <li key={f.id}>{f.name} · {f.timezone}</li>)}</ul>
        )}
        <SimpleForm
          label="Add facility"
          fields={[['name', 'Name'], ['timezone', 'Time zone', zone], ['open', 'Opens (Mon–Fri)', '09:00'], ['close', 'Closes (Mon–Fri)', '18:00'], ['closed', 'Closed on (date, optional)', '']]}
          submit={async (v) => {
            await must(api.POST('/api/v1/facilities', { body: {
              name: v.name!, timezone: v.timezone!,
              operating_hours: WEEKDAYS.slice(0, 5).map((weekday) => ({ weekday, open: v.open!, close: v.close! })),
              ...(v.closed ? { closures: [{ date: v.closed }] } : {}),
            } as never }));
            await load();
          }}
        />
      </section>
      <section className="card">
        <h2>Practitioners</h2>
        {providers.length === 0 ? <Empty>No practitioner yet.</Empty> : (
          <ul className="list">{providers.map((p) => <li key={p.id}>{p.name}{p.specialization ? ` · ${p.specialization}` : ''}{p.active ? '' : ' (inactive)'}</li>)}</ul>
        )}
        <SimpleForm
          label="Add practitioner"
          fields={[['name', 'Name'], ['email', 'Email'], ['password', 'First password'], ['specialization', 'Specialization', '']]}
          submit={async (v) => {
            await must(api.POST('/api/v1/providers', { body: { name: v.name!, email: v.email!, password: v.password!, timezone: zone, ...(v.specialization ? { specialization: v.specialization } : {}), facilities: facilities.map((f) => f.id) } as never }));
            await load();
          }}
        />
      </section>
      <section className="card">
        <h2>Topics</h2>
        {topics.length === 0 ? <Empty>No topic yet.</Empty> : (
          <ul className="list">{topics.map((t) => <li key={t.id}>{t.name} · {t.duration} min{t.price ? ` · ${(t.price / 100).toFixed(2)} ${t.currency}` : ''}</li>)}</ul>
        )}
        <SimpleForm
          label="Add topic"
          fields={[['name', 'Name'], ['duration', 'Minutes', '30']]}
          submit={async (v) => {
            await must(api.POST('/api/v1/topics', { body: { name: v.name!, duration: Number(v.duration) } as never }));
            await load();
          }}
        />
      </section>
      {me.role === 'admin' && (
        <section className="card">
          <h2>Staff</h2>
          <SimpleForm
            label="Add staff member"
            fields={[['name', 'Name'], ['email', 'Email'], ['password', 'First password']]}
            submit={async (v) => {
              await must(api.POST('/api/v1/users', { body: { name: v.name!, email: v.email!, password: v.password!, role: 'staff' } as never }));
            }}
          />
        </section>
      )}
      {me.role === 'admin' && <Webhooks />}
    </div>
  );
}

function Webhooks() {
  const [hooks, setHooks] = useState<{ id: string; url: string; status: string }[] | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      const page = await must(api.GET('/api/v1/webhooks', { params: { query: {} as never } }));
      setHooks((page as { results: { id: string; url: string; status: string }[] }).results);
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => void load(), [load]);
  return (
    <section className="card">
      <h2>Webhooks</h2>
      <ErrorMessage error={error} />
      {!hooks ? <Loading /> : hooks.length === 0 ? <Empty>No webhook yet.</Empty> : <ul className="list">{hooks.map((h) => <li key={h.id}>{h.url} · {h.status}</li>)}</ul>}
      {secret && <p role="status">Signing secret (shown once): <code>{secret}</code></p>}
      <SimpleForm
        label="Add webhook"
        fields={[['url', 'URL (https)']]}
        submit={async (v) => {
          const created = await must(api.POST('/api/v1/webhooks', { body: { url: v.url! } as never }));
          setSecret((created as { secret?: string }).secret ?? null);
          await load();
        }}
      />
    </section>
  );
}

function SimpleForm({ label, fields, submit }: { label: string; fields: [string, string, string?][]; submit: (values: Record<string, string>) => Promise<void> }) {
  const initial = () => Object.fromEntries(fields.map(([k, , d]) => [k, d ?? '']));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await submit(values);
      setValues(initial());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={onSubmit} className="stack" aria-label={label}>
      {fields.map(([key, text, d]) => (
        <label key={key}>
          {text}
          <input value={values[key] ?? ''} onChange={(e) => setValues({ ...values, [key]: e.target.value })} required={d === undefined} type={key === 'password' ? 'password' : key === 'email' ? 'email' : 'text'} />
        </label>
      ))}
      <ErrorMessage error={error} />
      <button type="submit" disabled={busy}>{label}</button>
    </form>
  );
}
