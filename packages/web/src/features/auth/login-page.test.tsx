import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../app/providers.tsx';
import { createQueryClient } from '../../app/query-client.ts';
import { setLanguage } from '../../i18n/index.ts';
import { LoginPage } from './login-page.tsx';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const staffUser = {
  id: 1,
  username: 'admin',
  name: '系统管理员',
  kind: 'staff',
  roles: [{ code: 'admin', name: '管理员' }],
  permissions: ['users:view'],
  dataScope: 'all',
};

/** Stubs fetch at the network boundary: nobody is signed in, and sign-in answers with `login`. */
function stubServer(login: () => Response) {
  const calls: { url: string; method: string; body: string }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url).pathname;
      calls.push({ url, method: request.method, body: await request.clone().text() });
      if (url === '/api/auth/me') return json(401, { error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } });
      if (url === '/api/auth/login') return login();
      return json(404, { error: { code: 'NOT_FOUND', message: 'not found' } });
    }),
  );
  return calls;
}

function renderLogin(path = '/login') {
  const router = createMemoryRouter(
    [
      { path: '/login', element: <LoginPage /> },
      { path: '/admin/*', element: <div data-testid="admin-home">admin</div> },
      { path: '/portal/*', element: <div data-testid="portal-home">portal</div> },
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

async function signIn(username: string, password: string) {
  fireEvent.change(await screen.findByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
}

describe('LoginPage', () => {
  beforeEach(async () => {
    await setLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('renders the sign-in form with stable ids', async () => {
    stubServer(() => json(500, {}));
    renderLogin();
    expect(await screen.findByText('欢迎登录')).toBeTruthy();
    expect(document.querySelector('input#username')).toBeTruthy();
    expect(document.querySelector('input#password')).toBeTruthy();
    expect(document.querySelector('button[type="submit"]')).toBeTruthy();
  });

  it('posts the credentials and sends staff to the ?next= page', async () => {
    const calls = stubServer(() => json(200, { user: staffUser }));
    const router = renderLogin('/login?next=%2Fadmin%2Fusers');
    await signIn('admin', 'admin12345');
    await screen.findByTestId('admin-home');
    expect(router.state.location.pathname).toBe('/admin/users');
    const login = calls.find((call) => call.url === '/api/auth/login');
    expect(login?.method).toBe('POST');
    expect(JSON.parse(login?.body ?? '{}')).toEqual({ username: 'admin', password: 'admin12345' });
  });

  it('sends a customer to the portal', async () => {
    stubServer(() => json(200, { user: { ...staffUser, kind: 'customer', customerId: 3, customerName: '甲公司' } }));
    const router = renderLogin();
    await signIn('buyer', 'demo1234');
    await screen.findByTestId('portal-home');
    expect(router.state.location.pathname).toBe('/portal');
  });

  it('shows the server message for a wrong password, in the UI language', async () => {
    stubServer(() =>
      json(401, { error: { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误 / Wrong username or password' } }),
    );
    renderLogin();
    await signIn('admin', 'nope');
    expect((await screen.findByTestId('login-error')).textContent).toContain('用户名或密码错误');
    expect(screen.queryByText(/Wrong username/)).toBeNull();
  });

  it('shows the rate-limit message on 429', async () => {
    stubServer(() => json(429, { error: { code: 'RATE_LIMITED', message: 'Too many' } }));
    renderLogin();
    await act(() => setLanguage('en-US'));
    fireEvent.change(await screen.findByLabelText('Username'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByTestId('login-error').textContent).toContain('Too many failed sign-ins'));
  });

  it('does not submit empty fields', async () => {
    const calls = stubServer(() => json(200, { user: staffUser }));
    renderLogin();
    fireEvent.click(await screen.findByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(calls.some((call) => call.url === '/api/auth/login')).toBe(false);
  });
});
