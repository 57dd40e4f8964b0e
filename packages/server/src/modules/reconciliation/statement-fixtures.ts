/**
 * Tests only: statement files in the real formats (Alipay 业务明细 in GBK, WeChat Pay trade bill,
 * a bank export), built from a few rows so tests can name the numbers they match.
 */

let gbkTable: Map<string, number[]> | undefined;

/** Text encoded as GBK (two-byte GB18030), ASCII as is; built from Node's GB18030 decoder. */
export function encodeGbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbkTable.has(ch)) gbkTable.set(ch, [hi, lo]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

export interface AlipayRow {
  tradeNo: string;
  outTradeNo: string;
  type?: '交易' | '退款';
  time: string;
  payer?: string;
  amount: string;
  refundAmount?: string;
  refundNo?: string;
  memo?: string;
}

/** An Alipay 业务明细 CSV: '#' lines around the table, values padded with a tab, in GBK. */
export function alipayCsv(rows: AlipayRow[]): Buffer {
  const header =
    '支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,对方账户,订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,商家红包消费金额（元）,卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,退款金额（元）,备注';
  const body = rows.map((r) =>
    [
      r.tradeNo,
      r.outTradeNo,
      r.type ?? '交易',
      '订货货款',
      r.time,
      r.time,
      '',
      '',
      '',
      '',
      r.payer ?? '',
      r.amount,
      r.type === '退款' ? `-${r.refundAmount}` : r.amount,
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '',
      '0.00',
      '0.00',
      r.refundNo ?? '',
      '0.00',
      '0.00',
      r.refundAmount ?? '',
      r.memo ?? '',
    ]
      .map((v) => `${v}\t`)
      .join(','),
  );
  const text = [
    '#支付宝业务明细查询',
    '#账号：[20881234567890120156]',
    '#起始日期：[2026年12月01日 00:00:00]   终止日期：[2026年12月03日 00:00:00]',
    '#-----------------------------------------业务明细列表----------------------------------------',
    header,
    ...body,
    '#-----------------------------------------业务明细列表结束------------------------------------',
    `#交易合计：${rows.length}笔`,
    '#导出时间：[2026年12月03日 10:00:00]',
  ].join('\r\n');
  return encodeGbk(text);
}

export interface WechatRow {
  time: string;
  transactionId: string;
  outTradeNo: string;
  state?: 'SUCCESS' | 'REFUND' | 'REVOKED';
  amount: string;
  refundId?: string;
  outRefundNo?: string;
  refundAmount?: string;
}

export const WECHAT_HEADER =
  '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注';

/** A WeChat Pay v3 trade bill (ALL): every value after a backtick, then the 总交易单数 summary block. UTF-8 with BOM. */
export function wechatCsv(rows: WechatRow[]): Buffer {
  const body = rows.map((r) => {
    const refund = r.state === 'REFUND';
    return [
      r.time,
      'wx8888888888888888',
      '1900000109',
      '0',
      '',
      r.transactionId,
      r.outTradeNo,
      'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      'NATIVE',
      r.state ?? 'SUCCESS',
      'OTHERS',
      'CNY',
      refund ? '0.00' : r.amount,
      '0.00',
      r.refundId ?? '0',
      r.outRefundNo ?? '0',
      r.refundAmount ?? '0.00',
      '0.00',
      refund ? 'ORIGINAL' : '',
      refund ? 'SUCCESS' : '',
      '订货货款',
      '',
      '0.06',
      '0.60%',
      r.amount,
      r.refundAmount ?? '0.00',
      '',
    ]
      .map((v) => `\`${v}`)
      .join(',');
  });
  const text = [
    WECHAT_HEADER,
    ...body,
    '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额',
    `\`${rows.length},\`0.00,\`0.00,\`0.00,\`0.00,\`0.00,\`0.00`,
  ].join('\n');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
}

export interface BankRow {
  date: string;
  time?: string;
  credit?: string;
  debit?: string;
  payer?: string;
  serial: string;
  memo?: string;
}

/** A 工商银行-style export: account lines above the header, quoted amounts with thousands separators, a 合计 line. */
export function bankCsv(rows: BankRow[], encode: (text: string) => Buffer = encodeGbk): Buffer {
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const text = [
    '账号：6222020200012345678',
    '户名：某某食品有限公司',
    '交易日期,交易时间,摘要,收入金额,支出金额,余额,对方户名,对方账号,交易流水号,附言',
    ...rows.map((r) =>
      [
        r.date,
        r.time ?? '',
        r.credit ? '转账收入' : '转账支出',
        q(r.credit ?? ''),
        q(r.debit ?? ''),
        q('88,000.00'),
        r.payer ?? '',
        '6228480000000000000',
        r.serial,
        q(r.memo ?? ''),
      ].join(','),
    ),
    '合计,,,,,,,,,',
  ].join('\r\n');
  return encode(text);
}
