import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/index.ts';
import { describeEdit } from './edit-wording.ts';
import type { MyOrderEvent } from './order-types.ts';

const t = i18n.getFixedT('zh-CN');
const lines = [
  { skuCode: 'COLA-330', productName: '可口可乐', skuName: '330ml×24罐/箱' },
  { skuCode: 'FANTA-330', productName: '芬达', skuName: '330ml' },
];
const event = (overrides: Partial<MyOrderEvent>): MyOrderEvent => ({
  id: 1,
  kind: 'edited',
  fromStatus: 'pending_review',
  toStatus: 'pending_review',
  actorKind: 'staff',
  actorName: '王经理',
  createdAt: '2026-05-01T01:00:00Z',
  note: '',
  details: null,
  ...overrides,
});

describe('describeEdit', () => {
  it('says who changed which quantity, the amount, and the supplier’s reason', () => {
    const edited = event({
      note: '库存调整',
      details: {
        before: [{ skuCode: 'COLA-330', unitName: '箱', quantity: 10, unitPrice: 3980 }],
        after: [{ skuCode: 'COLA-330', unitName: '箱', quantity: 8, unitPrice: 3980 }],
        totalBefore: 39800,
        totalAfter: 31840,
      },
    });
    expect(describeEdit(edited, lines, t)).toBe(
      '供应商 · 王经理 修改了订单：可口可乐 10箱 → 8箱，金额 ¥398.00 → ¥318.40（原因：库存调整）',
    );
  });

  it('names removed and added lines (a removed SKU by its code), the remark and the address, for the buyer', () => {
    const edited = event({
      actorKind: 'customer',
      actorName: '张三',
      details: {
        before: [
          { skuCode: 'SPRITE-330', unitName: '箱', quantity: 5, unitPrice: 3600 },
          { skuCode: 'COLA-330', unitName: '箱', quantity: 2, unitPrice: 3980 },
        ],
        after: [
          { skuCode: 'COLA-330', unitName: '箱', quantity: 2, unitPrice: 3980 },
          { skuCode: 'FANTA-330', unitName: '瓶', quantity: 12, unitPrice: 250 },
        ],
        totalBefore: 25960,
        totalAfter: 10960,
        remark: '下午送',
        address: {
          contactName: '李四',
          province: '浙江省',
          city: '杭州市',
          district: '西湖区',
          address: '文三路 1 号',
        },
      },
    });
    expect(describeEdit(edited, lines, t)).toBe(
      '我方 · 张三 修改了订单：删除 SPRITE-330 5箱，新增 芬达 12瓶，金额 ¥259.60 → ¥109.60，备注改为「下午送」，收货地址改为 李四 浙江省 杭州市 西湖区 文三路 1 号',
    );
  });

  it('tells two SKUs of one product apart by the SKU name', () => {
    const twins = [...lines, { skuCode: 'COLA-500', productName: '可口可乐', skuName: '500ml×24瓶/箱' }];
    const edited = event({
      details: {
        before: [{ skuCode: 'COLA-500', unitName: '瓶', quantity: 24, unitPrice: 216 }],
        after: [{ skuCode: 'COLA-500', unitName: '瓶', quantity: 12, unitPrice: 216 }],
      },
    });
    expect(describeEdit(edited, twins, t)).toBe('供应商 · 王经理 修改了订单：可口可乐（500ml×24瓶/箱） 24瓶 → 12瓶');
  });

  it('reads in English too', () => {
    const edited = event({ details: { remark: '' } });
    expect(describeEdit(edited, lines, i18n.getFixedT('en-US'))).toBe(
      'Supplier · 王经理 changed the order: remark cleared',
    );
  });
});
