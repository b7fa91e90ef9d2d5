import { type FormEvent, useState } from 'react';
import type { paths } from '../../../../sdk/schema';
import { api, must, type ResponseOf } from '../../api/client';
import { AdminScreen, FormActions, type FormControls } from '../../components/admin/AdminScreen';
import { browserZone, ConfirmButton, useAction } from '../../components/admin/forms';
import { ErrorMessage } from '../../components/ui';
import { dateTime } from '../../lib/time';

type Webhook = ResponseOf<'/api/v1/webhooks/{id}', 'get'>;
type WebhookEvent = paths['/api/v1/webhooks']['post']['requestBody']['content']['application/json']['events'][number];

/** Every event a subscription can ask for, in words; the SDK's types make this list complete. */
const EVENT_WORDS = {
  'appointment.created': 'Booked',
  'appointment.held': 'Held (awaiting payment)',
  'appointment.paid': 'Paid',
  'appointment.rescheduled': 'Rescheduled',
  'appointment.canceled': 'Cancelled',
  'appointment.started': 'Started',
  'appointment.completed': 'Completed',
  'appointment.no_show': 'No-show',
  'appointment.expired': 'Hold expired',
  'appointment.overdue': 'Overdue',
  'appointment.reminder': 'Reminder',
  'appointment.requested': 'Requested',
  'appointment.approved': 'Approved',
  'appointment.declined': 'Declined',
  'appointment.offered': 'Offered (waitlist)',
  'appointment.offer_declined': 'Offer declined',
  'appointment.offer_lapsed': 'Offer lapsed',
} satisfies Record<Exclude<WebhookEvent, '*'>, string>;
const EVENTS = Object.keys(EVENT_WORDS) as Exclude<WebhookEvent, '*'>[];

const STATUS_WORDS: Record<Webhook['status'], string> = { healthy: 'Healthy', failing: 'Failing', disabled: 'Switched off' };

/** Webhook subscriptions (admins): URL, events, on or off, and whether deliveries are failing. */
export function WebhooksAdmin() {
  return (
    <AdminScreen<Webhook>
      title="Webhooks"
      newLabel="New webhook"
      load={async () => (await must(api.GET('/api/v1/webhooks', { params: { query: { limit: 200 } as never } }))).results}
      empty="No webhook yet."
      name={(h) => h.url}
      rowClass={(h) => (h.status === 'failing' ? 'failing' : undefined)}
      describe={(h) => (
        <>
          <strong className="url">{h.url}</strong> <span className={`badge hook-${h.status}`}>{STATUS_WORDS[h.status]}</span>
          {h.description && <span className="small">{h.description}</span>}
          <span className="muted small">{h.events.includes('*') ? 'All events' : h.events.map((e) => EVENT_WORDS[e as keyof typeof EVENT_WORDS] ?? e).join(', ')}</span>
          {h.status === 'failing' && (
            <span className="small failing-note">
              {h.consecutive_failures} failed deliveries in a row (still retried)
              {h.last_failure_at ? `, last on ${dateTime(h.last_failure_at, browserZone)}` : ''}
              {h.last_error ? `: ${h.last_error}` : ''}
            </span>
          )}
        </>
      )}
      actions={(h, { done }) => (
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete ${h.url}`}
          title="Delete this webhook?"
          confirm="Delete webhook"
          onConfirm={async () => {
            await must(api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id: h.id } } }));
            await done('Webhook deleted.');
          }}
        >
          {h.url} stops receiving events, and its delivery log is deleted. To pause it instead, edit it and switch it off.
        </ConfirmButton>
      )}
      form={(h, controls) => <WebhookForm hook={h} controls={controls} />}
    />
  );
}

function WebhookForm({ hook, controls }: { hook: Webhook | null; controls: FormControls }) {
  const [url, setUrl] = useState(hook?.url ?? '');
  const [description, setDescription] = useState(hook?.description ?? '');
  const [all, setAll] = useState(hook ? hook.events.includes('*') : true);
  const [events, setEvents] = useState<WebhookEvent[]>(hook ? (hook.events.filter((e) => e !== '*') as WebhookEvent[]) : []);
  const [active, setActive] = useState(hook?.active ?? true);
  const { run, busy, error, setError } = useAction();
  const title = hook ? 'Edit webhook' : 'New webhook';

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const chosen: WebhookEvent[] = all ? ['*'] : events;
    if (chosen.length === 0) return setError(new Error('Choose at least one event, or all events'));
    const body = { url: url.trim(), events: chosen, description: description.trim() || null };
    await run(async () => {
      if (hook) {
        await must(api.PATCH('/api/v1/webhooks/{id}', { params: { path: { id: hook.id } }, body: { ...body, active } }));
        return controls.done('Webhook saved.');
      }
      const created = await must(api.POST('/api/v1/webhooks', { body }));
      await controls.done(
        <span className="secret">
          <strong>Webhook added. Its signing secret is shown only now: store it with the receiver.</strong>
          <code>{created.secret}</code>
        </span>,
      );
    });
  };

  return (
    <form onSubmit={save} className="stack editor" aria-label={title}>
      <h2>{title}</h2>
      <label>
        URL
        <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} required maxLength={2048} placeholder="https://example.com/carebook" />
      </label>
      <label>
        Description (optional)
        <input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={500} />
      </label>
      <fieldset>
        <legend>Events</legend>
        <label className="check">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> All events, including ones added later
        </label>
        {!all && (
          <div className="checks">
            {EVENTS.map((ev) => (
              <label key={ev} className="check">
                <input type="checkbox" checked={events.includes(ev)} onChange={(e) => setEvents(e.target.checked ? [...events, ev] : events.filter((x) => x !== ev))} />
                {EVENT_WORDS[ev]}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      {hook && (
        <label className="check">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} /> Active: deliver events (switch off to pause; pending ones can be replayed later)
        </label>
      )}
      <ErrorMessage error={error} title="Not saved" />
      <FormActions busy={busy} onCancel={controls.cancel} submit={hook ? 'Save webhook' : 'Add webhook'} />
    </form>
  );
}
