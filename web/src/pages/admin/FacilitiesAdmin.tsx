import { type FormEvent, useState } from 'react';
import { api, type Facility, must } from '../../api/client';
import { ActiveToggle, browserZone, ListState, Saved, useAction, useLoad, ZoneSelect } from '../../components/admin/forms';
import { HoursEditor } from '../../components/admin/HoursEditor';
import { hoursByWeekday, normalizeClock, weekHoursList, weekHoursProblems, weekHoursSummary } from '../../components/admin/values';
import { ErrorMessage } from '../../components/ui';

const NEW = 'new';

/** Facilities: their hours per weekday (several ranges a day), closed days, zone, and whether they are in use. */
export function FacilitiesAdmin() {
  const { items, error, reload } = useLoad(async () => (await must(api.GET('/api/v1/facilities', { params: { query: { limit: 200 } as never } }))).results);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const current = editing === NEW ? null : items?.find((f) => f.id === editing);

  const setActive = async (f: Facility, active: boolean) => {
    await must(api.PATCH('/api/v1/facilities/{id}', { params: { path: { id: f.id } }, body: { active } }));
    await reload();
    setNotice(`${f.name} ${active ? 'reactivated' : 'deactivated'}.`);
  };

  return (
    <section className="card admin-screen" aria-labelledby="facilities-title">
      <div className="screen-head">
        <h1 id="facilities-title">Facilities</h1>
        {editing !== NEW && (
          <button type="button" onClick={() => (setEditing(NEW), setNotice(null))}>
            New facility
          </button>
        )}
      </div>
      <Saved show={Boolean(notice)}>{notice}</Saved>
      <ListState items={items} error={error} empty="No facility yet. Add the first one.">
        {(facilities) => (
          <ul className="list entities" aria-label="Facilities">
            {facilities.map((f) => (
              <li key={f.id}>
                <div className="entity">
                  <strong>{f.name}</strong> {!f.active && <span className="badge">Inactive</span>}
                  <span className="muted small">{f.timezone}</span>
                  <span className="small">{weekHoursSummary(hoursByWeekday(f.operating_hours))}</span>
                  {f.closures.length > 0 && <span className="small">Closed on {f.closures.map((c) => c.date).sort().join(', ')}</span>}
                </div>
                <span className="actions">
                  <button type="button" className="secondary small" aria-label={`Edit ${f.name}`} onClick={() => (setEditing(f.id), setNotice(null))}>
                    Edit
                  </button>
                  <ActiveToggle name={f.name} active={f.active} onChange={(active) => setActive(f, active)} consequence="Nothing new can be booked there. Its appointments and history stay, and you can reactivate it later." />
                </span>
              </li>
            ))}
          </ul>
        )}
      </ListState>
      {(editing === NEW || current) && (
        <FacilityForm
          key={editing}
          facility={current ?? null}
          onCancel={() => setEditing(null)}
          onSaved={async (f) => {
            setEditing(null);
            await reload();
            setNotice(`${f.name} saved.`);
          }}
        />
      )}
    </section>
  );
}

function FacilityForm({ facility, onSaved, onCancel }: { facility: Facility | null; onSaved: (f: Facility) => Promise<void>; onCancel: () => void }) {
  const [name, setName] = useState(facility?.name ?? '');
  const [timezone, setTimezone] = useState(facility?.timezone ?? browserZone);
  const [address, setAddress] = useState((facility?.address ?? []).join('\n'));
  const [week, setWeek] = useState(() =>
    hoursByWeekday(facility?.operating_hours ?? ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((weekday) => ({ weekday: weekday as 'monday', open: '09:00', close: '18:00' }))),
  );
  const [closures, setClosures] = useState(facility?.closures ?? []);
  const [closureDate, setClosureDate] = useState('');
  const [closureReason, setClosureReason] = useState('');
  const [tried, setTried] = useState(false);
  const problems = tried ? weekHoursProblems(week) : [];
  const { run, busy, error } = useAction();
  const title = facility ? `Edit ${facility.name}` : 'New facility';

  const addClosure = () => {
    if (!closureDate) return;
    setClosures([...closures.filter((c) => c.date !== closureDate), { date: closureDate, reason: closureReason.trim() || null }].sort((a, b) => a.date.localeCompare(b.date)));
    setClosureDate('');
    setClosureReason('');
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (weekHoursProblems(week).length > 0) return;
    const operating_hours = weekHoursList(week).map((h) => ({ ...h, open: normalizeClock(h.open)!, close: normalizeClock(h.close, true)! }));
    const body = { name: name.trim(), timezone, address: address.split('\n').map((l) => l.trim()).filter(Boolean), operating_hours, closures };
    await run(async () =>
      onSaved(
        facility
          ? await must(api.PATCH('/api/v1/facilities/{id}', { params: { path: { id: facility.id } }, body }))
          : await must(api.POST('/api/v1/facilities', { body: body as never })),
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
        <ZoneSelect value={timezone} onChange={setTimezone} />
      </div>
      <label>
        Address (one line per row, optional)
        <textarea value={address} onChange={(e) => setAddress(e.target.value)} rows={2} />
      </label>
      <HoursEditor week={week} onChange={setWeek} />
      <fieldset>
        <legend>Closed days</legend>
        {closures.length === 0 ? (
          <p className="empty">No closed days.</p>
        ) : (
          <ul className="list" aria-label="Closed days">
            {closures.map((c) => (
              <li key={c.date}>
                <span>
                  {c.date}
                  {c.reason ? ` · ${c.reason}` : ''}
                </span>
                <button type="button" className="secondary small" aria-label={`Remove closure on ${c.date}`} onClick={() => setClosures(closures.filter((x) => x.date !== c.date))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="row align-end">
          <label>
            Closed on
            <input type="date" value={closureDate} onChange={(e) => setClosureDate(e.target.value)} />
          </label>
          <label>
            Reason (optional)
            <input value={closureReason} onChange={(e) => setClosureReason(e.target.value)} maxLength={500} placeholder="e.g. Public holiday" />
          </label>
          <button type="button" className="secondary" onClick={addClosure} disabled={!closureDate}>
            Add closed day
          </button>
        </div>
      </fieldset>
      <ErrorMessage error={problems.length ? new Error('Check the opening hours') : null} reasons={problems} />
      <ErrorMessage error={error} title="Not saved" />
      <div className="actions">
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : facility ? 'Save facility' : 'Add facility'}
        </button>
      </div>
    </form>
  );
}
