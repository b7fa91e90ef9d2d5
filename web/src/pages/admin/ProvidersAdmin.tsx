import { type FormEvent, useState } from 'react';
import { api, type Facility, type Me, must, type Provider } from '../../api/client';
import { ActiveToggle, browserZone, ListState, Saved, useAction, useLoad, ZoneSelect } from '../../components/admin/forms';
import { ErrorMessage } from '../../components/ui';

const NEW = 'new';

/** Practitioners: profile fields, where they work, slot length, and whether they can be booked. */
export function ProvidersAdmin({ me }: { me: Me }) {
  const { items, error, reload } = useLoad(async () => {
    const [p, f] = await Promise.all([
      must(api.GET('/api/v1/providers', { params: { query: { limit: 200 } as never } })),
      must(api.GET('/api/v1/facilities', { params: { query: { limit: 200 } as never } })),
    ]);
    return { providers: p.results, facilities: f.results };
  });
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const current = editing === NEW ? null : items?.providers.find((p) => p.id === editing);
  const facilityNames = (ids: string[]) => ids.map((id) => items?.facilities.find((f) => f.id === id)?.name ?? 'unknown facility').join(', ');

  const setActive = async (p: Provider, active: boolean) => {
    await must(api.POST(active ? '/api/v1/providers/{id}/activate' : '/api/v1/providers/{id}/deactivate', { params: { path: { id: p.id } } }));
    await reload();
    setNotice(`${p.name} ${active ? 'reactivated' : 'deactivated'}.`);
  };

  return (
    <section className="card admin-screen" aria-labelledby="providers-title">
      <div className="screen-head">
        <h1 id="providers-title">Practitioners</h1>
        {me.role === 'admin' && editing !== NEW && (
          <button type="button" onClick={() => (setEditing(NEW), setNotice(null))}>
            New practitioner
          </button>
        )}
      </div>
      <Saved show={Boolean(notice)}>{notice}</Saved>
      <ListState items={items?.providers ?? null} error={error} empty="No practitioner yet.">
        {(providers) => (
          <ul className="list entities" aria-label="Practitioners">
            {providers.map((p) => (
              <li key={p.id}>
                <span className="avatar">{p.picture ? <img src={p.picture} alt="" /> : p.name.replace(/^Dr\.?\s+/i, '').charAt(0)}</span>
                <div className="entity">
                  <strong>{p.name}</strong> {!p.active && <span className="badge">Inactive</span>}
                  <span className="small">
                    {[p.specialization, `${p.slot_minutes}-minute slots`, p.facilities.length ? facilityNames(p.facilities) : 'no facility'].filter(Boolean).join(' · ')}
                  </span>
                  {p.user && <span className="muted small">{[p.user.email, p.user.phone].filter(Boolean).join(' · ')}</span>}
                </div>
                <span className="actions">
                  <button type="button" className="secondary small" aria-label={`Edit ${p.name}`} onClick={() => (setEditing(p.id), setNotice(null))}>
                    Edit
                  </button>
                  <ActiveToggle name={p.name} active={p.active} onChange={(active) => setActive(p, active)} consequence="They can no longer be booked or sign in. Their appointments, hours and history stay, and you can reactivate them later." />
                </span>
              </li>
            ))}
          </ul>
        )}
      </ListState>
      {items && (editing === NEW || current) && (
        <ProviderForm
          key={editing}
          provider={current ?? null}
          facilities={items.facilities}
          onCancel={() => setEditing(null)}
          onSaved={async (p) => {
            setEditing(null);
            await reload();
            setNotice(`${p.name} saved.`);
          }}
        />
      )}
    </section>
  );
}

function ProviderForm(props: { provider: Provider | null; facilities: Facility[]; onSaved: (p: Provider) => Promise<void>; onCancel: () => void }) {
  const p = props.provider;
  const [name, setName] = useState(p?.name ?? '');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [specialization, setSpecialization] = useState(p?.specialization ?? '');
  const [phone, setPhone] = useState(p?.user?.phone ?? '');
  const [timezone, setTimezone] = useState(p?.timezone ?? browserZone);
  const [slot, setSlot] = useState(String(p?.slot_minutes ?? 30));
  const [facilities, setFacilities] = useState<string[]>(p?.facilities ?? props.facilities.filter((f) => f.active).map((f) => f.id));
  const { run, busy, error } = useAction();
  const title = p ? `Edit ${p.name}` : 'New practitioner';

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const common = { name: name.trim(), specialization: specialization.trim() || null, phone: phone.trim() || null, timezone, slot_minutes: Number(slot), facilities };
    await run(async () =>
      props.onSaved(
        p
          ? await must(api.PATCH('/api/v1/providers/{id}', { params: { path: { id: p.id } }, body: common }))
          : await must(api.POST('/api/v1/providers', { body: { ...common, email, password } })),
      ),
    );
  };

  return (
    <form onSubmit={save} className="stack editor" aria-label={title}>
      <h2>{title}</h2>
      <div className="row">
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
        </label>
        <label>
          Specialization
          <input value={specialization} onChange={(e) => setSpecialization(e.target.value)} maxLength={200} />
        </label>
      </div>
      {!p && (
        <div className="row">
          <label>
            Email
            <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="off" />
          </label>
          <label>
            First password
            <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required minLength={8} autoComplete="new-password" />
          </label>
        </div>
      )}
      <div className="row">
        <label>
          Phone (international, e.g. +91 98765 43210)
          <input type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} maxLength={40} />
        </label>
        <label>
          Slot length (minutes)
          <input type="number" min={5} max={480} step={5} value={slot} onChange={(e) => setSlot(e.target.value)} required />
        </label>
      </div>
      <ZoneSelect value={timezone} onChange={setTimezone} />
      <fieldset>
        <legend>Works at</legend>
        {props.facilities.length === 0 ? (
          <p className="empty">No facility yet: add one under Facilities.</p>
        ) : (
          <div className="checks">
            {props.facilities.map((f) => (
              <label key={f.id} className="check">
                <input type="checkbox" checked={facilities.includes(f.id)} onChange={(e) => setFacilities(e.target.checked ? [...facilities, f.id] : facilities.filter((x) => x !== f.id))} />
                {f.name}
                {!f.active && ' (inactive)'}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <ErrorMessage error={error} title="Not saved" />
      <div className="actions">
        <button type="button" className="secondary" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : p ? 'Save practitioner' : 'Add practitioner'}
        </button>
      </div>
    </form>
  );
}
