import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequireUser } from './guards.tsx';
import { Providers } from './providers.tsx';
import { createQueryClient } from './query-client.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function stubMe(response: () => Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => response()),
  );
}

function Where() {
  const location = useLocation();
  return <div data-testid="where">{`${location.pathname}${location.search}`}</div>;
}

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/login', element: <Where /> },
      { path: '/admin', element: <RequireUser kind="staff">staff console</RequireUser> },
      { path: '/portal/*', element: <RequireUser kind="customer">customer portal</RequireUser> },
    ],
    { initialEntries: [path] },
  );
  render(
    <Providers client={createQueryClient()}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return router;
}

const user = (kind: 'staff' | 'customer') => ({
  user: { id: 1, username: 'u', name: 'U', kind, roles: [], permissions: [], dataScope: 'all' },
});

describe('RequireUser', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends a visitor to sign-in, remembering where they wanted to go', async () => {
    stubMe(() => json(401, { error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } }));
    renderAt('/portal/me?tab=1');
    expect((await screen.findByTestId('where')).textContent).toBe('/login?next=%2Fportal%2Fme%3Ftab%3D1');
  });

  it('sends staff opening the portal to the console', async () => {
    stubMe(() => json(200, user('staff')));
    const router = renderAt('/portal');
    expect(await screen.findByText('staff console')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/admin');
  });

  it('lets a customer into the portal', async () => {
    stubMe(() => json(200, user('customer')));
    renderAt('/portal');
    expect(await screen.findByText('customer portal')).toBeTruthy();
  });
});
