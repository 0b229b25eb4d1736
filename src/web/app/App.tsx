import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ForgotPasswordPage } from '../features/account/ForgotPasswordPage.js';
import { InvitationPage, ResetPasswordPage } from '../features/account/LinkPasswordPage.js';
import { adminPaths, adminRoutePatterns } from '../features/admin/adminPaths.js';
import { OutboxPage } from '../features/admin/OutboxPage.js';
import { authPaths } from '../features/auth/authPaths.js';
import { CodePage } from '../features/auth/CodePage.js';
import { LoadingParagraph } from '../features/auth/LoadingParagraph.js';
import { MySessionsPage } from '../features/auth/MySessionsPage.js';
import { SignInPage } from '../features/auth/SignInPage.js';
import { TotpEnrolmentPage } from '../features/auth/TotpEnrolmentPage.js';
import { casesPaths, casesRoutePatterns } from '../features/cases/casesPaths.js';
import { directoryPaths, directoryRoutePatterns } from '../features/directory/directoryPaths.js';
import { NotFoundPage } from '../features/errors/NotFoundPage.js';
import { privacyPaths } from '../features/privacy/privacyPaths.js';
import { StartPage } from '../features/start/StartPage.js';
import { DistrictProvider } from './DistrictContext.js';
import { Layout } from './Layout.js';

/** The managers' pages and the audit trail are a chunk of their own, fetched when first used. */
const adminPages = () => import('../features/admin/adminPages.js');
type AdminPages = Awaited<ReturnType<typeof adminPages>>;

function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<LoadingParagraph />}>
      <Page />
    </Suspense>
  );
}
const adminPage = (name: keyof AdminPages) => lazyPage(async () => (await adminPages())[name]);

/** Keeping the directory current (editing, history, import/export): a chunk of its own too. */
const directoryEditPages = () => import('../features/directory/edit/directoryEditPages.js');
const directoryEditPage = (name: keyof Awaited<ReturnType<typeof directoryEditPages>>) =>
  lazyPage(async () => (await directoryEditPages())[name]);

/** Reading the directory (search, an entry, a district's who-is-who): a chunk of its own. */
const directoryPages = () => import('../features/directory/directoryPages.js');
const directoryPage = (name: keyof Awaited<ReturnType<typeof directoryPages>>) =>
  lazyPage(async () => (await directoryPages())[name]);

/** The case pages (cases, intake, actions): a chunk of its own, with its own words. */
const casesPages = () => import('../features/cases/casesPages.js');
const casesPage = (name: keyof Awaited<ReturnType<typeof casesPages>>) =>
  lazyPage(async () => (await casesPages())[name]);

/** The public directory page for residents: a chunk of its own, with its own words. */
const publicDirectoryPages = () => import('../features/public-directory/publicDirectoryPages.js');
const publicDirectoryPage = (name: keyof Awaited<ReturnType<typeof publicDirectoryPages>>) =>
  lazyPage(async () => (await publicDirectoryPages())[name]);

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
      {
        path: authPaths.myActivity,
        element: lazyPage(
          async () => (await import('../features/audit/MyActivityPage.js')).MyActivityPage,
        ),
      },
      {
        path: privacyPaths.checkText,
        element: lazyPage(
          async () => (await import('../features/privacy/CheckTextPage.js')).CheckTextPage,
        ),
      },
      { path: adminPaths.overview, element: adminPage('AdminOverviewPage') },
      { path: adminPaths.accounts, element: adminPage('AccountsPage') },
      { path: adminPaths.invite, element: adminPage('InvitePage') },
      { path: adminRoutePatterns.account, element: adminPage('AccountPage') },
      { path: adminPaths.organisations, element: adminPage('OrganisationsPage') },
      { path: adminPaths.districts, element: adminPage('DistrictsPage') },
      { path: adminPaths.networkGroups, element: adminPage('NetworkGroupsPage') },
      { path: adminRoutePatterns.networkGroup, element: adminPage('NetworkGroupPage') },
      { path: adminPaths.riskSignals, element: adminPage('RiskSignalsPage') },
      { path: adminPaths.auditTrail, element: adminPage('AuditTrailPage') },
      { path: adminPaths.outbox, element: <OutboxPage /> },
      { path: directoryPaths.search, element: directoryPage('DirectorySearchPage') },
      { path: directoryRoutePatterns.entry, element: directoryPage('DirectoryEntryPage') },
      { path: directoryRoutePatterns.whoIsWho, element: directoryPage('WhoIsWhoPage') },
      { path: directoryRoutePatterns.edit, element: directoryEditPage('DirectoryEditPage') },
      { path: directoryPaths.exchange, element: directoryEditPage('DirectoryExchangePage') },
      { path: casesPaths.list, element: casesPage('CasesPage') },
      { path: casesPaths.bringIn, element: casesPage('BringInPage') },
      { path: casesPaths.actions, element: casesPage('ActionsPage') },
      { path: casesRoutePatterns.case, element: casesPage('CasePage') },
      { path: casesRoutePatterns.intake, element: casesPage('IntakePage') },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    // The public page for residents (when the installation turns it on): a chunk of its own,
    // with a frame of its own (a quick exit, none of the signed-in menu).
    element: publicDirectoryPage('PublicLayout'),
    children: [
      { path: directoryPaths.publicSearch, element: publicDirectoryPage('PublicSearchPage') },
      { path: directoryRoutePatterns.publicEntry, element: publicDirectoryPage('PublicEntryPage') },
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
