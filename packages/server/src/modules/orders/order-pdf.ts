import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { rmbCapital } from '../../lib/rmb-capital.ts';
import { yuan } from '../pricing/price-rules.ts';
import { type PickingListData, type PickRow, shanghaiTime } from './order-documents.ts';
import { statusNames } from './order-lifecycle.ts';
import type { OrderViewRow } from './orders.query.ts';

/** Shown at the top of every document until the supplier's name is a setting. */
export const SUPPLIER_NAME = '订货 Dinghuo';

// pdfmake is CommonJS without types: the few calls used here, typed loosely.
type Node =
  | string
  | number
  | boolean
  | null
  | undefined
  | Node[]
  | { [key: string]: Node | ((...args: never[]) => unknown) };
export type Content = Node;
export interface DocDefinition {
  info?: Record<string, string>;
  pageSize: 'A4';
  pageMargins: [number, number, number, number];
  defaultStyle: Record<string, Node>;
  styles?: Record<string, Record<string, Node>>;
  watermark?: Record<string, Node>;
  footer?: (page: number, pages: number) => Content;
  content: Content[];
}
interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: DocDefinition): { getBuffer(): Promise<Buffer> };
}

// Loaded at run time (not bundled): pdfkit reads data files beside its own code.
const requireCjs = createRequire(import.meta.url);
let pdfmake: PdfMake | undefined;

/**
 * pdfmake with Noto Sans SC, read once per process on the first PDF (two ~10 MB files; pdfkit
 * embeds only the glyphs a document uses). Fonts come from its in-memory file system, so neither
 * URLs nor local paths are ever opened.
 */
function printer(): PdfMake {
  if (pdfmake) return pdfmake;
  const lib = requireCjs('pdfmake') as PdfMake;
  const font = (file: string) => readFileSync(requireCjs.resolve(`@expo-google-fonts/noto-sans-sc/${file}`));
  lib.virtualfs.writeFileSync('NotoSansSC-Regular.ttf', font('400Regular/NotoSansSC_400Regular.ttf'));
  lib.virtualfs.writeFileSync('NotoSansSC-Bold.ttf', font('700Bold/NotoSansSC_700Bold.ttf'));
  lib.setFonts({
    NotoSansSC: {
      normal: 'NotoSansSC-Regular.ttf',
      bold: 'NotoSansSC-Bold.ttf',
      italics: 'NotoSansSC-Regular.ttf',
      bolditalics: 'NotoSansSC-Bold.ttf',
    },
  });
  lib.setUrlAccessPolicy(() => false);
  lib.setLocalAccessPolicy(() => false);
  pdfmake = lib;
  return lib;
}

export const render = (doc: DocDefinition) => printer().createPdf(doc).getBuffer();

const GRID = '#555555';
/** Thin grid lines and roomy cells, like a printed form. */
export const gridLayout = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  hLineColor: () => GRID,
  vLineColor: () => GRID,
  paddingTop: () => 4,
  paddingBottom: () => 4,
  paddingLeft: () => 4,
  paddingRight: () => 4,
};

export const styles = {
  supplier: { fontSize: 11, color: '#333333', alignment: 'center' },
  title: { fontSize: 20, bold: true, alignment: 'center', characterSpacing: 6, margin: [0, 2, 0, 10] },
  label: { color: '#555555' },
  th: { bold: true, fillColor: '#eeeeee', alignment: 'center' },
  section: { fontSize: 11, bold: true, margin: [0, 12, 0, 4] },
  number: { alignment: 'right' },
};

function base(title: string, order: OrderViewRow, printedAt: Date, content: Content[]): DocDefinition {
  return {
    info: { title: `${title} ${order.number}`, subject: order.number, creator: SUPPLIER_NAME },
    pageSize: 'A4',
    pageMargins: [40, 36, 40, 48],
    defaultStyle: { font: 'NotoSansSC', fontSize: 10, lineHeight: 1.15 },
    styles,
    ...(order.status === 'cancelled'
      ? { watermark: { text: '已取消', color: '#cc0000', opacity: 0.12, bold: true, fontSize: 96 } }
      : {}),
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
      { text: title.split('').join(' '), style: 'title' },
      ...content,
    ],
  };
}

const field = (label: string, value: string): Content => ({
  text: [{ text: `${label}：`, style: 'label' }, value || '—'],
});

function addressText(order: OrderViewRow): string {
  const a = order.address;
  return a ? [a.province, a.city, a.district, a.address].filter(Boolean).join(' ') : '';
}

/** The order's head: number (large), customer, contact, address, status and remark, in two columns. */
function orderHead(order: OrderViewRow): Content {
  const a = order.address;
  return {
    table: {
      widths: ['*', '*'],
      body: [
        [
          {
            text: [
              { text: '订单号：', style: 'label' },
              { text: order.number, bold: true, fontSize: 13 },
            ],
          },
          field('下单时间', shanghaiTime(order.createdAt)),
        ],
        [field('客户', order.customerName), field('订单状态', statusNames[order.status])],
        [field('联系人', a ? `${a.contactName}  ${a.phone}` : ''), field('业务员', order.salespersonName ?? '')],
        [{ ...(field('收货地址', addressText(order)) as object), colSpan: 2 }, ''],
        [{ ...(field('备注', order.remark) as object), colSpan: 2 }, ''],
      ],
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 8],
  };
}

const signatures = (labels: string[]): Content => ({
  columns: labels.map((label) => ({ text: `${label}：________________` })),
  margin: [0, 28, 0, 0],
});

const th = (text: string): Content => ({ text, style: 'th' });

/** 3 箱, or 1 箱 4 瓶 when the base units do not fill whole units of the line. */
export function inLineUnit(row: Pick<PickRow, 'baseQuantity' | 'unitFactor' | 'unitName' | 'baseUnit'>): string {
  const whole = Math.floor(row.baseQuantity / row.unitFactor);
  const rest = row.baseQuantity % row.unitFactor;
  if (rest === 0) return `${whole} ${row.unitName}`;
  return whole > 0 ? `${whole} ${row.unitName} ${rest} ${row.baseUnit}` : `${rest} ${row.baseUnit}`;
}

// A fresh node per cell: pdfmake writes its layout into the nodes it is given.
const checkbox = (): Content => ({
  canvas: [{ type: 'rect', x: 0, y: 1, w: 10, h: 10, lineWidth: 0.8, lineColor: '#000000' }],
  alignment: 'center',
});

/** 拣货单: per warehouse what is left to pick, with a box to tick, and the pickers' signatures. */
export function pickingListPdf(data: PickingListData, printedAt = new Date()): Promise<Buffer> {
  const groups: Content[] = data.groups.length
    ? data.groups.map((group) => [
        {
          text: group.warehouse
            ? `仓库：${group.warehouse.name}（${group.warehouse.code}）`
            : '缺货待补：库存未预留，到货后从默认仓发货',
          style: 'section',
        },
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [22, 70, '*', 70, 62, 58, 24],
            body: [
              ['序号', '商品编码', '商品名称', '规格', '数量', '基本单位', '已拣'].map(th),
              ...group.rows.map((r) => [
                { text: String(r.lineNo), alignment: 'center' },
                r.skuCode,
                r.productName,
                r.skuName,
                { text: inLineUnit(r), bold: true, style: 'number' },
                { text: `${r.baseQuantity} ${r.baseUnit}`, style: 'number' },
                checkbox(),
              ]),
            ],
          },
          layout: gridLayout,
        },
      ])
    : [{ text: '没有待拣的商品：订单已全部发货或已取消。', style: 'section' }];
  return render(
    base('拣货单', data.order, printedAt, [orderHead(data.order), ...groups, signatures(['拣货人', '复核人', '日期'])]),
  );
}

/** 发货单: lines with prices and amounts, the total in figures and in 人民币大写, shipments, 收货人签字. */
export function deliveryNotePdf(order: OrderViewRow, printedAt = new Date()): Promise<Buffer> {
  const quantity = order.lines.reduce((sum, l) => sum + l.quantity, 0);
  const lines: Content = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [22, 68, '*', 60, 28, 40, 58, 66],
      body: [
        ['序号', '商品编码', '商品名称', '规格', '单位', '数量', '单价', '金额'].map(th),
        ...order.lines.map((l) => [
          { text: String(l.lineNo), alignment: 'center' },
          l.skuCode,
          l.productName,
          l.skuName,
          { text: l.unitName, alignment: 'center' },
          { text: String(l.quantity), style: 'number' },
          { text: yuan(l.unitPrice), style: 'number' },
          { text: yuan(l.amount), style: 'number' },
        ]),
        [
          { text: '合计', bold: true, alignment: 'center', colSpan: 5 },
          '',
          '',
          '',
          '',
          { text: String(quantity), bold: true, style: 'number' },
          '',
          { text: yuan(order.totalAmount), bold: true, style: 'number' },
        ],
        [
          {
            text: [
              { text: '金额合计（大写）：', style: 'label' },
              { text: `人民币${rmbCapital(order.totalAmount)}`, bold: true },
            ],
            colSpan: 8,
          },
          ...Array(7).fill(''),
        ],
      ],
    },
    layout: gridLayout,
  };
  const shipments: Content[] = order.shipments.length
    ? [
        { text: '物流信息', style: 'section' },
        {
          table: {
            headerRows: 1,
            widths: [90, 120, '*'],
            body: [
              ['发货时间', '承运商', '运单号'].map(th),
              ...order.shipments.map((s) => [shanghaiTime(s.createdAt), s.carrier || '—', s.trackingNumber || '—']),
            ],
          },
          layout: gridLayout,
        },
      ]
    : [];
  return render(
    base('发货单', order, printedAt, [
      orderHead(order),
      lines,
      ...shipments,
      { text: '请当面清点货物，如有短缺或破损请在签收时注明。', fontSize: 9, color: '#555555', margin: [0, 10, 0, 0] },
      signatures(['收货人签字', '签收日期', '送货人']),
    ]),
  );
}
