import { type FormEvent, useState } from 'react';
import { api, must, type Topic } from '../../api/client';
import { ActiveToggle, ListState, Saved, useAction, useLoad } from '../../components/admin/forms';
import { minorToPrice, priceLabel, priceToMinor } from '../../components/admin/values';
import { ErrorMessage } from '../../components/ui';

const NEW = 'new';

/** Topics: what a visit is about, how long it lasts and what it costs. */
export function TopicsAdmin() {
  const { items, error, reload } = useLoad(async () => (await must(api.GET('/api/v1/topics', { params: { query: { limit: 200 } as never } }))).results);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const current = editing === NEW ? null : items?.find((t) => t.id === editing);

  const setActive = async (t: Topic, active: boolean) => {
    await must(api.PATCH('/api/v1/topics/{id}', { params: { path: { id: t.id } }, body: { active } }));
    await reload();
    setNotice(`${t.name} ${active ? 'reactivated' : 'deactivated'}.`);
  };

  return (
    <section className="card admin-screen" aria-labelledby="topics-title">
      <div className="screen-head">
        <h1 id="topics-title">Topics</h1>
        {editing !== NEW && (
          <button type="button" onClick={() => (setEditing(NEW), setNotice(null))}>
            New topic
          </button>
        )}
      </div>
      <Saved show={Boolean(notice)}>{notice}</Saved>
      <ListState items={items} error={error} empty="No topic yet.">
        {(topics) => (
          <ul className="list entities" aria-label="Topics">
            {topics.map((t) => (
              <li key={t.id}>
                <div className="entity">
                  <strong>{t.name}</strong> {!t.active && <span className="badge">Inactive</span>}
                  <span className="small">
                    {t.duration} min · {priceLabel(t.price, t.currency)}
                  </span>
                </div>
                <span className="actions">
                  <button type="button" className="secondary small" aria-label={`Edit ${t.name}`} onClick={() => (setEditing(t.id), setNotice(null))}>
                    Edit
                  </button>
                  <ActiveToggle name={t.name} active={t.active} onChange={(active) => setActive(t, active)} consequence="It can no longer be booked. Appointments already made keep it." />
                </span>
              </li>
            ))}
          </ul>
        )}
      </ListState>
      {(editing === NEW || current) && (
        <TopicForm
          key={editing}
          topic={current ?? null}
          onCancel={() => setEditing(null)}
          onSaved={async (t) => {
            setEditing(null);
            await reload();
            setNotice(`${t.name} saved.`);
          }}
        />
      )}
    </section>
  );
}

function TopicForm({ topic, onSaved, onCancel }: { topic: Topic | null; onSaved: (t: Topic) => Promise<void>; onCancel: () => void }) {
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
    await run(async () =>
      onSaved(topic ? await must(api.PATCH('/api/v1/topics/{id}', { params: { path: { id: topic.id } }, body })) : await must(api.POST('/api/v1/topics', { body }))),
    );
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
      <div className="actions">
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : topic ? 'Save topic' : 'Add topic'}
        </button>
      </div>
    </form>
  );
}
