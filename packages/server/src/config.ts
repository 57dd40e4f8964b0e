import path from 'node:path';

/** Typed configuration read once from the environment; invalid values stop the process at start. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminUsername: string;
  adminPassword: string | undefined;
  demoData: boolean;
  /** Password of every demo account. */
  demoPassword: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: string;
  webDist: string | undefined;
  /** How often live-update dispatchers also poll the outbox, besides being woken by NOTIFY. */
  outboxPollMs: number;
  /**
   * Start our local payment gateway (Alipay and WeChat Pay protocols, pay pages, signed notifications)
   * and point the payment settings at it while they name no real provider. On by default with demo data.
   */
  localPayGateway: boolean;
  /** Its port; 0 = any free one. */
  localPayGatewayPort: number;
}

function bool(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new Error(`${name} must be true or false, got "${value}"`);
}

function int(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be an integer between ${min} and ${max}, got "${value}"`);
  }
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  }
  return {
    port: int('PORT', env.PORT, 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    databaseUrl,
    adminUsername: env.ADMIN_USERNAME || 'admin',
    adminPassword: env.ADMIN_PASSWORD || undefined,
    demoData: bool('DEMO_DATA', env.DEMO_DATA, true),
    demoPassword: env.DEMO_PASSWORD || 'demo1234',
    sessionTtlHours: int('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 24 * 7, 1, 24 * 365),
    cookieSecure: bool('COOKIE_SECURE', env.COOKIE_SECURE, false),
    trustProxy: bool('TRUST_PROXY', env.TRUST_PROXY, false),
    logLevel: env.LOG_LEVEL || 'info',
    webDist: env.WEB_DIST || undefined,
    outboxPollMs: int('OUTBOX_POLL_MS', env.OUTBOX_POLL_MS, 2000, 100, 3_600_000),
    localPayGateway: bool('LOCAL_PAY_GATEWAY', env.LOCAL_PAY_GATEWAY, bool('DEMO_DATA', env.DEMO_DATA, true)),
    localPayGatewayPort: int('LOCAL_PAY_GATEWAY_PORT', env.LOCAL_PAY_GATEWAY_PORT, 0, 0, 65535),
  };
}
