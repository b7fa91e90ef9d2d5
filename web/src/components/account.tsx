import { type ReactNode, useEffect, useState } from 'react';
import { ApiError, must } from '../api/client';
import { type CodeState, codeDigits, codeRefusal, fieldErrors, retryAfterSeconds, waitWords } from '../lib/forms';
import { ErrorMessage } from './ui';

/** The server allows one code a minute per account (and answers 202 either way), so the button waits as long. */
const RESEND_AFTER_S = 60;

type Call<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

/**
 * Like {@link must}, but a 429 (too many attempts from this connection) becomes a refusal that says how
 * long to wait, read from the answer's Retry-After.
 */
export async function mustOrWait<T>(call: Call<T>): Promise<T> {
  const result = await call;
  if (result.response.status === 429) {
    const seconds = retryAfterSeconds(result.response.headers, result.error);
    throw new ApiError(429, 'rate_limited', `Too many attempts from this connection. Wait ${waitWords(seconds)}, then try again.`, { retry_after: seconds });
  }
  return must(Promise.resolve(result));
}

/** The current time, ticking each second while `active`. */
export function useNow(active: boolean): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/** A labelled input with its hint and its error beside it (linked by aria-describedby). */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (a11y: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(error ? { 'aria-invalid': true as const } : {}), ...(described ? { 'aria-describedby': described } : {}) })}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The 6-digit code: a numeric keypad on phones, and the code from an SMS or email offered by the browser. */
export function CodeInput({ value, onChange, error }: { value: string; onChange: (code: string) => void; error?: string }) {
  return (
    <Field id="code" label="6-digit code" hint="From the newest email we sent you." error={error}>
      {(a11y) => (
        <input
          {...a11y}
          className="code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="\d{6}"
          required
          value={value}
          onChange={(e) => onChange(codeDigits(e.target.value))}
        />
      )}
    </Field>
  );
}

/**
 * "Send a new code": after each send it waits the minute the server asks between codes, and after a
 * 429 as long as the server says, both counted down in words.
 */
export function ResendCode({ send, label = 'Send a new code', sentWords, onSent }: { send: () => Promise<unknown>; label?: string; sentWords: string; onSent: () => void }) {
  const [until, setUntil] = useState(0);
  const [status, setStatus] = useState<'sent' | 'wait' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const now = useNow(until > Date.now());
  const left = Math.ceil((until - now) / 1000);

  const click = async () => {
    setBusy(true);
    setError(null);
    try {
      await send();
      setUntil(Date.now() + RESEND_AFTER_S * 1000);
      setStatus('sent');
      onSent();
    } catch (err) {
      if (err instanceof ApiError && err.status === 429) {
        const seconds = Number(err.body.retry_after) || RESEND_AFTER_S;
        setUntil(Date.now() + seconds * 1000);
        setStatus('wait');
      } else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="resend">
      <button type="button" className="secondary" onClick={click} disabled={busy || left > 0}>
        {busy ? 'Sending…' : label}
      </button>
      <p className="hint" role="status" aria-live="polite">
        {status === 'sent' && `${sentWords} Only the newest code works.${left > 0 ? ` You can ask again in ${waitWords(left)}.` : ''}`}
        {status === 'wait' && (left > 0 ? `Too many requests from this connection: wait ${waitWords(left)} before asking again.` : 'You can ask for a new code again.')}
      </p>
      {error ? <RefusalText error={error} /> : null}
    </div>
  );
}

/** A refusal's message alone, for small places. */
function RefusalText({ error }: { error: unknown }) {
  return (
    <p className="field-error" role="alert">
      {error instanceof Error ? error.message : String(error)}
    </p>
  );
}

/**
 * A form's refusal: with messages beside its fields, a summary pointing at them (and any message no
 * field shows); otherwise the server's words as usual.
 */
export function FormRefusal({ error, fields, other }: { error: unknown; fields: Record<string, string>; other: string[] }) {
  if (!error) return null;
  const count = Object.keys(fields).length;
  if (count === 0) return <ErrorMessage error={error} reasons={other} />;
  return (
    <div className="error" role="alert">
      <strong>{count === 1 ? 'One field needs a change: see the message beside it.' : `${count} fields need a change: see the messages beside them.`}</strong>
      {other.length > 0 && (
        <ul>
          {other.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The state of a form that sends an emailed code: the code typed, the tries of that code counted on
 * this browser, and the refusal. `run` sends the request: a refused code (`invalid_code`) is counted and
 * said in words (wrong, expired or used up), any other refusal is kept in `error` (its field messages
 * in `fields`); `sent` starts a new code's count.
 */
export function useCodeForm(sentAt: number | null, labels: Record<string, string>) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [tries, setTries] = useState<CodeState>({ sentAt, wrongTries: 0 });
  const [refusal, setRefusal] = useState<{ message: string; exhausted: boolean } | null>(null);
  const { fields, other } = fieldErrors(error, labels);

  const run = async (request: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setRefusal(null);
    try {
      await request();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'invalid_code') {
        const next = { ...tries, wrongTries: tries.wrongTries + 1 };
        setTries(next);
        setRefusal(codeRefusal(next));
        setCode('');
      } else setError(err);
    } finally {
      setBusy(false);
    }
  };
  const sent = () => {
    setTries({ sentAt: Date.now(), wrongTries: 0 });
    setRefusal(null);
    setCode('');
  };
  return { code, setCode, error, busy, fields, other, refusal, run, sent };
}

export function CodeRefused({ refusal }: { refusal: { message: string } | null }) {
  if (!refusal) return null;
  return (
    <div className="error" role="alert">
      <strong>{refusal.message}</strong>
    </div>
  );
}
