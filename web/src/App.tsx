import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { api, type Me, must, onConnection, session } from './api/client';
import { Link, Loading } from './components/ui';
import { LoginPage } from './pages/LoginPage';
import { navigate, usePath } from './router';

// Each area is its own chunk: a visitor's first page does not load the staff calendar.
const StaffCalendarPage = lazy(() => import('./pages/StaffCalendarPage'));
const WorkspacePage = lazy(() => import('./pages/WorkspacePage'));
const BookingPage = lazy(() => import('./pages/BookingPage'));
const MyAppointmentsPage = lazy(() => import('./pages/MyAppointmentsPage'));
const AdminPage = lazy(() => import('./pages/AdminPage'));
const ManagePage = lazy(() => import('./pages/ManagePage'));
const RegisterPage = lazy(() => import('./pages/RegisterPage'));
const VerifyPage = lazy(() => import('./pages/VerifyPage'));
const PasswordResetPage = lazy(() => import('./pages/PasswordResetPage'));

const HOME: Record<Me['role'], string> = { admin: '/calendar', staff: '/calendar', provider: '/workspace', patient: '/book' };

const NAV: Record<Me['role'], [string, string][]> = {
  admin: [['/calendar', 'Calendar'], ['/admin', 'Admin']],
  staff: [['/calendar', 'Calendar'], ['/admin', 'Admin']],
  provider: [['/workspace', 'My workspace']],
  patient: [['/book', 'Book'], ['/my-appointments', 'My appointments']],
};

export function App() {
  const path = usePath();
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(Boolean(session.token));
  const [online, setOnline] = useState(true);

  const loadMe = useCallback(async () => {
    if (!session.token) return setChecking(false);
    try {
      setMe(await must(api.GET('/api/v1/me')));
    } catch {
      session.set(null);
      setMe(null);
    } finally {
      setChecking(false);
    }
  }, []);

  useEffect(() => void loadMe(), [loadMe]);
  useEffect(() => onConnection(setOnline), []);
  useEffect(() => {
    const lost = () => setOnline(false);
    const back = () => setOnline(true);
    const signedOut = () => setMe(null);
    window.addEventListener('offline', lost);
    window.addEventListener('online', back);
    window.addEventListener('carebook:signed-out', signedOut);
    return () => {
      window.removeEventListener('offline', lost);
      window.removeEventListener('online', back);
      window.removeEventListener('carebook:signed-out', signedOut);
    };
  }, []);

  const signOut = () => {
    session.set(null);
    setMe(null);
    navigate('/');
  };

  let page;
  if (path.startsWith('/m/')) page = <ManagePage token={path.slice(3)} />; // a manage link from an email: no sign-in
  else if (checking) page = <Loading />;
  // The code screen serves a new visitor and a signed-in one whose address is not confirmed yet.
  else if (path === '/verify') page = <VerifyPage me={me} onSignedIn={setMe} />;
  else if (!me && path === '/register') page = <RegisterPage />;
  else if (!me && path === '/forgot-password') page = <PasswordResetPage />;
  else if (!me) page = (
      <LoginPage
        onSignedIn={(user) => {
          setMe(user);
          // A deep link (e.g. /calendar?date=…) survives signing in; the router sends other roles home.
          if (window.location.pathname === '/') navigate(HOME[user.role]);
        }}
      />
    );
  else {
    const staff = me.role === 'staff' || me.role === 'admin';
    if (path.startsWith('/calendar') && staff) page = <StaffCalendarPage me={me} />;
    else if (path.startsWith('/admin') && staff) page = <AdminPage me={me} />;
    else if (path.startsWith('/workspace') && me.role === 'provider') page = <WorkspacePage me={me} />;
    else if (path.startsWith('/book') && me.role === 'patient') page = <BookingPage me={me} />;
    else if (path.startsWith('/my-appointments') && me.role === 'patient') page = <MyAppointmentsPage me={me} />;
    else {
      queueMicrotask(() => navigate(HOME[me.role]));
      page = <Loading />;
    }
  }

  return (
    <>
      <header className="topbar">
        <Link to="/" className="brand">
          Carebook
        </Link>
        {me && (
          <nav aria-label="Main">
            {NAV[me.role].map(([to, label]) => (
              <Link key={to} to={to} className={path.startsWith(to) ? 'active' : undefined}>
                {label}
              </Link>
            ))}
          </nav>
        )}
        {me && (
          <div className="who">
            <span>{me.name}</span>
            <button type="button" className="ghost" onClick={signOut}>
              Sign out
            </button>
          </div>
        )}
      </header>
      {!online && (
        <div className="offline" role="alert">
          Connection lost: the server cannot be reached. Changes are not saved until it is back.
        </div>
      )}
      <main>
        <Suspense fallback={<Loading />}>{page}</Suspense>
      </main>
    </>
  );
}
