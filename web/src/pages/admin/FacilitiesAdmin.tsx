import { type FormEvent, useState } from 'react';
import { api, type Facility, must } from '../../api/client';
import { AdminScreen, FormActions, type FormControls } from '../../components/admin/AdminScreen';
import { ActiveToggle, browserZone, useAction, ZoneSelect } from '../../components/admin/forms';
import { HoursEditor } from '../../components/admin/HoursEditor';
import { hoursByWeekday, normalizeClock, WEEKDAYS, weekHoursList, weekHoursProblems, weekHoursSummary } from '../../components/admin/values';
import { ErrorMessage } from '../../components/ui';

/** Facilities: their hours per weekday (several ranges a day), closed days, zone, and whether they are in use. */
export function FacilitiesAdmin() {
  return (
    <AdminScreen<Facility>
      title="Facilities"
      newLabel="New facility"
      load={async () => (await must(api.GET('/api/v1/facilities', { params: { query: { limit: 200 } as never } }))).results}
      empty="No facility yet. Add the first one."
      name={(f) => f.name}
      describe={(f) => (
        <>
          <strong>{f.name}</strong> {!f.active && <span className="badge">Inactive</span>}
          <span className="muted small">{f.timezone}</span>
          <span className="small">{weekHoursSummary(hoursByWeekday(f.operating_hours))}</span>
          {f.closures.length > 0 && <span className="small">Closed on {f.closures.map((c) => c.date).sort().join(', ')}</span>}
        </>
      )}
      actions={(f, { done }) => (
        <ActiveToggle
          name={f.name}
          active={f.active}
          consequence="Nothing new can be booked there. Its appointments and history stay, and you can reactivate it later."
          save={(active) => must(api.PATCH('/api/v1/facilities/{id}', { params: { path: { id: f.id } }, body: { active } }))}
          done={done}
        />
      )}
      form={(f, controls) => <FacilityForm facility={f} controls={controls} />}
    />
  );
}

function FacilityForm({ facility, controls }: { facility: Facility | null; controls: FormControls }) {
  const [name, setName] = useState(facility?.name ?? '');
  const [timezone, setTimezone] = useState(facility?.timezone ?? browserZone);
  const [address, setAddress] = useState((facility?.address ?? []).join('\n'));
  const [week, setWeek] = useState(() =>
    hoursByWeekday(facility?.operating_hours ?? WEEKDAYS.slice(0, 5).map((weekday) => ({ weekday, open: '09:00', close: '18:00' }))),
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
    await run(async () => {
      const saved = facility
        ? await must(api.PATCH('/api/v1/facilities/{id}', { params: { path: { id: facility.id } }, body }))
        : await must(api.POST('/api/v1/facilities', { body: body as never }));
      await controls.done(`${saved.name} saved.`);
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
      <FormActions busy={busy} onCancel={controls.cancel} submit={facility ? 'Save facility' : 'Add facility'} />
    </form>
  );
}
