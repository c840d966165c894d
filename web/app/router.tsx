import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { PageSpinner } from '../components/page-spinner';
import { RequireAuth } from '../features/auth/require-auth';
import { pagePermissions, type RouteHandle } from './page-permissions';

// Each page is its own chunk, and so is the signed-in shell (menu, header): the first download
// carries only React, the router and antd's core; the login page does not wait for the menu.
const loadAppLayout = () => import('./app-layout');
const AppLayout = lazy(() => loadAppLayout().then((m) => ({ default: m.AppLayout })));
const LoginPage = lazy(() =>
  import('../features/auth/login-page').then((m) => ({ default: m.LoginPage })),
);
const ChangePasswordPage = lazy(() =>
  import('../features/auth/change-password-page').then((m) => ({ default: m.ChangePasswordPage })),
);
// Issue 5: province roles land on the steering dashboard, unit heads on their unit's figures,
// everyone else on the home page (the choice and each page are chunks of their own).
const LandingPage = lazy(() =>
  import('../features/dashboard/landing-page').then((m) => ({ default: m.LandingPage })),
);
const LeaguePage = lazy(() =>
  import('../features/dashboard/league-page').then((m) => ({ default: m.LeaguePage })),
);
const IndicesPage = lazy(() =>
  import('../features/dashboard/indices-page').then((m) => ({ default: m.IndicesPage })),
);
const ScoreboardPage = lazy(() =>
  import('../features/dashboard/scoreboard-page').then((m) => ({ default: m.ScoreboardPage })),
);
const UnitsPage = lazy(() =>
  import('../features/org/units-page').then((m) => ({ default: m.UnitsPage })),
);
const UsersPage = lazy(() =>
  import('../features/users/users-page').then((m) => ({ default: m.UsersPage })),
);
const AuditPage = lazy(() =>
  import('../features/audit/audit-page').then((m) => ({ default: m.AuditPage })),
);
const PlansPage = lazy(() =>
  import('../features/plans/plans-page').then((m) => ({ default: m.PlansPage })),
);
const MyTasksPage = lazy(() =>
  import('../features/plans/my-tasks-page').then((m) => ({ default: m.MyTasksPage })),
);
const CalendarPage = lazy(() =>
  import('../features/calendar/calendar-page').then((m) => ({ default: m.CalendarPage })),
);
const ProceduresPage = lazy(() =>
  import('../features/procedures/procedures-page').then((m) => ({ default: m.ProceduresPage })),
);
const OnestopPage = lazy(() =>
  import('../features/onestop/onestop-page').then((m) => ({ default: m.OnestopPage })),
);
const OnestopKpiPage = lazy(() =>
  import('../features/onestop-kpi/onestop-kpi-page').then((m) => ({ default: m.OnestopKpiPage })),
);
const DossierLookupPage = lazy(() =>
  import('../features/public-lookup/dossier-lookup-page').then((m) => ({
    default: m.DossierLookupPage,
  })),
);
const SubmitDossierPage = lazy(() =>
  import('../features/public-lookup/submit-dossier-page').then((m) => ({
    default: m.SubmitDossierPage,
  })),
);
const ReportsPage = lazy(() =>
  import('../features/reports/reports-page').then((m) => ({ default: m.ReportsPage })),
);
const ReportPage = lazy(() =>
  import('../features/reports/report-page').then((m) => ({ default: m.ReportPage })),
);
const NotFoundPage = lazy(() =>
  import('./not-found-page').then((m) => ({ default: m.NotFoundPage })),
);

// Fetch the shell while the session is being checked instead of after it.
if (
  typeof window !== 'undefined' &&
  window.location.pathname !== '/dang-nhap' &&
  window.location.pathname !== '/tra-cuu' &&
  window.location.pathname !== '/cong-khai' &&
  window.location.pathname !== '/nop-ho-so'
) {
  void loadAppLayout();
}

const page = (path: string, element: React.ReactNode) => ({
  path: path.slice(1),
  element,
  handle: { permission: pagePermissions[path] } satisfies RouteHandle,
});

export const router = createBrowserRouter([
  {
    path: '/dang-nhap',
    element: (
      <Suspense fallback={<PageSpinner />}>
        <LoginPage />
      </Suspense>
    ),
  },
  // The citizens' lookup (issue 4): no account, outside the signed-in shell.
  {
    path: '/tra-cuu',
    element: (
      <Suspense fallback={<PageSpinner />}>
        <DossierLookupPage />
      </Suspense>
    ),
  },
  // The public scoreboard (issue 5): no account, outside the signed-in shell.
  {
    path: '/cong-khai',
    element: (
      <Suspense fallback={<PageSpinner />}>
        <ScoreboardPage />
      </Suspense>
    ),
  },
  // Online submission by a citizen (issue 4): no account either.
  {
    path: '/nop-ho-so',
    element: (
      <Suspense fallback={<PageSpinner />}>
        <SubmitDossierPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Suspense fallback={<PageSpinner />}>
          <AppLayout />
        </Suspense>
      </RequireAuth>
    ),
    children: [
      { index: true, element: <LandingPage /> },
      { path: 'doi-mat-khau', element: <ChangePasswordPage /> },
      page('/don-vi', <UnitsPage />),
      page('/nguoi-dung', <UsersPage />),
      page('/nhat-ky', <AuditPage />),
      page('/ke-hoach', <PlansPage />),
      page('/viec-cua-toi', <MyTasksPage />),
      page('/bao-cao', <ReportsPage />),
      page('/bao-cao/:id', <ReportPage />),
      page('/lich-lam-viec', <CalendarPage />),
      page('/thu-tuc', <ProceduresPage />),
      page('/mot-cua', <OnestopPage />),
      page('/dieu-hanh', <LeaguePage />),
      page('/chi-so-tinh', <IndicesPage />),
      page('/mot-cua/chi-so', <OnestopKpiPage />),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
