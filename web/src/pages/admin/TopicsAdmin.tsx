import { type FormEvent, useState } from 'react';
import { api, must, type Topic } from '../../api/client';
import { AdminScreen, FormActions, type FormControls } from '../../components/admin/AdminScreen';
import { ActiveToggle, useAction } from '../../components/admin/forms';
import { minorToPrice, priceLabel, priceToMinor } from '../../components/admin/values';
import { ErrorMessage } from '../../components/ui';

/** Topics: what a visit is about, how long it lasts and what it costs. */
export function TopicsAdmin() {
  return (
    <AdminScreen<Topic>
      title="Topics"
      newLabel="New topic"
      load={async () => (await must(api.GET('/api/v1/topics', { params: { query: { limit: 200 } as never } }))).results}
      empty="No topic yet."
      name={(t) => t.name}
      describe={(t) => (
        <>
          <strong>{t.name}</strong> {!t.active && <span className="badge">Inactive</span>}
          <span className="small">
            {t.duration} min · {priceLabel(t.price, t.currency)}
          </span>
        </>
      )}
      actions={(t, { done }) => (
        <ActiveToggle
          name={t.name}
          active={t.active}
          consequence="It can no longer be booked. Appointments already made keep it."
          save={(active) => must(api.PATCH('/api/v1/topics/{id}', { params: { path: { id: t.id } }, body: { active } }))}
          done={done}
        />
      )}
      form={(t, controls) => <TopicForm topic={t} controls={controls} />}
    />
  );
}

function TopicForm({ topic, controls }: { topic: Topic | null; controls: FormControls }) {
  const [name, setName] = useState(topic?.name ?? '');
  const [duration, setDuration] = useState(String(topic?.duration ?? 30));
  const [currency, setCurrency] = useState(topic?.currency ?? 'INR');
  const [price, setPrice] = useState(topic?.price != null && topic.currency ? minorToPrice(topic.price, topic.currency) : '');
  const { run, busy, error, setError } = useAction();
  const title = topic ? `Edit ${topic.name}` : 'New topic';

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const code = currency.trim().toUpperCase();
    const minor = price.trim() === '' ? null : priceToMinor(price, code);
    if (price.trim() !== '' && minor === null) return setError(new Error(`Write the price as a number, e.g. 500 or 500.50 (${code})`));
    const body = { name: name.trim(), duration: Number(duration), price: minor, currency: minor === null ? null : code };
    await run(async () => {
      const saved = topic ? await must(api.PATCH('/api/v1/topics/{id}', { params: { path: { id: topic.id } }, body })) : await must(api.POST('/api/v1/topics', { body }));
      await controls.done(`${saved.name} saved.`);
    });
  };

  return (
    <form onSubmit={save} className="stack editor" aria-label={title}>
      <h2>{title}</h2>
      <div className="row">
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={256} />
        </label>
        <label>
          Duration (minutes)
          <input type="number" min={1} max={1440} value={duration} onChange={(e) => setDuration(e.target.value)} required />
        </label>
      </div>
      <div className="row">
        <label>
          Price (empty: free)
          <input inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} placeholder="e.g. 500.00" />
        </label>
        <label>
          Currency (ISO code)
          <input value={currency} onChange={(e) => setCurrency(e.target.value.toUpperCase())} pattern="[A-Za-z]{3}" maxLength={3} required={price.trim() !== ''} placeholder="INR" />
        </label>
      </div>
      <ErrorMessage error={error} title="Not saved" />
      <FormActions busy={busy} onCancel={controls.cancel} submit={topic ? 'Save topic' : 'Add topic'} />
    </form>
  );
}
