import { type ReactNode, useCallback, useEffect, useId, useState } from 'react';
import { Dialog, Empty, ErrorMessage, Loading } from '../ui';
import { normalizeClock } from './values';

/**
 * A time of day typed in 24-hour form (HH:MM), whatever the browser's locale: the native time input
 * shows "09:00 AM" in an English-US browser while the API and every other screen write 24-hour times.
 * A mistyped time blocks the form's submission with a message saying how to write it.
 */
export function TimeInput(props: { label: ReactNode; value: string; onChange: (value: string) => void; end?: boolean; required?: boolean }) {
  const id = useId();
  const [touched, setTouched] = useState(false);
  const normal = props.value === '' ? null : normalizeClock(props.value, props.end);
  const invalid = props.value !== '' && !normal;
  const message = invalid ? `Write the time as HH:MM, 24-hour (00:00–${props.end ? '24:00' : '23:59'})` : '';
  return (
    <div className="time-input">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="HH:MM"
        maxLength={5}
        size={5}
        value={props.value}
        required={props.required ?? true}
        aria-invalid={touched && invalid ? true : undefined}
        aria-describedby={`${id}-hint`}
        ref={(el) => el?.setCustomValidity(message)}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={() => {
          setTouched(true);
          if (normal && normal !== props.value) props.onChange(normal);
        }}
      />
      <small id={`${id}-hint`} className={touched && invalid ? 'field-error' : 'visually-hidden'}>
        {touched && invalid ? message : '24-hour time, HH:MM'}
      </small>
    </div>
  );
}

/** Runs an API call with a busy flag and keeps its refusal to show. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, busy, error, setError };
}

/** A button for a destructive action that asks first, in a dialog that names what will happen. */
export function ConfirmButton(props: { label: string; title: string; children: ReactNode; confirm: string; onConfirm: () => Promise<unknown>; className?: string; ariaLabel?: string }) {
  const [open, setOpen] = useState(false);
  const { run, busy, error } = useAction();
  return (
    <>
      <button type="button" className={props.className ?? 'danger small'} aria-label={props.ariaLabel} onClick={() => setOpen(true)}>
        {props.label}
      </button>
      {open && (
        <Dialog title={props.title} onClose={() => setOpen(false)}>
          <div className="stack">
            <div>{props.children}</div>
            <ErrorMessage error={error} />
            <div className="actions">
              <button type="button" className="secondary" onClick={() => setOpen(false)} autoFocus>
                Keep it
              </button>
              <button type="button" className="danger" disabled={busy} onClick={() => void run(props.onConfirm).then((ok) => ok && setOpen(false))}>
                {busy ? 'Working…' : props.confirm}
              </button>
            </div>
          </div>
        </Dialog>
      )}
    </>
  );
}

/** "Saved." after a successful save, announced to screen readers. */
export function Saved({ show, children = 'Saved.' }: { show: boolean; children?: ReactNode }) {
  return show ? (
    <p role="status" className="saved">
      {children}
    </p>
  ) : null;
}

/** Loads a list when the screen opens; `reload` after a change. `items` is null while loading. */
export function useLoad<T>(load: () => Promise<T>) {
  const [items, setItems] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      setItems(await load());
      setError(null);
    } catch (err) {
      setError(err);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => void reload(), [reload]);
  return { items, error, reload };
}

/** The zone this browser is in: the default for a new facility or practitioner. */
export const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Every IANA zone the browser knows, with `current` first if it is missing (an old browser). */
export function zoneOptions(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

export function ZoneSelect({ value, onChange, label = 'Time zone' }: { value: string; onChange: (zone: string) => void; label?: string }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)} required>
        {zoneOptions(value).map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A list's loading, error and empty states, then the list itself. */
export function ListState<T>({ items, error, empty, children }: { items: T[] | null; error: unknown; empty: string; children: (items: T[]) => ReactNode }) {
  if (error && !items) return <ErrorMessage error={error} title="Could not load the list" />;
  if (!items) return <Loading />;
  return (
    <>
      <ErrorMessage error={error} title="Could not refresh the list" />
      {items.length === 0 ? <Empty>{empty}</Empty> : children(items)}
    </>
  );
}

/** Deactivate (asked first, saying what it means) or reactivate a record; a refusal is shown beside it. */
export function ActiveToggle(props: { name: string; active: boolean; consequence: ReactNode; save: (active: boolean) => Promise<unknown>; done: (notice: string) => Promise<void> }) {
  const { name, active, consequence } = props;
  const { run, busy, error } = useAction();
  const onChange = async (to: boolean) => {
    await props.save(to);
    await props.done(`${name} ${to ? 'reactivated' : 'deactivated'}.`);
  };
  if (active) {
    return (
      <ConfirmButton label="Deactivate" ariaLabel={`Deactivate ${name}`} title={`Deactivate ${name}?`} confirm="Deactivate" onConfirm={() => onChange(false)}>
        {consequence}
      </ConfirmButton>
    );
  }
  return (
    <>
      <button type="button" className="secondary small" aria-label={`Reactivate ${name}`} disabled={busy} onClick={() => void run(() => onChange(true))}>
        Reactivate
      </button>
      <ErrorMessage error={error} title="Not reactivated" />
    </>
  );
}
