import { type ReactNode, useEffect, useId, useRef } from 'react';
import { ApiError } from '../api/client';
import { navigate } from '../router';

export function Link({ to, children, className, ariaCurrent }: { to: string; children: ReactNode; className?: string; ariaCurrent?: boolean }) {
  return (
    <a
      href={to}
      className={className}
      aria-current={ariaCurrent ? 'page' : undefined}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

/** A refusal in words: the server's message and every reason or field message it gave. */
export function ErrorMessage({ error, reasons, title }: { error: unknown; reasons?: string[]; title?: string }) {
  if (!error) return null;
  const raw = error instanceof Error ? error.message : String(error);
  const message = `${title ? `${title}: ` : ''}${raw}`;
  const details = [...(error instanceof ApiError ? error.details : []), ...(reasons ?? [])];
  const unique = [...new Set(details)].filter((d) => d !== raw);
  return (
    <div className="error" role="alert">
      <strong>{message}</strong>
      {unique.length > 0 && (
        <ul>
          {unique.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/**
 * A modal dialog with a title (the browser's own `<dialog>`, opened modal: the page behind is inert, so
 * Tab stays inside). Opening moves the focus to an element marked `autofocus`, a form's first field, or
 * the close button; Escape, the close button or a click beside it closes it, and the focus goes back to
 * where it was.
 */
export function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // A form's first field; else the close button, not an action a stray Enter would set off.
    const first =
      dialog.querySelector<HTMLElement>('[autofocus]') ??
      dialog.querySelector<HTMLElement>('.dialog-body form :is(input, select, textarea):not(:disabled)') ??
      dialog.querySelector<HTMLElement>('header button');
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close.current();
      }}
      onClick={(e) => e.target === e.currentTarget && onClose()}
    >
      <div className="dialog-inner">
        <header>
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="ghost" onClick={onClose} aria-label="Close">
            ×
          </button>
        </header>
        <div className="dialog-body">{children}</div>
      </div>
    </dialog>
  );
}
