import { type FormEvent, useState } from 'react';
import { api, type Facility, type Me, must, type Provider } from '../../api/client';
import { AdminScreen, FormActions, type FormControls } from '../../components/admin/AdminScreen';
import { ActiveToggle, browserZone, useAction, useLoad, ZoneSelect } from '../../components/admin/forms';
import { ErrorMessage } from '../../components/ui';

/** Practitioners: profile fields, where they work, slot length, and whether they can be booked. */
export function ProvidersAdmin({ me }: { me: Me }) {
  const places = useLoad(async () => (await must(api.GET('/api/v1/facilities', { params: { query: { limit: 200 } as never } }))).results);
  const facilities = places.items ?? [];
  const facilityNames = (ids: string[]) => ids.map((id) => facilities.find((f) => f.id === id)?.name ?? 'a facility').join(', ');
  return (
    <AdminScreen<Provider>
      title="Practitioners"
      newLabel={me.role === 'admin' ? 'New practitioner' : undefined}
      load={async () => (await must(api.GET('/api/v1/providers', { params: { query: { limit: 200 } as never } }))).results}
      empty="No practitioner yet."
      name={(p) => p.name}
      describe={(p) => (
        <>
          <span className="entity-title">
            <span className="avatar">{p.picture ? <img src={p.picture} alt="" /> : p.name.replace(/^Dr\.?\s+/i, '').charAt(0)}</span>
            <strong>{p.name}</strong> {!p.active && <span className="badge">Inactive</span>}
          </span>
          <span className="small">{[p.specialization, `${p.slot_minutes}-minute slots`, p.facilities.length ? facilityNames(p.facilities) : 'no facility'].filter(Boolean).join(' · ')}</span>
          {p.user && <span className="muted small">{[p.user.email, p.user.phone].filter(Boolean).join(' · ')}</span>}
        </>
      )}
      actions={(p, { done }) => (
        <ActiveToggle
          name={p.name}
          active={p.active}
          consequence="They can no longer be booked or sign in. Their appointments, hours and history stay, and you can reactivate them later."
          save={(active) => must(api.POST(active ? '/api/v1/providers/{id}/activate' : '/api/v1/providers/{id}/deactivate', { params: { path: { id: p.id } } }))}
          done={done}
        />
      )}
      form={(p, controls) => <ProviderForm provider={p} facilities={facilities} controls={controls} />}
    />
  );
}

function ProviderForm(props: { provider: Provider | null; facilities: Facility[]; controls: FormControls }) {
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
    await run(async () => {
      const saved = p
        ? await must(api.PATCH('/api/v1/providers/{id}', { params: { path: { id: p.id } }, body: common }))
        : await must(api.POST('/api/v1/providers', { body: { ...common, email, password } }));
      await props.controls.done(`${saved.name} saved.`);
    });
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
      <FormActions busy={busy} onCancel={props.controls.cancel} submit={p ? 'Save practitioner' : 'Add practitioner'} />
    </form>
  );
}
