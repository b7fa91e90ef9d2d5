import { type FormEvent, useState } from 'react';
import { api, type Me, must, type ResponseOf } from '../../api/client';
import { ActiveToggle, ListState, Saved, useAction, useLoad } from '../../components/admin/forms';
import { ErrorMessage } from '../../components/ui';

type User = ResponseOf<'/api/v1/users/{id}', 'get'>;
const NEW = 'new';

/** Staff members and admins (admins only): name, phone, role on creation, and whether they can sign in. */
export function StaffAdmin({ me }: { me: Me }) {
  const { items, error, reload } = useLoad(async () => {
    const [staff, admins] = await Promise.all(
      (['staff', 'admin'] as const).map((role) => must(api.GET('/api/v1/users', { params: { query: { role, limit: 200 } as never } }))),
    );
    return [...admins!.results, ...staff!.results];
  });
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const current = editing === NEW ? null : items?.find((u) => u.id === editing);

  const setActive = async (u: User, active: boolean) => {
    await must(api.PATCH('/api/v1/users/{id}', { params: { path: { id: u.id } }, body: { active } }));
    await reload();
    setNotice(`${u.name} ${active ? 'reactivated' : 'deactivated'}.`);
  };

  return (
    <section className="card admin-screen" aria-labelledby="staff-title">
      <div className="screen-head">
        <h1 id="staff-title">Staff</h1>
        {editing !== NEW && (
          <button type="button" onClick={() => (setEditing(NEW), setNotice(null))}>
            New staff member
          </button>
        )}
      </div>
      <Saved show={Boolean(notice)}>{notice}</Saved>
      <ListState items={items} error={error} empty="No staff member yet.">
        {(users) => (
          <ul className="list entities" aria-label="Staff">
            {users.map((u) => (
              <li key={u.id}>
                <div className="entity">
                  <strong>{u.name}</strong> <span className="badge">{u.role === 'admin' ? 'Admin' : 'Staff'}</span> {!u.active && <span className="badge">Inactive</span>}
                  <span className="muted small">{[u.email, u.phone].filter(Boolean).join(' · ')}</span>
                </div>
                <span className="actions">
                  <button type="button" className="secondary small" aria-label={`Edit ${u.name}`} onClick={() => (setEditing(u.id), setNotice(null))}>
                    Edit
                  </button>
                  {u.id === me.id ? null : <ActiveToggle name={u.name} active={u.active} onChange={(active) => setActive(u, active)} consequence="They can no longer sign in. What they did stays in the history, and you can reactivate them later." />}
                </span>
              </li>
            ))}
          </ul>
        )}
      </ListState>
      {(editing === NEW || current) && (
        <StaffForm
          key={editing}
          user={current ?? null}
          onCancel={() => setEditing(null)}
          onSaved={async (u) => {
            setEditing(null);
            await reload();
            setNotice(`${u.name} saved.`);
          }}
        />
      )}
    </section>
  );
}

function StaffForm({ user, onSaved, onCancel }: { user: User | null; onSaved: (u: User) => Promise<void>; onCancel: () => void }) {
  const [name, setName] = useState(user?.name ?? '');
  const [phone, setPhone] = useState(user?.phone ?? '');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<'staff' | 'admin'>('staff');
  const { run, busy, error } = useAction();
  const title = user ? `Edit ${user.name}` : 'New staff member';

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const common = { name: name.trim(), phone: phone.trim() || null };
    await run(async () =>
      onSaved(
        user
          ? await must(api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id } }, body: common }))
          : await must(api.POST('/api/v1/users', { body: { ...common, phone: common.phone ?? undefined, email, password, role } })),
      ),
    );
  };

  return (
    <form onSubmit={save} className="stack editor" aria-label={title}>
      <h2>{title}</h2>
      <div className="row">
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
        </label>
        <label>
          Phone (optional)
          <input type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} maxLength={30} />
        </label>
      </div>
      {!user && (
        <div className="row">
          <label>
            Email
            <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="off" />
          </label>
          <label>
            First password
            <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required minLength={8} autoComplete="new-password" />
          </label>
          <label>
            Role
            <select value={role} onChange={(e) => setRole(e.target.value as 'staff' | 'admin')}>
              <option value="staff">Staff</option>
              <option value="admin">Admin</option>
            </select>
          </label>
        </div>
      )}
      <ErrorMessage error={error} title="Not saved" />
      <div className="actions">
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : user ? 'Save staff member' : 'Add staff member'}
        </button>
      </div>
    </form>
  );
}
