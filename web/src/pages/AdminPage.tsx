import type { Me } from '../api/client';
import { Link } from '../components/ui';
import { usePath } from '../router';
import { FacilitiesAdmin } from './admin/FacilitiesAdmin';
import { ProvidersAdmin } from './admin/ProvidersAdmin';
import { StaffAdmin } from './admin/StaffAdmin';
import { TopicsAdmin } from './admin/TopicsAdmin';
import { WebhooksAdmin } from './admin/WebhooksAdmin';

const SCREENS = [
  { path: '/admin/facilities', label: 'Facilities', adminOnly: false },
  { path: '/admin/practitioners', label: 'Practitioners', adminOnly: false },
  { path: '/admin/topics', label: 'Topics', adminOnly: false },
  { path: '/admin/staff', label: 'Staff', adminOnly: true },
  { path: '/admin/webhooks', label: 'Webhooks', adminOnly: true },
] as const;

/** Admin and staff screens, one at a time: facilities, practitioners, topics, and (admins) staff and webhooks. */
export default function AdminPage({ me }: { me: Me }) {
  const path = usePath();
  const screens = SCREENS.filter((s) => !s.adminOnly || me.role === 'admin');
  const current = screens.find((s) => path.startsWith(s.path)) ?? screens[0]!;
  return (
    <div className="admin-page">
      <nav className="subnav" aria-label="Admin">
        {screens.map((s) => (
          <Link key={s.path} to={s.path} className={s === current ? 'active' : undefined} ariaCurrent={s === current}>
            {s.label}
          </Link>
        ))}
      </nav>
      {current.path === '/admin/facilities' && <FacilitiesAdmin />}
      {current.path === '/admin/practitioners' && <ProvidersAdmin me={me} />}
      {current.path === '/admin/topics' && <TopicsAdmin />}
      {current.path === '/admin/staff' && <StaffAdmin me={me} />}
      {current.path === '/admin/webhooks' && <WebhooksAdmin />}
    </div>
  );
}
