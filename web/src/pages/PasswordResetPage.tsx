import { type FormEvent, useState } from 'react';
import { api } from '../api/client';
import { CodeInput, CodeRefused, Field, FormRefusal, mustOrWait, ResendCode, useCodeForm } from '../components/account';
import { Link } from '../components/ui';
import { handoff } from '../lib/account';
import { fieldErrors } from '../lib/forms';
import { navigate } from '../router';

const LABELS = { email: 'Email', code: '6-digit code', new_password: 'New password' };

/** "Forgot password?": a reset code by email, then a new password with it; then signing in again. */
export default function PasswordResetPage() {
  const [email, setEmail] = useState(() => handoff.signIn?.email ?? '');
  const [step, setStep] = useState<'ask' | 'reset'>('ask');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [sentAt, setSentAt] = useState<number | null>(null);
  const { fields, other } = fieldErrors(error, LABELS);

  const ask = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await mustOrWait(api.POST('/api/v1/auth/forgot-password', { body: { email: email.trim() } }));
      setSentAt(Date.now());
      setStep('reset');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (step === 'ask') {
    return (
      <section className="card narrow">
        <h1>Reset your password</h1>
        <p>Enter the address you sign in with. If it has an account, we email it a 6-digit code to set a new password.</p>
        <form onSubmit={ask} className="stack" aria-label="Ask for a reset code">
          <Field id="forgot-email" label="Email" error={fields.email}>
            {(a11y) => <input {...a11y} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <FormRefusal error={error} fields={fields} other={other} />
          <button type="submit" disabled={busy}>
            {busy ? 'Sending…' : 'Email me a code'}
          </button>
        </form>
        <p className="signin-links">
          <button type="button" className="link" onClick={() => email.trim() ? setStep('reset') : setError(new Error('Enter your email address first.'))}>
            I already have a code
          </button>
          <Link to="/">Back to sign in</Link>
        </p>
      </section>
    );
  }
  return <ResetForm email={email.trim()} sentAt={sentAt} onBack={() => setStep('ask')} />;
}

function ResetForm({ email, sentAt, onBack }: { email: string; sentAt: number | null; onBack: () => void }) {
  const [password, setPassword] = useState('');
  const [show, setShow] = useState(false);
  const form = useCodeForm(sentAt, LABELS);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void form.run(async () => {
      await mustOrWait(api.POST('/api/v1/auth/reset-password', { body: { email, code: form.code, new_password: password } }));
      handoff.toSignIn('Your password has been changed, and every earlier session has ended. Sign in with the new password.', email);
      navigate('/');
    });
  };

  return (
    <section className="card narrow">
      <h1>Choose a new password</h1>
      <p>
        If <strong className="address">{email}</strong> has an account, we emailed it a 6-digit code. It works for 10 minutes.{' '}
        <button type="button" className="link" onClick={onBack}>
          Use another address
        </button>
      </p>
      <form onSubmit={submit} className="stack" aria-label="Choose a new password">
        <input type="email" name="email" autoComplete="username" value={email} readOnly hidden />
        <CodeInput value={form.code} onChange={form.setCode} error={form.fields.code} />
        <Field id="reset-password" label="New password" hint="At least 8 characters. Every device signed in to your account is signed out." error={form.fields.new_password}>
          {(a11y) => (
            <input
              {...a11y}
              type={show ? 'text' : 'password'}
              autoComplete="new-password"
              required
              minLength={8}
              maxLength={200}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <label className="check">
          <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} />
          Show password
        </label>
        <CodeRefused refusal={form.refusal} />
        <FormRefusal error={form.error} fields={form.fields} other={form.other} />
        <button type="submit" disabled={form.busy || form.refusal?.exhausted === true}>
          {form.busy ? 'Saving…' : 'Set new password'}
        </button>
      </form>
      <h2>No code?</h2>
      <ResendCode
        sentWords="If this address has an account, a new reset code is on its way (at most one a minute and 5 an hour)."
        label="Send another code"
        send={() => mustOrWait(api.POST('/api/v1/auth/forgot-password', { body: { email } }))}
        onSent={form.sent}
      />
    </section>
  );
}
