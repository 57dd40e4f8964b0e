import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { getPaymentSettings, writePaymentSettings } from './payment-settings.ts';
import { type LocalGateway, startLocalGateway } from './providers/local-gateway.ts';

const isLocal = (url: string | null | undefined) => !url || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(url);

/**
 * Demo mode: starts our local payment gateway and points Alipay and WeChat Pay at it, unless the
 * supplier has configured a real provider (then nothing is started or changed). Its pay pages and
 * keys are for demonstration and tests only; it keeps trades in memory.
 */
export async function startDemoGateway(db: Db, config: Config, log: FastifyBaseLogger): Promise<LocalGateway | null> {
  const settings = await getPaymentSettings(db);
  if (!isLocal(settings.alipay?.gateway) || !isLocal(settings.wechat?.baseUrl)) return null;
  const gateway = await startLocalGateway({ port: config.localPayGatewayPort, host: '127.0.0.1' });
  await writePaymentSettings(db, null, {
    ...settings,
    alipay: gateway.alipay,
    wechat: gateway.wechat,
    notifyBaseUrl: isLocal(settings.notifyBaseUrl) ? `http://127.0.0.1:${config.port}` : settings.notifyBaseUrl,
  });
  log.info({ url: gateway.url }, `Local payment gateway (demo, Alipay + WeChat Pay protocols) on ${gateway.url}`);
  return gateway;
}
