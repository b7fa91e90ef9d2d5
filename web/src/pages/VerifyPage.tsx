import { type FormEvent, useState } from 'react';
import { api, type Me, must, session } from '../api/client';
import { CodeInput, CodeRefused, Field, FormRefusal, mustOrWait, ResendCode, useCodeForm } from '../components/account';
import { Link } from '../components/ui';
import { handoff } from '../lib/account';
import { navigate } from '../router';

const LABELS = { email: 'Email', code: '6-digit code' };

/**
 * "Enter the code we emailed you". Once confirmed the visitor is signed in (with the password they just
 * chose, or the session they already have) and goes on to booking; without either, to signing in.
 */
export default function VerifyPage({ me, onSignedIn }: { me: Me | null; onSignedIn: (me: Me) => void }) {
  const [start] = useState(() => handoff.verify);
  const known = start?.email ?? me?.email ?? null;
  const [email, setEmail] = useState(known ?? '');
  const form = useCodeForm(start?.sentAt ?? null, LABELS);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void form.run(async () => {
      await mustOrWait(api.POST('/api/v1/auth/verify-email', { body: { email: email.trim(), code: form.code } }));
      await signInAfterwards();
    });
  };

  const signInAfterwards = async () => {
    try {
      if (!session.token && start?.password && start.email === email.trim()) {
        const token = await must(api.POST('/api/v1/auth/token', { body: { email: email.trim(), password: start.password } }));
        session.set(token.access_token);
      }
      if (session.token) {
        const user = await must(api.GET('/api/v1/me'));
        handoff.clear();
        onSignedIn(user);
        navigate('/book');
        return;
      }
      handoff.clear();
      handoff.toSignIn('Your email address is confirmed. Sign in to book an appointment.', email.trim());
    } catch (err) {
      // Confirmed, but signing in failed (e.g. the connection): the sign-in screen is the way on.
      handoff.toSignIn(`Your email address is confirmed, but signing you in failed (${err instanceof Error ? err.message : String(err)}). Sign in with your password.`, email.trim());
    }
    navigate('/');
  };

  return (
    <section className="card narrow">
      <h1>Enter the code we emailed you</h1>
      {start?.reason && (
        <p className="notice-box" role="status">
          {start.reason}
        </p>
      )}
      {known ? (
        <p>
          We sent a 6-digit code to <strong className="address">{known}</strong>. It works for 10 minutes.
          {!me && (
            <>
              {' '}
              Wrong address? <Link to="/register">Register again</Link>.
            </>
          )}
        </p>
      ) : (
        <p>Enter the address you registered with and the 6-digit code from the email we sent to it. A code works for 10 minutes.</p>
      )}
      <form onSubmit={submit} className="stack" aria-label="Confirm your email address">
        {!known && (
          <Field id="verify-email" label="Email" error={form.fields.email}>
            {(a11y) => <input {...a11y} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
        )}
        <CodeInput value={form.code} onChange={form.setCode} error={form.fields.code} />
        <CodeRefused refusal={form.refusal} />
        <FormRefusal error={form.error} fields={form.fields} other={form.other} />
        <button type="submit" disabled={form.busy || form.refusal?.exhausted === true}>
          {form.busy ? 'Checking…' : 'Confirm'}
        </button>
      </form>
      <h2>No code?</h2>
      <p className="hint">Codes can take a minute to arrive. A new code replaces the earlier one.</p>
      <ResendCode
        sentWords="If this address has an unconfirmed account, a new code is on its way (at most one a minute and 5 an hour)."
        send={() => {
          if (!email.trim()) return Promise.reject(new Error('Enter your email address first.'));
          return mustOrWait(api.POST('/api/v1/auth/resend-code', { body: { email: email.trim() } }));
        }}
        onSent={form.sent}
      />
    </section>
  );
}
