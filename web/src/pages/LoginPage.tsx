import { type FormEvent, useState } from 'react';
import { api, type Me, must, session } from '../api/client';
import { ErrorMessage, Link } from '../components/ui';
import { handoff } from '../lib/account';

export function LoginPage({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  // Coming back from confirming an address or resetting a password: say so, and fill in the address.
  const [notice] = useState(() => handoff.signIn);
  const [email, setEmail] = useState(notice?.email ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const token = await must(api.POST('/api/v1/auth/token', { body: { email, password } }));
      session.set(token.access_token);
      handoff.clear();
      onSignedIn(await must(api.GET('/api/v1/me')));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card narrow">
      <h1>Sign in</h1>
      {notice && (
        <p className="notice-box" role="status">
          {notice.message}
        </p>
      )}
      <form onSubmit={submit} className="stack">
        <label>
          Email
          <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Password
          <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="signin-links">
        <Link to="/forgot-password">Forgot password?</Link>
        <span>
          New here? <Link to="/register">Create an account</Link>
        </span>
      </p>
    </section>
  );
}
