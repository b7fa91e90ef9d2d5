import { type ReactNode, useState } from 'react';
import { ListState, useLoad } from './forms';

export interface ScreenControls {
  /** Reloads the list, then shows `notice` (so the notice never describes a stale list). */
  done: (notice: ReactNode) => Promise<void>;
}

export type FormControls = ScreenControls & { cancel: () => void };

/**
 * One admin screen: a titled list with its loading, empty and error states, an "Edit" button per
 * row, and one form at a time under the list, for a new record (`item` null) or the one being edited.
 */
export function AdminScreen<T extends { id: string }>(props: {
  title: string;
  /** The "New …" button's label; left out when the caller may not add. */
  newLabel?: string;
  load: () => Promise<T[]>;
  empty: string;
  name: (item: T) => string;
  describe: (item: T) => ReactNode;
  actions?: (item: T, controls: ScreenControls) => ReactNode;
  form: (item: T | null, controls: FormControls) => ReactNode;
  rowClass?: (item: T) => string | undefined;
}) {
  const { items, error, reload } = useLoad(props.load);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<ReactNode>(null);
  const NEW = '\0new';
  const current = editing === NEW ? null : items?.find((i) => i.id === editing);
  const open = (id: string) => {
    setEditing(id);
    setNotice(null);
  };
  const controls: ScreenControls = {
    done: async (message) => {
      setEditing(null);
      await reload();
      setNotice(message);
    },
  };
  const headingId = `${props.title.toLowerCase().replace(/\W+/g, '-')}-title`;

  return (
    <section className="card admin-screen" aria-labelledby={headingId}>
      <div className="screen-head">
        <h1 id={headingId}>{props.title}</h1>
        {props.newLabel && editing !== NEW && (
          <button type="button" onClick={() => open(NEW)}>
            {props.newLabel}
          </button>
        )}
      </div>
      {notice && (
        <div role="status" className="saved">
          {notice}
        </div>
      )}
      <ListState items={items} error={error} empty={props.empty}>
        {(list) => (
          <ul className="list entities" aria-label={props.title}>
            {list.map((item) => (
              <li key={item.id} className={props.rowClass?.(item)}>
                <div className="entity">{props.describe(item)}</div>
                <span className="actions">
                  <button type="button" className="secondary small" aria-label={`Edit ${props.name(item)}`} onClick={() => open(item.id)}>
                    Edit
                  </button>
                  {props.actions?.(item, controls)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </ListState>
      {(editing === NEW || current) && <div key={editing}>{props.form(current ?? null, { ...controls, cancel: () => setEditing(null) })}</div>}
    </section>
  );
}

/** A form's Cancel and submit buttons. */
export function FormActions({ busy, onCancel, submit }: { busy: boolean; onCancel: () => void; submit: string }) {
  return (
    <div className="actions">
      <button type="button" className="secondary" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : submit}
      </button>
    </div>
  );
}
