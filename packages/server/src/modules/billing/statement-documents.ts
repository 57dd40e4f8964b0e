import ExcelJS from 'exceljs';
import { shanghaiTime } from '../orders/order-documents.ts';
import { type Content, type DocDefinition, gridLayout, render, SUPPLIER_NAME, styles } from '../orders/order-pdf.ts';
import { yuan } from '../pricing/price-rules.ts';
import type { StatementLineKind, StatementView } from './statements.service.ts';

export const lineKindNames: Record<StatementLineKind, string> = {
  order: '订单',
  cancel: '取消',
  return: '退货',
  payment: '收款',
  refund: '退款',
  adjustment: '调整',
};

const responseNames = { confirmed: '已确认', disputed: '有异议' } as const;

const th = (text: string): Content => ({ text, style: 'th' });
const num = (fen: number): Content => ({ text: yuan(fen), style: 'number' });
const field = (label: string, value: string): Content => ({ text: [{ text: `${label}：`, style: 'label' }, value] });

/** 对账单 (A4 PDF): the month's lines with a running balance, the totals, the wallet, the answer. */
export function statementPdf(s: StatementView, printedAt = new Date()): Promise<Buffer> {
  const [year, month] = s.month.split('-');
  const totals: [StatementLineKind, string][] = [
    ['order', '本月订单'],
    ['cancel', '订单取消'],
    ['return', '退货冲减'],
    ['payment', '本月收款'],
    ['refund', '本月退款'],
    ['adjustment', '调整'],
  ];
  const doc: DocDefinition = {
    info: { title: `对账单 ${s.customerName} ${s.month}`, subject: s.month, creator: SUPPLIER_NAME },
    pageSize: 'A4',
    pageMargins: [40, 36, 40, 48],
    defaultStyle: { font: 'NotoSansSC', fontSize: 9.5, lineHeight: 1.15 },
    styles,
    footer: (page, pages) => ({
      columns: [
        { text: `打印时间：${shanghaiTime(printedAt)}`, color: '#666666' },
        { text: `第 ${page} / ${pages} 页`, alignment: 'right', color: '#666666' },
      ],
      fontSize: 8,
      margin: [40, 16, 40, 0],
    }),
    content: [
      { text: SUPPLIER_NAME, style: 'supplier' },
      { text: '对 账 单', style: 'title' },
      {
        columns: [
          field('客户', `${s.customerName}（${s.customerCode}）`),
          { ...(field('期间', `${year} 年 ${Number(month)} 月`) as object), alignment: 'right' },
        ],
        margin: [0, 0, 0, 8],
      },
      {
        table: {
          widths: ['*', '*', '*'],
          body: [
            [th('期初应收'), th('本期变动'), th('期末应收')],
            [num(s.openingBalance), num(s.closingBalance - s.openingBalance), num(s.closingBalance)],
          ],
        },
        layout: gridLayout,
      },
      { text: '明细', style: 'section' },
      {
        table: {
          headerRows: 1,
          widths: [78, 34, 96, '*', 62, 62],
          body: [
            [th('时间'), th('类型'), th('单号'), th('摘要'), th('金额'), th('余额')],
            [{ text: '期初余额', colSpan: 5 }, '', '', '', '', num(s.openingBalance)],
            ...s.lines.map((l) => [
              shanghaiTime(l.at).slice(0, 16),
              lineKindNames[l.kind],
              l.reference,
              l.orderNumber && l.orderNumber !== l.reference ? `${l.description}（${l.orderNumber}）` : l.description,
              num(l.amount),
              num(l.balance),
            ]),
            [
              { text: '期末余额', colSpan: 5, bold: true },
              '',
              '',
              '',
              '',
              { ...(num(s.closingBalance) as object), bold: true },
            ],
          ],
        },
        layout: gridLayout,
      },
      { text: '本期合计', style: 'section' },
      {
        table: {
          widths: totals.map(() => '*'),
          body: [totals.map(([, label]) => th(label)), totals.map(([kind]) => num(s.totals[kind]))],
        },
        layout: gridLayout,
      },
      { text: '预存款', style: 'section' },
      {
        table: {
          widths: ['*', '*', '*', '*', '*', '*'],
          body: [
            [th('期初'), th('充值'), th('支付'), th('退回'), th('调整'), th('期末')],
            [
              num(s.wallet.opening),
              num(s.wallet.topUps),
              num(s.wallet.payments),
              num(s.wallet.refunds),
              num(s.wallet.adjustments),
              num(s.wallet.closing),
            ],
          ],
        },
        layout: gridLayout,
      },
      {
        text: s.response
          ? `客户${responseNames[s.response.status]}：${s.response.respondedByName ?? ''} ${shanghaiTime(s.response.respondedAt)}${s.response.comment ? `，${s.response.comment}` : ''}`
          : '余额为正表示客户应付供应商，为负表示供应商应退客户。请核对后在订货端确认或提出异议。',
        margin: [0, 14, 0, 0],
        color: '#444444',
      },
      {
        columns: [{ text: '供应商（盖章）：' }, { text: '客户确认（盖章）：' }],
        margin: [0, 28, 0, 0],
      },
    ],
  };
  return render(doc);
}

/** 对账单 as .xlsx: a 明细 sheet (time, type, reference, description, amount, balance) and a 汇总 sheet. */
export async function statementWorkbook(s: StatementView): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = SUPPLIER_NAME;
  const money = { numFmt: '¥#,##0.00' };
  const lines = book.addWorksheet('明细', { views: [{ state: 'frozen', ySplit: 1 }] });
  lines.columns = [
    { header: '时间', key: 'at', width: 20 },
    { header: '类型', key: 'kind', width: 8 },
    { header: '单号', key: 'reference', width: 22 },
    { header: '订单号', key: 'order', width: 20 },
    { header: '摘要', key: 'description', width: 24 },
    { header: '金额', key: 'amount', width: 14, style: money },
    { header: '余额', key: 'balance', width: 14, style: money },
  ];
  lines.getRow(1).font = { bold: true };
  lines.addRow({
    at: '',
    kind: '',
    reference: '',
    order: '',
    description: '期初余额',
    balance: s.openingBalance / 100,
  });
  for (const l of s.lines) {
    lines.addRow({
      at: shanghaiTime(l.at),
      kind: lineKindNames[l.kind],
      reference: l.reference,
      order: l.orderNumber ?? '',
      description: l.description,
      amount: l.amount / 100,
      balance: l.balance / 100,
    });
  }
  lines.addRow({ description: '期末余额', balance: s.closingBalance / 100 }).font = { bold: true };

  const summary = book.addWorksheet('汇总');
  summary.columns = [
    { header: '项目', key: 'item', width: 16 },
    { header: '金额', key: 'amount', width: 16, style: money },
  ];
  summary.getRow(1).font = { bold: true };
  const rows: [string, number][] = [
    ['期初应收', s.openingBalance],
    ['本月订单', s.totals.order],
    ['订单取消', s.totals.cancel],
    ['退货冲减', s.totals.return],
    ['本月收款', s.totals.payment],
    ['本月退款', s.totals.refund],
    ['调整', s.totals.adjustment],
    ['期末应收', s.closingBalance],
    ['预存款期初', s.wallet.opening],
    ['预存款期末', s.wallet.closing],
  ];
  summary.addRow({ item: '客户', amount: `${s.customerName}（${s.customerCode}）` });
  summary.addRow({ item: '期间', amount: s.month });
  for (const [item, amount] of rows) summary.addRow({ item, amount: amount / 100 });
  return Buffer.from(await book.xlsx.writeBuffer());
}
