import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/client';
import type { paths } from '../../../sdk/schema';
import { Field, FormRefusal, mustOrWait } from '../components/account';
import { Link } from '../components/ui';
import { handoff } from '../lib/account';
import { countryOptions, fieldErrors, localToday } from '../lib/forms';
import { navigate } from '../router';

type RegisterBody = paths['/api/v1/auth/register']['post']['requestBody']['content']['application/json'];
type Gender = RegisterBody['gender'];

const GENDERS: [Gender, string][] = [
  ['female', 'Female'],
  ['male', 'Male'],
  ['non_binary', 'Non-binary'],
  ['other', 'Other'],
  ['prefer_not_to_say', 'Prefer not to say'],
];

/** The visible label of each field the server may name in a 422's `errors`. */
const LABELS: Record<string, string> = {
  email: 'Email',
  password: 'Password',
  name: 'Full name',
  'address.line1': 'Address line 1',
  'address.line2': 'Address line 2',
  'address.postal_code': 'Postal code',
  'address.city': 'City',
  'address.state': 'State or region',
  'address.country': 'Country',
  nationality: 'Nationality',
  gender: 'Gender',
  date_of_birth: 'Date of birth',
  type: 'I am registering as',
};

const EMPTY = {
  email: '',
  password: '',
  name: '',
  line1: '',
  line2: '',
  postal_code: '',
  city: '',
  state: '',
  country: '',
  nationality: '',
  gender: '' as Gender | '',
  date_of_birth: '',
  type: 'visitor' as RegisterBody['type'],
};

/** Sign-up with the seed's fields; the server's refusals appear beside the fields they are about. */
export default function RegisterPage() {
  const [form, setForm] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const countries = useMemo(() => countryOptions(navigator.language), []);
  const today = localToday();
  const { fields, other } = fieldErrors(error, LABELS);
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));

  // After a refusal, the first field it names gets the focus (a screen reader reads its message).
  useEffect(() => {
    if (error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body: RegisterBody = {
      email: form.email.trim(),
      password: form.password,
      name: form.name.trim(),
      address: {
        line1: form.line1.trim(),
        line2: form.line2.trim() || null,
        postal_code: form.postal_code.trim(),
        city: form.city.trim(),
        state: form.state.trim(),
        country: form.country,
      },
      nationality: form.nationality,
      gender: form.gender as Gender,
      date_of_birth: form.date_of_birth,
      type: form.type,
    };
    try {
      await mustOrWait(api.POST('/api/v1/auth/register', { body }));
      handoff.toVerify({ email: body.email, password: body.password, sentAt: Date.now() });
      navigate('/verify');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const text = (key: keyof typeof EMPTY, field: string, extra: Record<string, unknown> = {}, hint?: string) => (
    <Field id={`reg-${key}`} label={LABELS[field]!} hint={hint} error={fields[field]}>
      {(a11y) => <input {...a11y} name={key} value={form[key]} onChange={set(key)} {...extra} />}
    </Field>
  );
  const countrySelect = (key: 'country' | 'nationality', field: string) => (
    <Field id={`reg-${key}`} label={LABELS[field]!} error={fields[field]}>
      {(a11y) => (
        <select {...a11y} name={key} required value={form[key]} onChange={set(key)}>
          <option value="">Choose…</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <section className="card medium">
      <h1>Create an account</h1>
      <p className="hint">
        Already registered? <Link to="/">Sign in</Link>. Every field is required unless it says optional.
      </p>
      <form ref={formRef} onSubmit={submit} className="stack" aria-label="Create an account">
        <fieldset className="stack">
          <legend>Your account</legend>
          {text('email', 'email', { type: 'email', autoComplete: 'email', required: true, maxLength: 320 }, 'We email you a code to confirm it.')}
          {text('password', 'password', { type: 'password', autoComplete: 'new-password', required: true, minLength: 8, maxLength: 200 }, 'At least 8 characters.')}
          <fieldset className="choice" aria-describedby={fields.type ? 'reg-type-error' : undefined}>
            <legend>{LABELS.type}</legend>
            <div className="row">
              {(
                [
                  ['visitor', 'A visitor'],
                  ['patient', 'A patient'],
                ] as const
              ).map(([value, words]) => (
                <label key={value} className="check">
                  <input type="radio" name="type" value={value} checked={form.type === value} onChange={() => setForm((f) => ({ ...f, type: value }))} />
                  {words}
                </label>
              ))}
            </div>
            {fields.type && (
              <p id="reg-type-error" className="field-error">
                {fields.type}
              </p>
            )}
          </fieldset>
        </fieldset>
        <fieldset className="stack">
          <legend>About you</legend>
          {text('name', 'name', { autoComplete: 'name', required: true, maxLength: 200 })}
          <div className="row">
            <Field id="reg-date_of_birth" label={LABELS.date_of_birth!} error={fields.date_of_birth}>
              {(a11y) => (
                <input {...a11y} type="date" name="date_of_birth" autoComplete="bday" required min="1900-01-01" max={today} value={form.date_of_birth} onChange={set('date_of_birth')} />
              )}
            </Field>
            <Field id="reg-gender" label={LABELS.gender!} error={fields.gender}>
              {(a11y) => (
                <select {...a11y} name="gender" required value={form.gender} onChange={set('gender')}>
                  <option value="">Choose…</option>
                  {GENDERS.map(([value, words]) => (
                    <option key={value} value={value}>
                      {words}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          {countrySelect('nationality', 'nationality')}
        </fieldset>
        <fieldset className="stack">
          <legend>Address</legend>
          {text('line1', 'address.line1', { autoComplete: 'address-line1', required: true, maxLength: 200 })}
          {text('line2', 'address.line2', { autoComplete: 'address-line2', maxLength: 200 }, 'Optional: flat, floor, building.')}
          <div className="row">
            {text('postal_code', 'address.postal_code', { autoComplete: 'postal-code', required: true, maxLength: 20 })}
            {text('city', 'address.city', { autoComplete: 'address-level2', required: true, maxLength: 100 })}
          </div>
          <div className="row">
            {text('state', 'address.state', { autoComplete: 'address-level1', required: true, maxLength: 100 })}
            {countrySelect('country', 'address.country')}
          </div>
        </fieldset>
        <FormRefusal error={error} fields={fields} other={other} />
        <button type="submit" disabled={busy}>
          {busy ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
    </section>
  );
}
