import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ForgotPasswordPage } from '../features/account/ForgotPasswordPage.js';
import { InvitationPage, ResetPasswordPage } from '../features/account/LinkPasswordPage.js';
import { adminPaths } from '../features/admin/adminPaths.js';
import { OutboxPage } from '../features/admin/OutboxPage.js';
import { authPaths } from '../features/auth/authPaths.js';
import { CodePage } from '../features/auth/CodePage.js';
import { MySessionsPage } from '../features/auth/MySessionsPage.js';
import { SignInPage } from '../features/auth/SignInPage.js';
import { TotpEnrolmentPage } from '../features/auth/TotpEnrolmentPage.js';
import { NotFoundPage } from '../features/errors/NotFoundPage.js';
import { StartPage } from '../features/start/StartPage.js';
import { DistrictProvider } from './DistrictContext.js';
import { Layout } from './Layout.js';

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <StartPage /> },
      { path: authPaths.signIn, element: <SignInPage /> },
      { path: authPaths.code, element: <CodePage /> },
      { path: authPaths.enrol, element: <TotpEnrolmentPage /> },
      { path: authPaths.mySessions, element: <MySessionsPage /> },
      { path: authPaths.forgotPassword, element: <ForgotPasswordPage /> },
      { path: authPaths.resetPassword, element: <ResetPasswordPage /> },
      { path: authPaths.invitation, element: <InvitationPage /> },
      { path: adminPaths.outbox, element: <OutboxPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <DistrictProvider>
        <RouterProvider router={router} />
      </DistrictProvider>
    </QueryClientProvider>
  );
}
