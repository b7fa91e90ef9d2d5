import { type FormEvent, useState } from 'react';
import { api, type Me, must, type ResponseOf } from '../../api/client';
import { AdminScreen, FormActions, type FormControls } from '../../components/admin/AdminScreen';
import { ActiveToggle, useAction } from '../../components/admin/forms';
import { ErrorMessage } from '../../components/ui';

type User = ResponseOf<'/api/v1/users/{id}', 'get'>;

/** Staff members and admins (admins only): name, phone, role on creation, and whether they can sign in. */
export function StaffAdmin({ me }: { me: Me }) {
  return (
    <AdminScreen<User>
      title="Staff"
      newLabel="New staff member"
      load={async () => {
        const [admins, staff] = await Promise.all((['admin', 'staff'] as const).map((role) => must(api.GET('/api/v1/users', { params: { query: { role, limit: 200 } as never } }))));
        return [...admins!.results, ...staff!.results];
      }}
      empty="No staff member yet."
      name={(u) => u.name}
      describe={(u) => (
        <>
          <strong>{u.name}</strong> <span className="badge">{u.role === 'admin' ? 'Admin' : 'Staff'}</span> {!u.active && <span className="badge">Inactive</span>}
          <span className="muted small">{[u.email, u.phone].filter(Boolean).join(' · ')}</span>
        </>
      )}
      actions={(u, { done }) =>
        u.id === me.id ? null : (
          <ActiveToggle
            name={u.name}
            active={u.active}
            consequence="They can no longer sign in. What they did stays in the history, and you can reactivate them later."
            save={(active) => must(api.PATCH('/api/v1/users/{id}', { params: { path: { id: u.id } }, body: { active } }))}
            done={done}
          />
        )
      }
      form={(u, controls) => <StaffForm user={u} controls={controls} />}
    />
  );
}

function StaffForm({ user, controls }: { user: User | null; controls: FormControls }) {
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
    await run(async () => {
      const saved = user
        ? await must(api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id } }, body: common }))
        : await must(api.POST('/api/v1/users', { body: { ...common, phone: common.phone ?? undefined, email, password, role } }));
      await controls.done(`${saved.name} saved.`);
    });
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
      <FormActions busy={busy} onCancel={controls.cancel} submit={user ? 'Save staff member' : 'Add staff member'} />
    </form>
  );
}
