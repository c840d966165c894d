import 'antd/dist/reset.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { AppProviders } from './app/providers';
import { queryClient } from './app/query-client';
import { router } from './app/router';
import { setUnauthorizedHandler } from './lib/api-client';

// A session that expires mid-work: forget what was cached for it and go to the login page.
setUnauthorizedHandler(() => {
  const current = router.state.location.pathname;
  if (current === '/dang-nhap') return;
  void router
    .navigate('/dang-nhap', { replace: true, state: { from: current } })
    .then(() => queryClient.clear());
});

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
