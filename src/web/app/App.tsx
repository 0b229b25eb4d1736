import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { NotFoundPage } from '../features/errors/NotFoundPage.js';
import { StartPage } from '../features/start/StartPage.js';
import { DistrictProvider } from './DistrictContext.js';
import { Layout } from './Layout.js';

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <StartPage /> },
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
