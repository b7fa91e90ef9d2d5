import type { ReactNode } from 'react';
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

/** A modal dialog with a title, closed by its button or Escape. */
export function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  return (
    <div className="backdrop" onClick={onClose}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="dialog-title"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <header>
          <h2 id="dialog-title">{title}</h2>
          <button type="button" className="ghost" onClick={onClose} aria-label="Close">
            ×
          </button>
        </header>
        {children}
      </div>
    </div>
  );
}
