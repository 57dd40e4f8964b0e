// A customer's catalog page (20 products with its own prices and stock) and a pinyin search, over
// 10,000 products / 30,000 SKUs / 1,000 customers, on PGlite and (DATABASE_URL) PostgreSQL.
// Target (ARCHITECTURE.md): p99 < 20 ms at concurrency 32 on PostgreSQL.
import { BUYER_PASSWORD, generateCatalog } from './support/catalog-data.ts';
import { apiSignIn, connections, measure, onEachDatabase } from './support/harness.ts';

let buyers: string[] = [];
const queries = ['kkkl', 'kekou', '可乐', 'nfsq', '柠檬', 'B00042', 'suda', '薯片'];

await onEachDatabase(
  'catalog',
  async (server) => {
    // One signed-in buyer per connection, from different customers (and so levels and prices).
    const cookies: string[] = [];
    for (let i = 0; i < connections; i++)
      cookies.push(await apiSignIn(server.baseURL, buyers[i * 29]!, BUYER_PASSWORD));
    const cookie = (n: number) => ({ cookie: cookies[n % cookies.length]! });
    return [
      await measure(server, {
        name: 'catalog page (20 products, own prices)',
        path: '/api/products?pageSize=20',
        vary: (n) => ({ path: `/api/products?pageSize=20&page=${1 + (n % 400)}`, headers: cookie(n) }),
      }),
      await measure(server, {
        name: 'category page (20 products)',
        path: '/api/products?pageSize=20',
        vary: (n) => ({
          path: `/api/products?pageSize=20&categoryId=${6 + (n % 15)}&page=${1 + (n % 20)}`,
          headers: cookie(n),
        }),
      }),
      await measure(server, {
        name: 'search (pinyin, initials, code)',
        path: '/api/products?pageSize=20&q=kkkl',
        vary: (n) => ({
          path: `/api/products?pageSize=20&q=${encodeURIComponent(queries[n % queries.length]!)}`,
          headers: cookie(n),
        }),
      }),
    ];
  },
  async (target) => {
    ({ buyers } = await generateCatalog(target));
  },
);
