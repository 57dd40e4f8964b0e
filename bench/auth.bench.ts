// Sign-in throughput (argon2id verification: slow by design) and the cost of a session lookup
// (GET /api/auth/me), on PGlite and, when DATABASE_URL is set, on PostgreSQL.
import { apiSignIn, measure, onEachDatabase } from './support/harness.ts';

await onEachDatabase('auth', async (server) => {
  const credentials = { username: server.adminUsername, password: server.adminPassword };
  const cookie = await apiSignIn(server.baseURL, credentials.username, credentials.password);
  return [
    await measure(server, { name: 'POST /api/auth/login', method: 'POST', path: '/api/auth/login', body: credentials }),
    await measure(server, { name: 'GET /api/auth/me (session)', path: '/api/auth/me', headers: { cookie } }),
  ];
});
