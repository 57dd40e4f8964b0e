import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeText,
  detectKind,
  mappingErrors,
  parseAmount,
  parseDelimited,
  parseStatementTime,
  readStatementFile,
  StatementFileError,
  statementLines,
  suggestMapping,
} from './statement-file.ts';
import { alipayCsv, bankCsv, encodeGbk, WECHAT_HEADER, wechatCsv } from './statement-fixtures.ts';

const shanghai = (text: string) => new Date(`${text}+08:00`);

describe('parseAmount (exact yuan → fen)', () => {
  it.each([
    ['1,234.50', 123450],
    ['¥12.3', 1230],
    ['￥ 0.01', 1],
    ['12', 1200],
    ['-5.00', -500],
    ['+7.1', 710],
    ['(8.00)', -800],
    ['1,000,000.00元', 100000000],
    ['0.10', 10],
    ['12.3400', 1234],
    ['RMB 99.99', 9999],
  ])('%s → %d', (text, fen) => expect(parseAmount(text)).toBe(fen));

  it.each(['', '  ', '-', '--'])('%j is no amount (null)', (text) => expect(parseAmount(text)).toBeNull());

  it.each(['abc', '12.345', '1.2.3', '12,34a', '1e5', '¥', 'NaN', '0x10'])('%j is garbage (undefined)', (text) =>
    expect(parseAmount(text)).toBeUndefined(),
  );

  it('property: every fen amount written as yuan (with or without separators) reads back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.boolean(), (fen, grouped) => {
        const abs = Math.abs(fen);
        const yuan = String(Math.floor(abs / 100));
        const intPart = grouped ? yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : yuan;
        const text = `${fen < 0 ? '-' : ''}${intPart}.${String(abs % 100).padStart(2, '0')}`;
        expect(parseAmount(text)).toBe(fen);
      }),
    );
  });
});

describe('parseStatementTime (Asia/Shanghai wall time)', () => {
  it.each([
    ['2026-12-01 10:12:33', undefined, '2026-12-01T10:12:33'],
    ['2026/12/1', '10:12', '2026-12-01T10:12:00'],
    ['2026.12.01', undefined, '2026-12-01T00:00:00'],
    ['2026年12月1日', '101233', '2026-12-01T10:12:33'],
    ['20261201', '09:05:00', '2026-12-01T09:05:00'],
    ['20261201 23:59:59', undefined, '2026-12-01T23:59:59'],
    ['2026-12-01', '1899-12-30 08:30:00', '2026-12-01T08:30:00'],
    ['46357', undefined, '2026-12-01T00:00:00'],
  ])('%s %s', (date, time, expected) => {
    expect(parseStatementTime(date, time)?.toISOString()).toBe(shanghai(expected).toISOString());
  });

  it('honours an explicit offset', () => {
    expect(parseStatementTime('2026-12-01T02:00:00Z')?.toISOString()).toBe('2026-12-01T02:00:00.000Z');
    expect(parseStatementTime('2026-12-01T10:00:00+08:00')?.toISOString()).toBe('2026-12-01T02:00:00.000Z');
  });

  it.each(['', 'yesterday', '2026-13-01', '2026-02-30', '2026-12-01 25:00'])('%j is no date', (text) => {
    expect(parseStatementTime(text)).toBeNull();
  });
});

describe('reading files', () => {
  it('decodes UTF-8 with or without BOM and GBK', () => {
    expect(decodeText(Buffer.from('\uFEFF交易日期'))).toBe('交易日期');
    expect(decodeText(Buffer.from('交易日期'))).toBe('交易日期');
    expect(decodeText(encodeGbk('交易日期,收入金额'))).toBe('交易日期,收入金额');
  });

  it('parses quoted CSV fields with commas, quotes and line breaks, keeping the first line of each record', () => {
    expect(parseDelimited('a,"1,234.50","say ""hi""\nthere"\r\nb,2,3\n', ',')).toEqual([
      { cells: ['a', '1,234.50', 'say "hi"\nthere'], line: 1 },
      { cells: ['b', '2', '3'], line: 3 },
    ]);
  });

  it('an Alipay 业务明细 in GBK: # lines skipped, tabs trimmed, kind and mapping proposed, refunds recognised', async () => {
    const table = await readStatementFile(
      alipayCsv([
        {
          tradeNo: '2026120122001400011',
          outTradeNo: 'PAY20261201000001',
          time: '2026-12-01 10:00:00',
          payer: 'li***@163.com',
          amount: '1234.50',
        },
        {
          tradeNo: '2026120122001400011',
          outTradeNo: 'PAY20261201000001',
          type: '退款',
          time: '2026-12-02 11:00:00',
          amount: '1234.50',
          refundAmount: '34.50',
          refundNo: 'RF20261202000001',
        },
      ]),
    );
    expect(table.headers[0]).toBe('支付宝交易号');
    expect(table.rows).toHaveLength(2);
    expect(table.rowNumbers).toEqual([6, 7]);
    const kind = detectKind(table.headers);
    expect(kind).toBe('alipay');
    const mapping = suggestMapping(kind, table.headers);
    expect(mapping).toEqual({
      txnNo: '支付宝交易号',
      orderRef: '商户订单号',
      amount: '订单金额（元）',
      date: '完成时间',
      payer: '对方账户',
      memo: '备注',
    });
    const { lines, errors } = statementLines(table, kind, mapping);
    expect(errors).toEqual([]);
    expect(lines).toEqual([
      {
        lineNo: 6,
        amount: 123450,
        occurredAt: shanghai('2026-12-01T10:00:00'),
        txnNo: '2026120122001400011',
        orderRef: 'PAY20261201000001',
        payer: 'li***@163.com',
        memo: undefined,
      },
      expect.objectContaining({
        lineNo: 7,
        amount: 3450,
        refund: true,
        refundNo: 'RF20261202000001',
        providerRefundNo: undefined,
      }),
    ]);
  });

  it('a WeChat Pay bill: backticks stripped, the summary block left out, REFUND rows as refunds, REVOKED skipped', async () => {
    const table = await readStatementFile(
      wechatCsv([
        {
          time: '2026-12-01 09:30:00',
          transactionId: '4200000001202612010000000001',
          outTradeNo: 'PAY20261201000002',
          amount: '88.00',
        },
        {
          time: '2026-12-01 12:00:00',
          transactionId: '4200000001202612010000000001',
          outTradeNo: 'PAY20261201000002',
          state: 'REFUND',
          amount: '88.00',
          refundId: '50300000012026120100000001',
          outRefundNo: 'RF20261201000003',
          refundAmount: '8.00',
        },
        {
          time: '2026-12-01 13:00:00',
          transactionId: '4200000001202612010000000002',
          outTradeNo: 'PAY20261201000004',
          state: 'REVOKED',
          amount: '1.00',
        },
      ]),
    );
    expect(table.headers.join(',')).toBe(WECHAT_HEADER);
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0][5]).toBe('4200000001202612010000000001');
    const kind = detectKind(table.headers);
    expect(kind).toBe('wechat');
    const mapping = suggestMapping(kind, table.headers);
    expect(mapping).toEqual({
      date: '交易时间',
      txnNo: '微信订单号',
      orderRef: '商户订单号',
      amount: '订单金额',
      memo: '商品名称',
    });
    const { lines, errors } = statementLines(table, kind, mapping);
    expect(errors).toEqual([]);
    expect(lines.map((l) => [l.lineNo, l.amount, l.orderRef, l.refund, l.refundNo, l.providerRefundNo])).toEqual([
      [2, 8800, 'PAY20261201000002', undefined, undefined, undefined],
      [3, 800, 'PAY20261201000002', true, 'RF20261201000003', '50300000012026120100000001'],
    ]);
  });

  it('a bank export in GBK: preamble and 合计 skipped, money in only, separate date and time', async () => {
    const table = await readStatementFile(
      bankCsv([
        { date: '20261201', time: '10:15:00', credit: '12,000.00', payer: '上海某某商贸有限公司', serial: 'B001' },
        { date: '20261201', time: '11:00:00', debit: '500.00', payer: '房东', serial: 'B002' },
        {
          date: '20261202',
          time: '08:00:00',
          credit: '300.5',
          payer: '李四',
          serial: 'B003',
          memo: 'PAY20261201000009',
        },
      ]),
    );
    expect(table.headers).toEqual([
      '交易日期',
      '交易时间',
      '摘要',
      '收入金额',
      '支出金额',
      '余额',
      '对方户名',
      '对方账号',
      '交易流水号',
      '附言',
    ]);
    expect(table.rows).toHaveLength(3);
    const kind = detectKind(table.headers);
    expect(kind).toBe('bank');
    const mapping = suggestMapping(kind, table.headers);
    expect(mapping).toEqual({
      date: '交易日期',
      time: '交易时间',
      creditAmount: '收入金额',
      txnNo: '交易流水号',
      payer: '对方户名',
      memo: '附言',
    });
    const { lines, errors } = statementLines(table, kind, mapping);
    expect(errors).toEqual([]);
    expect(lines.map((l) => [l.lineNo, l.amount, l.occurredAt.toISOString(), l.payer, l.txnNo, l.memo])).toEqual([
      [4, 1200000, shanghai('2026-12-01T10:15:00').toISOString(), '上海某某商贸有限公司', 'B001', undefined],
      [6, 30050, shanghai('2026-12-02T08:00:00').toISOString(), '李四', 'B003', 'PAY20261201000009'],
    ]);
  });

  it('a bank .xlsx with date cells and numeric amounts; a tab-separated export', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('明细');
    sheet.addRow(['招商银行交易明细']);
    sheet.addRow(['记账日期', '交易时间', '贷方金额', '借方金额', '对方户名', '流水号', '用途']);
    sheet.addRow([new Date(Date.UTC(2026, 11, 1, 0, 0, 0)), '14:20:00', 1234.5, null, '王五', 'C1', '货款']);
    sheet.addRow([new Date(Date.UTC(2026, 11, 1, 0, 0, 0)), '15:00:00', null, 99, '某某', 'C2', '']);
    const table = await readStatementFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(table.rowNumbers).toEqual([3, 4]);
    const mapping = suggestMapping(detectKind(table.headers), table.headers);
    expect(mapping).toMatchObject({ date: '记账日期', time: '交易时间', creditAmount: '贷方金额', txnNo: '流水号' });
    const { lines } = statementLines(table, 'bank', mapping);
    expect(lines).toEqual([
      expect.objectContaining({ lineNo: 3, amount: 123450, occurredAt: shanghai('2026-12-01T14:20:00'), memo: '货款' }),
    ]);

    const tsv = await readStatementFile(Buffer.from('日期\t金额\t对方户名\t摘要\n2026-12-01\t1,000.00\t甲\t货款\n'));
    const tsvMapping = suggestMapping('bank', tsv.headers);
    expect(tsvMapping).toEqual({ date: '日期', amount: '金额', payer: '对方户名', memo: '摘要' });
    expect(statementLines(tsv, 'bank', tsvMapping).lines[0]).toMatchObject({ amount: 100000, payer: '甲' });
  });

  it('rejects garbage with the row number, and mappings naming missing columns', async () => {
    const table = await readStatementFile(
      Buffer.from('交易日期,收入金额,对方户名\n2026-12-01,abc,甲\n2026-12-32,1.00,乙\n2026-12-02,2.00,丙\n'),
    );
    const mapping = { date: '交易日期', creditAmount: '收入金额', payer: '对方户名' };
    const { lines, errors } = statementLines(table, 'bank', mapping);
    expect(lines).toHaveLength(1);
    expect(errors).toEqual([
      { path: '/body/file/2/amount', message: expect.stringContaining('第 2 行') },
      { path: '/body/file/3/date', message: expect.stringContaining('第 3 行') },
    ]);
    expect(mappingErrors({ date: '日期', memo: '附言' }, table.headers).map((e) => e.path)).toEqual([
      '/body/mapping/amount',
      '/body/mapping/date',
      '/body/mapping/memo',
    ]);
    expect(mappingErrors(mapping, table.headers)).toEqual([]);
  });

  it('refuses old .xls files and files without a header', async () => {
    await expect(readStatementFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toThrow(StatementFileError);
    await expect(readStatementFile(Buffer.from('hello\n'))).rejects.toThrow(StatementFileError);
    await expect(readStatementFile(Buffer.from([0x50, 0x4b, 1, 2, 3]))).rejects.toThrow(StatementFileError);
  });
});
