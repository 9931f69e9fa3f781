import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { retryUnanswered, retryUnansweredDelay } from './api/idempotency';
import { ApiProblem } from './api/problem';
import { meKey } from './auth/session';
import { RequireAuth } from './auth/RequireAuth';
import { AppShell } from './shell/AppShell';
import { ConnectionStateProvider } from './shell/connection';
import { SignInPage } from './features/signin/SignInPage';
import { BerandaPage } from './features/beranda/BerandaPage';
import { KkListPage } from './features/kk/KkListPage';
import { PreparationPage } from './features/preparation/PreparationPage';
import { SidangPage } from './features/sidang/SidangPage';
import { NotulenPage } from './features/notulen/NotulenPage';
import { ProfilePage } from './features/profile/ProfilePage';
import { KlienListPage } from './features/klien/KlienListPage';
import { RegisterPage } from './features/klien/RegisterPage';
import { OpenCasePage } from './features/klien/OpenCasePage';
import { CaseFilePage } from './features/casefile/CaseFilePage';
import { Form2Page } from './features/casefile/Form2Page';
import { Form3Page } from './features/casefile/Form3Page';
import { ForceMajeureListPage } from './features/forcemajeure/ForceMajeureListPage';
import { ForceMajeureDetailPage } from './features/forcemajeure/ForceMajeureDetailPage';
import { ProposePage } from './features/forcemajeure/ProposePage';
import { JadwalPage } from './features/jadwal/JadwalPage';
import { DeskLayout } from './features/desk/DeskLayout';
import { WaitingPage } from './features/desk/WaitingPage';
import { StaffPage } from './features/desk/StaffPage';
import { AccountsPage } from './features/desk/AccountsPage';
import { SettingsPage } from './features/desk/SettingsPage';
import { AuditPage } from './features/desk/AuditPage';
import { NotFoundPage } from './features/placeholder/NotFoundPage';

export const queryClient: QueryClient = new QueryClient({
  // A 401 anywhere means the session ended: forget who was signed in, so RequireAuth sends to Masuk.
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (error instanceof ApiProblem && error.status === 401 && query.queryKey[0] !== meKey[0]) {
        queryClient.setQueryData(meKey, null);
      }
    },
  }),
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 2,
      refetchOnWindowFocus: true,
    },
    // Every change carries an Idempotency-Key (api/idempotency.ts), so one left unanswered is safe to send again.
    mutations: { retry: retryUnanswered, retryDelay: retryUnansweredDelay },
  },
});

const router = createBrowserRouter([
  { path: '/masuk', element: <SignInPage /> },
  {
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <BerandaPage /> },
      { path: 'kk', element: <KkListPage /> },
      { path: 'kk/:id', element: <PreparationPage /> },
      { path: 'kk/:id/sidang', element: <SidangPage /> },
      { path: 'kk/:id/notulen', element: <NotulenPage /> },
      { path: 'profil', element: <ProfilePage /> },
      { path: 'fm', element: <ForceMajeureListPage /> },
      { path: 'fm/baru', element: <ProposePage /> },
      { path: 'fm/:id', element: <ForceMajeureDetailPage /> },
      { path: 'jadwal', element: <JadwalPage /> },
      { path: 'klien', element: <KlienListPage /> },
      { path: 'klien/baru', element: <OpenCasePage /> },
      { path: 'klien/daftar', element: <RegisterPage /> },
      { path: 'klien/:id', element: <CaseFilePage /> },
      { path: 'klien/:id/formulir-2', element: <Form2Page /> },
      { path: 'klien/:id/formulir-3', element: <Form3Page /> },
      {
        path: 'pimpinan',
        element: <DeskLayout />,
        children: [
          { index: true, element: <WaitingPage /> },
          { path: 'staf', element: <StaffPage /> },
          { path: 'akun', element: <AccountsPage /> },
          { path: 'pengaturan', element: <SettingsPage /> },
          { path: 'audit', element: <AuditPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ConnectionStateProvider>
        <RouterProvider router={router} />
      </ConnectionStateProvider>
    </QueryClientProvider>
  );
}
