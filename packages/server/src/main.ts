import path from 'node:path';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { ensureAdmin, syncBuiltinRoles } from './modules/auth/bootstrap.ts';
import { purgeExpiredSessions } from './modules/auth/session.ts';
import { printDemoAccounts, seedDemo } from './modules/demo/demo.seed.ts';
import { seedDemoMoney } from './modules/demo/demo-money.ts';
import { failInterruptedImports } from './modules/imports/imports.service.ts';
import { startOrderJobs } from './modules/orders/order-jobs.ts';
import { startDemoGateway } from './modules/payments/demo-gateway.ts';
import { startPaymentJobs } from './modules/payments/payment-jobs.ts';

const config = loadConfig();
const database = await openDatabase(
  config.databaseUrl
    ? { kind: 'postgresql', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: path.join(config.dataDir, 'pglite') },
);
await database.migrate();
await syncBuiltinRoles(database.db);
await purgeExpiredSessions(database.db);
if (database.kind === 'pglite') await failInterruptedImports(database.db);
const admin = await ensureAdmin(database.db, config.adminUsername, config.adminPassword);

const app = await buildApp({
  database,
  config,
  logger: { level: config.logLevel, transport: undefined },
});

if (admin.created) {
  const lines = [`Administrator: ${admin.username}`];
  if (admin.generatedPassword)
    lines.push(`Password (shown once, change it after signing in): ${admin.generatedPassword}`);
  console.log(`\n${lines.join('\n')}\n`);
  if (config.demoData) {
    const accounts = await seedDemo(database.db, config.demoPassword);
    if (accounts.length) await seedDemoMoney(database.db);
    printDemoAccounts(accounts);
  }
}

const gateway = config.localPayGateway ? await startDemoGateway(database.db, config, app.log) : null;

let closing = false;
let stopJobs = () => {};
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  try {
    // Stop taking requests first, then close the database so PGlite flushes cleanly.
    stopJobs();
    await app.close();
    await gateway?.close();
    await database.close();
    process.exit(0);
  } catch (err) {
    console.error(err);
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
const stopOrderJobs = startOrderJobs(database.db, app.log);
const stopPaymentJobs = startPaymentJobs(database.db, app.log);
stopJobs = () => {
  stopOrderJobs();
  stopPaymentJobs();
};
// performance.now() counts from process start, so module loading is included.
const ms = Math.round(performance.now());
app.log.info(
  { database: database.kind, ms },
  `Dinghuo serving on http://localhost:${config.port} (${database.kind}) — ready in ${ms} ms`,
);
