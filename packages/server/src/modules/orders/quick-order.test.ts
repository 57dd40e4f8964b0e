import { describe, expect, it } from 'vitest';
import { chineseNumber, itemsFromSheet, parseQuantity, parseQuickOrderText } from './quick-order.ts';

/** [query, quantity, unitName] of every item. */
const parse = (text: string) => parseQuickOrderText(text).map((i) => [i.query, i.quantity, i.unitName]);

describe('chineseNumber', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['二十五', 25],
    ['一百', 100],
    ['一百零五', 105],
    ['两千三百', 2300],
    ['三万', 30000],
    ['零', 0],
  ])('%s → %d', (text, value) => expect(chineseNumber(text)).toBe(value));

  it.each(['二五', '十十', '百十百', '', '箱'])('%s is no numeral', (text) => expect(chineseNumber(text)).toBeNull());
});

describe('parseQuickOrderText', () => {
  it('reads the chat message of the issue', () => {
    expect(parse('可乐 10箱，雪碧5箱')).toEqual([
      ['可乐', 10, '箱'],
      ['雪碧', 5, '箱'],
    ]);
    expect(parse('可口可乐330ml*24 3件; 6901234567890 x2; SKU-001 5')).toEqual([
      ['可口可乐330ml*24', 3, '件'],
      ['6901234567890', 2, null],
      ['SKU-001', 5, null],
    ]);
  });

  it('splits on newlines, Chinese and ASCII punctuation, 和 and 还有', () => {
    expect(parse('可乐 10箱\n雪碧 5箱\r\n芬达 2箱')).toHaveLength(3);
    expect(parse('可乐10箱、雪碧5箱；芬达2箱。美年达1箱')).toEqual([
      ['可乐', 10, '箱'],
      ['雪碧', 5, '箱'],
      ['芬达', 2, '箱'],
      ['美年达', 1, '箱'],
    ]);
    expect(parse('可乐10箱和雪碧5箱还有芬达两箱')).toEqual([
      ['可乐', 10, '箱'],
      ['雪碧', 5, '箱'],
      ['芬达', 2, '箱'],
    ]);
  });

  it('keeps 和 inside a name when no quantity comes before it', () => {
    expect(parse('和其正凉茶 5箱')).toEqual([['和其正凉茶', 5, '箱']]);
  });

  it('reads every quantity form: 10箱, 10 箱, x10, X10, *10, ×10, full-width digits', () => {
    expect(parse('可乐10箱')).toEqual([['可乐', 10, '箱']]);
    expect(parse('可乐 10 箱')).toEqual([['可乐', 10, '箱']]);
    expect(parse('可乐x10')).toEqual([['可乐', 10, null]]);
    expect(parse('可乐 X10')).toEqual([['可乐', 10, null]]);
    expect(parse('可乐*10')).toEqual([['可乐', 10, null]]);
    expect(parse('可乐 × 10 瓶')).toEqual([['可乐', 10, '瓶']]);
    expect(parse('可乐１０箱，雪碧　５瓶')).toEqual([
      ['可乐', 10, '箱'],
      ['雪碧', 5, '瓶'],
    ]);
    expect(parse('可乐：10箱')).toEqual([['可乐', 10, '箱']]);
  });

  it('reads Chinese numerals before a unit word', () => {
    expect(parse('可乐十箱，雪碧两箱，芬达二十瓶，红牛一百零五听')).toEqual([
      ['可乐', 10, '箱'],
      ['雪碧', 2, '箱'],
      ['芬达', 20, '瓶'],
      ['红牛', 105, '听'],
    ]);
  });

  it('reads a quantity written first: 10箱可乐, 来两箱雪碧', () => {
    expect(parse('10箱可乐，来两箱雪碧，要5瓶芬达')).toEqual([
      ['可乐', 10, '箱'],
      ['雪碧', 2, '箱'],
      ['芬达', 5, '瓶'],
    ]);
  });

  it('defaults the quantity to 1 and leaves the unit to the SKU', () => {
    expect(parseQuickOrderText('可口可乐')).toEqual([
      { input: '可口可乐', query: '可口可乐', quantity: 1, unitName: null, issue: null },
    ]);
  });

  it('keeps the raw text of each item as input', () => {
    expect(parseQuickOrderText('可乐１０箱，  雪碧5箱吧').map((i) => i.input)).toEqual(['可乐１０箱', '雪碧5箱吧']);
  });

  it('leaves numbers that belong to a name, code or spec alone', () => {
    expect(parse('SKU-001')).toEqual([['SKU-001', 1, null]]);
    expect(parse('A4纸 5包')).toEqual([['A4纸', 5, '包']]);
    expect(parse('A4')).toEqual([['A4', 1, null]]);
    expect(parse('可口可乐330ml')).toEqual([['可口可乐330ml', 1, null]]);
    expect(parse('可口可乐330ml*24')).toEqual([['可口可乐330ml*24', 1, null]]);
    expect(parse('农夫山泉550毫升 3箱')).toEqual([['农夫山泉550毫升', 3, '箱']]);
    expect(parse('雪碧 2L')).toEqual([['雪碧 2L', 1, null]]);
    expect(parse('可口可乐 24瓶装 3箱')).toEqual([['可口可乐 24瓶装', 3, '箱']]);
    expect(parse('可口可乐24瓶装')).toEqual([['可口可乐24瓶装', 1, null]]);
    expect(parse('王守义十三香 10包')).toEqual([['王守义十三香', 10, '包']]);
    expect(parse('王守义十三香')).toEqual([['王守义十三香', 1, null]]);
    expect(parse('三只松鼠坚果 5袋')).toEqual([['三只松鼠坚果', 5, '袋']]);
    expect(parse('六个核桃')).toEqual([['六个核桃', 1, null]]);
    expect(parse('6901234567890')).toEqual([['6901234567890', 1, null]]);
    expect(parse('可乐 1.5')).toEqual([['可乐 1.5', 1, null]]);
  });

  it('splits items written without a separator after a unit word', () => {
    expect(parse('可乐10箱雪碧5箱')).toEqual([
      ['可乐', 10, '箱'],
      ['雪碧', 5, '箱'],
    ]);
    expect(parse('可乐 10箱 雪碧 5瓶 芬达 两箱')).toEqual([
      ['可乐', 10, '箱'],
      ['雪碧', 5, '瓶'],
      ['芬达', 2, '箱'],
    ]);
  });

  it('gives 各 its quantity to every item listed before it', () => {
    expect(parse('可乐、雪碧、芬达各5箱，红牛2箱')).toEqual([
      ['可乐', 5, '箱'],
      ['雪碧', 5, '箱'],
      ['芬达', 5, '箱'],
      ['红牛', 2, '箱'],
    ]);
  });

  it('drops chat fillers: 我要, 再来, 吧, 谢谢, punctuation', () => {
    expect(parse('老板，我要可乐10箱，再来雪碧5箱吧，谢谢！')).toEqual([
      ['可乐', 10, '箱'],
      ['雪碧', 5, '箱'],
    ]);
    expect(parse('娃哈哈 2箱哈')).toEqual([['娃哈哈', 2, '箱']]);
    expect(parse('加多宝 3箱')).toEqual([['加多宝', 3, '箱']]);
  });

  it('reads a unit the parser does not know after digits (the SKU decides)', () => {
    expect(parse('啤酒 3扎, 纸巾 2提')).toEqual([
      ['啤酒', 3, '扎'],
      ['纸巾', 2, '提'],
    ]);
    expect(parse('牛奶 2托')).toEqual([['牛奶', 2, '托']]);
  });

  it('marks a zero quantity', () => {
    expect(parseQuickOrderText('可乐 0箱')[0]).toMatchObject({ quantity: 0, issue: expect.stringContaining('1') });
  });

  it('gives no items for blank text and skips empty pieces', () => {
    expect(parseQuickOrderText('  \n ，, ;  ')).toEqual([]);
    expect(parse('可乐10箱,,\n\n雪碧')).toEqual([
      ['可乐', 10, '箱'],
      ['雪碧', 1, null],
    ]);
  });

  it('never throws on odd input', () => {
    for (const text of ['x', '*', '10', '箱', '十', '和和和', '还有', '🍺🍺 3箱', 'a'.repeat(5000), '1'.repeat(5000)]) {
      expect(() => parseQuickOrderText(text)).not.toThrow();
    }
  });
});

describe('parseQuantity (sheet cells)', () => {
  it.each([
    ['5', { quantity: 5, unitName: null }],
    ['５', { quantity: 5, unitName: null }],
    ['5箱', { quantity: 5, unitName: '箱' }],
    ['两箱', { quantity: 2, unitName: '箱' }],
    ['十', { quantity: 10, unitName: null }],
  ])('%s', (text, expected) => expect(parseQuantity(text)).toEqual(expected));

  it.each(['2.5', 'abc', '5 boxes', '99999999'])('%s is none', (text) => expect(parseQuantity(text)).toBeNull());
});

describe('itemsFromSheet', () => {
  it('finds the columns by header, in any order, and takes the first filled item column', () => {
    const items = itemsFromSheet(
      [
        ['单位', '数量', '商品编码', '名称'],
        ['箱', '3', 'SKU-001', ''],
        ['', '2', '', '可口可乐'],
        ['', '', '', ''],
        ['', '两箱', '', '雪碧'],
      ],
      [1, 2, 3, 4, 5],
    );
    expect(items.map((i) => [i.row, i.query, i.quantity, i.unitName])).toEqual([
      [2, 'SKU-001', 3, '箱'],
      [3, '可口可乐', 2, null],
      [5, '雪碧', 2, '箱'],
    ]);
  });

  it('reads the first three columns when no header names them', () => {
    const items = itemsFromSheet(
      [
        ['6901234567890', '2', ''],
        ['可乐', '', '瓶'],
      ],
      [1, 2],
    );
    expect(items.map((i) => [i.row, i.query, i.quantity, i.unitName, i.issue])).toEqual([
      [1, '6901234567890', 2, null, null],
      [2, '可乐', 1, '瓶', null],
    ]);
  });

  it('reports a quantity that is not a whole number and a row without an item', () => {
    const items = itemsFromSheet(
      [
        ['商品编码/条码/名称', '数量', '单位'],
        ['可乐', '2.5', '箱'],
        ['', '3', ''],
      ],
      [1, 2, 3],
    );
    expect(items.map((i) => [i.query, i.quantity, i.issue !== null])).toEqual([
      ['可乐', 1, true],
      ['', 3, true],
    ]);
  });
});
