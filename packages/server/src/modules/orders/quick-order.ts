/**
 * Quick order (快速下单) input, parsed without the catalog: pasted lines or a chat message such as
 * "可乐 10箱，雪碧5箱" or "可口可乐330ml*24 3件; 6901234567890 x2; SKU-001 5" becomes items of
 * {query, quantity, unit word}. The grammar is in docs/orders.md, "Quick order"; matching the query against
 * the catalog is quick-order.service.ts.
 */

export const MAX_TEXT_LENGTH = 5000;
export const MAX_ITEMS = 200;
/** The largest quantity of one line an order accepts (orders.schemas.ts). */
export const MAX_QUANTITY = 1_000_000;

export interface ParsedItem {
  /** The item as the buyer wrote it. */
  input: string;
  /** Name, pinyin, SKU code or barcode to look up. */
  query: string;
  /** In `unitName` (or the SKU's default unit when null); 1 when none was written. */
  quantity: number;
  unitName: string | null;
  /** What is wrong with the item as written (a quantity that is no whole number), or null. */
  issue: string | null;
}

const NUMERALS = '零〇一二两三四五六七八九十百千万';
/** Unit words that are safe to read after a Chinese numeral anywhere (两箱雪碧, 可乐十箱雪碧五箱). */
const STRONG_UNITS = '箱 瓶 件 包 袋 桶 盒 听 罐 提 板 条 支 杯 套 卷 捆 扎 筐 坛 壶 盘 组 台 份 排'.split(' ');
/** Also unit words, but common inside names after a numeral (三只松鼠, 六个核桃): only read at the end. */
const WEAK_UNITS = '个 只 根 块 片 张 本 双 对 把 斤 打 粒 串 颗 枚'.split(' ');
const KNOWN_UNITS = [...STRONG_UNITS, ...WEAK_UNITS];
/** Words after a number that make it part of the name (330毫升, 5公斤, 2024年), never a quantity. */
const NOT_UNITS = new Set(
  '毫升 升 克 千克 公斤 毫米 厘米 米 寸 英寸 度 元 年 月 日 号 代 码 岁 倍 层 人 天 款 种 色 味'.split(' '),
);
const PARTICLES = '吧啊呀哦哈呢了嘛哟喔噢';
/** Pieces of a chat message that are no item at all. */
const GREETINGS = /^(?:谢谢|多谢|谢了|麻烦了|辛苦了|thx|thanks|你好|您好|老板好?|在吗|在不在)$/i;

const CJK = '\\u3400-\\u9fff';
const isCjk = (c: string | undefined) => c !== undefined && /[\u3400-\u9fff]/.test(c);
const anyUnit = KNOWN_UNITS.join('|');
const numberPart = `(?:\\d+|[${NUMERALS}]+)`;

/** Full-width ASCII and the ideographic space to their narrow forms, one character for one (indices stay). */
const foldWidth = (text: string) =>
  text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SCALES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 十 → 10, 两 → 2, 二十五 → 25, 一百零五 → 105, 三万 → 30000; null for text that is no such numeral. */
export function chineseNumber(text: string): number | null {
  if (!text) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastScale = Number.POSITIVE_INFINITY;
  for (const ch of text) {
    if (ch === '零' || ch === '〇') {
      if (text.length === 1) return 0;
      digit = null;
    } else if (ch in DIGITS) {
      if (digit !== null) return null; // 二五: positional digits are not how quantities are said
      digit = DIGITS[ch];
    } else if (ch === '万') {
      if (total) return null;
      total = (section + (digit ?? 0) || 1) * 10_000;
      section = 0;
      digit = null;
      lastScale = Number.POSITIVE_INFINITY;
    } else if (ch in SCALES) {
      const scale = SCALES[ch];
      if (scale >= lastScale) return null;
      section += (digit ?? 1) * scale;
      digit = null;
      lastScale = scale;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

const numberValue = (text: string) =>
  /^\d+$/.test(text) ? (text.length > 7 ? null : Number(text)) : chineseNumber(text);

interface Piece {
  start: number;
  end: number;
  /** The separator written before this piece ('' for the first). */
  sep: string;
}

// A quantity that ends the text before a separator: "10箱", "十箱", "x2", "5".
const endsWithQuantity = new RegExp(`(?:\\d|[${NUMERALS}])\\s*(?:${anyUnit})?\\s*$`);
// Where "可乐10箱雪碧5箱" or "可乐 10箱 雪碧 5箱" has a second item without a separator: after a
// number and a unit word, before a name (not 装: "24瓶装" is part of a name, not a particle).
const glued = new RegExp(
  `(?<![\\d${NUMERALS}a-z\\-_.])(\\d+|[${NUMERALS}]+)\\s*(${anyUnit})(?=\\s*[^\\s\\d${NUMERALS}装${PARTICLES}!?~.])`,
  'gi',
);

/** Splits the folded text into item pieces: hard separators, then 和 after a quantity, then glued items. */
function splitPieces(folded: string): Piece[] {
  const hard: Piece[] = [];
  const separators = /\r?\n|[,;、。]|还有|另外/g;
  let start = 0;
  let sep = '';
  for (const m of folded.matchAll(separators)) {
    hard.push({ start, end: m.index, sep });
    start = m.index + m[0].length;
    sep = m[0];
  }
  hard.push({ start, end: folded.length, sep });

  const pieces: Piece[] = [];
  for (const piece of hard) {
    const cuts: { at: number; skip: number }[] = [];
    const text = folded.slice(piece.start, piece.end);
    for (const m of text.matchAll(/和/g)) {
      if (endsWithQuantity.test(text.slice(0, m.index))) cuts.push({ at: m.index, skip: 1 });
    }
    // A piece that opens with its quantity ("10箱可乐") is one item: its later numbers are not cuts.
    if (!new RegExp(`^${numberPart}\\s*(?:${anyUnit})`).test(stripFillers(text))) {
      for (const m of text.matchAll(glued)) {
        const before = stripFillers(text.slice(cuts.findLast((c) => c.at < m.index)?.at ?? 0, m.index));
        const numeral = !/^\d/.test(m[1]);
        if (!before.trim() || (numeral && !STRONG_UNITS.includes(m[2]))) continue;
        cuts.push({ at: m.index + m[0].length, skip: 0 });
      }
    }
    // "可乐10箱和雪碧5箱" is cut both before 和 and after 10箱: one cut, the one that drops 和.
    cuts.sort((a, b) => a.at - b.at || b.skip - a.skip);
    let from = 0;
    let pieceSep = piece.sep;
    for (const cut of cuts.filter((c, i) => i === 0 || c.at !== cuts[i - 1].at)) {
      pieces.push({ start: piece.start + from, end: piece.start + cut.at, sep: pieceSep });
      from = cut.at + cut.skip;
      pieceSep = cut.skip ? '和' : ' ';
    }
    pieces.push({ start: piece.start + from, end: piece.end, sep: pieceSep });
  }
  return pieces;
}

/** Drops what a chat message says around an item: 我要, 再来, 要, 来 (before a number), 谢谢, 吧. */
function stripFillers(text: string): string {
  return text
    .trim()
    .replace(/^(?:我想要|我要|还要|再来|再要|另要|帮我|给我|麻烦|请)\s*/, '')
    .replace(new RegExp(`^要\\s*|^[来拿订加补]\\s*(?=[\\d${NUMERALS}])`), '')
    .replace(/\s*(?:谢谢|多谢|谢了|thx|thanks)\s*$/i, '')
    .replace(/[\s!?~…]+$/, '')
    .replace(new RegExp(`((?:\\d|[${NUMERALS}]|${anyUnit})\\s*)[${PARTICLES}]+$`), '$1')
    .trim();
}

interface Quantity {
  query: string;
  quantity: number;
  unitName: string | null;
}

const trailing = new RegExp(`(?:([x×*])\\s*)?(?<![\\d${NUMERALS}])(\\d+|[${NUMERALS}]+)\\s*([${CJK}]{1,2})?$`, 'i');
const leading = new RegExp(`^(\\d+|[${NUMERALS}]+)\\s*(${anyUnit})\\s*(?!装)(.+)$`);
const cleanQuery = (text: string) => text.replace(/[\s:=\-–—~]+$/, '').trim();

/** The quantity written at the end ("可乐 10箱", "x2", "SKU-001 5") or start ("两箱雪碧"), or null. */
function readQuantity(text: string): Quantity | null {
  const m = trailing.exec(text);
  if (m) {
    const [, mark, digits, unit] = m;
    const numeral = !/^\d/.test(digits);
    const value = numberValue(digits);
    const at = m.index;
    const before = text[at - 1];
    const query = cleanQuery(text.slice(0, at));
    const unitOk =
      unit === undefined ||
      (numeral ? KNOWN_UNITS.includes(unit) : !unit.endsWith('装') && !NOT_UNITS.has(unit) && !NOT_UNITS.has(unit[0]));
    // A mark right after a letter or a short number is a pack spec (330ml*24, 500*24), not a quantity;
    // a number glued to letters, '-' or '.' is part of a code or a decimal (SKU-001, A4, 1.5).
    const markOk = mark
      ? !/[a-z]/i.test(before ?? '') && (!/\d/.test(before ?? '') || /\d{6,}$/.test(text.slice(0, at)))
      : before === undefined || /[\s)\]】:=]/.test(before) || isCjk(before);
    if (value !== null && value <= MAX_QUANTITY && unitOk && markOk && query && !(numeral && !unit && !mark)) {
      return { query, quantity: value, unitName: unit ?? null };
    }
  }
  const lead = leading.exec(text);
  if (lead) {
    const [, digits, unit, rest] = lead;
    const value = numberValue(digits);
    const numeral = !/^\d/.test(digits);
    if (value !== null && value <= MAX_QUANTITY && (!numeral || STRONG_UNITS.includes(unit)) && cleanQuery(rest)) {
      return { query: cleanQuery(rest), quantity: value, unitName: unit };
    }
  }
  return null;
}

/** A quantity cell of a sheet: "5", "5箱", "十", "两箱"; null when it is none. */
export function parseQuantity(text: string): { quantity: number; unitName: string | null } | null {
  const m = new RegExp(`^(\\d+|[${NUMERALS}]+)\\s*([${CJK}]{1,3})?$`).exec(foldWidth(text).trim());
  const value = m ? numberValue(m[1]) : null;
  if (!m || value === null || value > MAX_QUANTITY) return null;
  return { quantity: value, unitName: m[2] ?? null };
}

const quantityIssue = (quantity: number) => (quantity < 1 ? '数量至少为 1 / quantity must be at least 1' : null);

/**
 * The items of a pasted text or chat message, in order. Never throws: text that holds no item gives
 * an empty list; the caller decides what too many items means.
 */
export function parseQuickOrderText(text: string): ParsedItem[] {
  const folded = foldWidth(text);
  const items: (ParsedItem & { sep: string; given: boolean })[] = [];
  for (const piece of splitPieces(folded)) {
    const input = text.slice(piece.start, piece.end).trim();
    let body = stripFillers(folded.slice(piece.start, piece.end));
    if (!body || GREETINGS.test(body)) continue;
    let each = false;
    const read = readQuantity(body);
    if (read && /各$/.test(read.query)) {
      each = true;
      read.query = cleanQuery(read.query.slice(0, -1));
    }
    body = read?.query ?? body;
    if (!body) continue;
    const item = {
      input,
      query: body,
      quantity: read?.quantity ?? 1,
      unitName: read?.unitName ?? null,
      issue: read ? quantityIssue(read.quantity) : null,
      sep: piece.sep,
      given: read !== null,
    };
    // "可乐、雪碧各5箱": the items listed before 各 without a quantity of their own take its quantity.
    if (each && read) {
      for (let i = items.length - 1, sep = piece.sep; i >= 0 && /^[,、和 ]$/.test(sep) && !items[i].given; i--) {
        Object.assign(items[i], { quantity: read.quantity, unitName: read.unitName, given: true });
        sep = items[i].sep;
      }
    }
    items.push(item);
  }
  return items.map(({ sep: _s, given: _g, ...item }) => item);
}

// ---- sheets -----------------------------------------------------------------------------------

const ITEM_HEADERS = [
  '商品编码/条码/名称',
  '商品编码',
  'SKU编码',
  '编码',
  '条码',
  '商品条码',
  '名称',
  '商品名称',
  '商品',
  '品名',
];
const QUANTITY_HEADERS = ['数量', '订货数量', '订购数量', '采购数量'];
const UNIT_HEADERS = ['单位', '订货单位'];

export const SHEET_COLUMNS = {
  item: ITEM_HEADERS[0],
  quantity: QUANTITY_HEADERS[0],
  unit: UNIT_HEADERS[0],
} as const;

/**
 * The items of an uploaded sheet (cell texts by row, `rowNumbers` their sheet rows). A first row that
 * names the columns (商品编码/条码/名称 or any of 编码, 条码, 名称…; 数量; 单位) is the header, and
 * for each row the first filled item column counts; without one the columns are item, 数量, 单位.
 */
export function itemsFromSheet(rows: string[][], rowNumbers: number[]): (ParsedItem & { row: number })[] {
  const normal = (cell: string | undefined) => (cell ?? '').replace(/\s|\*/g, '');
  const header = rows[0]?.map(normal) ?? [];
  const itemCols = ITEM_HEADERS.map((h) => header.indexOf(h)).filter((i) => i >= 0);
  const hasHeader = itemCols.length > 0;
  const quantityCol = hasHeader ? header.findIndex((h) => QUANTITY_HEADERS.includes(h)) : 1;
  const unitCol = hasHeader ? header.findIndex((h) => UNIT_HEADERS.includes(h)) : 2;
  const items: (ParsedItem & { row: number })[] = [];
  rows.forEach((cells, i) => {
    if (hasHeader && i === 0) return;
    const query = (hasHeader ? itemCols : [0]).map((c) => (cells[c] ?? '').trim()).find(Boolean) ?? '';
    const quantityText = quantityCol >= 0 ? (cells[quantityCol] ?? '').trim() : '';
    const unitText = unitCol >= 0 ? (cells[unitCol] ?? '').trim() : '';
    if (!query && !quantityText) return;
    const read = quantityText ? parseQuantity(quantityText) : { quantity: 1, unitName: null };
    items.push({
      row: rowNumbers[i],
      input: [query, quantityText, unitText].filter(Boolean).join(' '),
      query,
      quantity: read?.quantity ?? 1,
      unitName: unitText || read?.unitName || null,
      issue: !query
        ? '缺少商品编码、条码或名称 / no code, barcode or name'
        : read
          ? quantityIssue(read.quantity)
          : `数量「${quantityText}」不是整数 / quantity is not a whole number`,
    });
  });
  return items;
}
