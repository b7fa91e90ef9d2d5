import { type FormEvent, useEffect, useId, useState } from 'react';
import { api, must, type Provider } from '../../api/client';
import { ErrorMessage } from '../ui';
import { ConfirmButton, Saved, useAction } from '../admin/forms';

const PICTURE_TYPES = 'image/jpeg,image/png,image/webp';

/** The practitioner's own profile: picture, name, specialization, phone, slot length, and what the API counts. */
export function ProfileCard({ provider, onSaved }: { provider: Provider; onSaved: (p: Provider) => void }) {
  const [name, setName] = useState(provider.name);
  const [specialization, setSpecialization] = useState(provider.specialization ?? '');
  const [phone, setPhone] = useState(provider.user?.phone ?? '');
  const [slot, setSlot] = useState(String(provider.slot_minutes));
  const [saved, setSaved] = useState(false);
  const { run, busy, error } = useAction();
  const phoneHint = useId();

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const ok = await run(async () =>
      onSaved(
        await must(
          api.PATCH('/api/v1/providers/{id}', {
            params: { path: { id: provider.id } },
            body: { name: name.trim(), specialization: specialization.trim() || null, phone: phone.trim() || null, slot_minutes: Number(slot) },
          }),
        ),
      ),
    );
    setSaved(ok);
  };

  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">My profile</h2>
      <PictureField provider={provider} onChanged={onSaved} />
      <dl className="facts" aria-label="About you">
        <div>
          <dt>Available now</dt>
          <dd data-testid="available-now">{provider.is_available ? <span className="badge ok">Yes</span> : <span className="badge">No</span>}</dd>
        </div>
        <div>
          <dt>Appointments completed</dt>
          <dd data-testid="appointments-completed">{provider.appointments_completed ?? 0}</dd>
        </div>
        <div>
          <dt>Date joined</dt>
          <dd data-testid="date-joined">{provider.date_joined ? new Date(provider.date_joined).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) : '—'}</dd>
        </div>
      </dl>
      <form onSubmit={save} className="stack" aria-label="Profile">
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} autoComplete="name" />
        </label>
        <label>
          Specialization
          <input value={specialization} onChange={(e) => setSpecialization(e.target.value)} maxLength={200} placeholder="e.g. Cardiology" />
        </label>
        <label>
          Phone
          <input type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} maxLength={40} autoComplete="tel" aria-describedby={phoneHint} />
          <small id={phoneHint} className="hint">
            International form, e.g. +91 98765 43210
          </small>
        </label>
        <label>
          Slot length (minutes)
          <input type="number" min={5} max={480} step={5} value={slot} onChange={(e) => setSlot(e.target.value)} required />
        </label>
        <ErrorMessage error={error} title="Not saved" />
        <Saved show={saved} />
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save profile'}
        </button>
      </form>
    </section>
  );
}

/** Choose a picture, see it, then upload it; the server judges it by its bytes and says why it refuses. */
function PictureField({ provider, onChanged }: { provider: Provider; onChanged: (p: Provider) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const { run, busy, error, setError } = useAction();
  const hint = useId();

  useEffect(() => {
    setUnreadable(false);
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const reload = async () => onChanged(await must(api.GET('/api/v1/providers/{id}', { params: { path: { id: provider.id } } })));

  const upload = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return setError(new Error('Choose a picture first'));
    setDone(null);
    const body = new FormData();
    body.append('file', file);
    const ok = await run(async () => {
      await must(api.POST('/api/v1/providers/{id}/picture', { params: { path: { id: provider.id } }, body: body as never }));
      await reload();
    });
    if (ok) {
      setFile(null);
      setInputKey((k) => k + 1);
      setDone('Picture saved.');
    }
  };
  const remove = async () => {
    setDone(null);
    await must(api.DELETE('/api/v1/providers/{id}/picture', { params: { path: { id: provider.id } } }));
    await reload();
    setDone('Picture removed.');
  };

  const shown = preview ?? provider.picture;
  return (
    <form className="picture-field" onSubmit={upload} aria-label="Picture">
      <div className="picture-preview">
        {preview && unreadable ? (
          <span className="small">No preview: this file does not look like a picture</span>
        ) : shown ? (
          <img src={shown} alt={preview ? 'Preview of the chosen picture' : `Picture of ${provider.name}`} onError={() => preview && setUnreadable(true)} />
        ) : (
          <span aria-hidden="true">{initials(provider.name)}</span>
        )}
      </div>
      <div className="stack">
        <label>
          Picture
          <input
            key={inputKey}
            type="file"
            accept={PICTURE_TYPES}
            aria-describedby={hint}
            onChange={(e) => {
              setError(null);
              setDone(null);
              setFile(e.target.files?.[0] ?? null);
            }}
          />
          <small id={hint} className="hint">
            JPEG, PNG or WebP, at most 2 MB.
          </small>
        </label>
        <ErrorMessage error={error} title="Picture not saved" />
        <Saved show={Boolean(done)}>{done}</Saved>
        <div className="actions wrap">
          <button type="submit" disabled={busy || !file}>
            {busy ? 'Uploading…' : 'Upload picture'}
          </button>
          {provider.picture && !file && (
            <ConfirmButton label="Remove picture" className="secondary" title="Remove your picture?" confirm="Remove picture" onConfirm={remove}>
              Visitors will see your initials instead until you upload another one.
            </ConfirmButton>
          )}
        </div>
      </div>
    </form>
  );
}

const initials = (name: string) =>
  name
    .replace(/^Dr\.?\s+/i, '')
    .split(/\s+/)
    .map((w) => w[0])
    .slice(0, 2)
    .join('')
    .toUpperCase();
