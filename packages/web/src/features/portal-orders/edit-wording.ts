import type { TFunction } from 'i18next';
import { formatMoney } from '../../lib/money.ts';
import { formatRegion, type RegionNames } from '../../lib/regions.ts';
import { actorSide } from './order-stages.ts';
import type { MyOrder, MyOrderEvent } from './order-types.ts';

/** A line as an `edited` event records it, before or after (details.before / details.after). */
interface EditedLine {
  skuCode: string;
  unitName: string;
  quantity: number;
}

const editedLines = (value: unknown): EditedLine[] =>
  Array.isArray(value)
    ? value.filter(
        (line): line is EditedLine =>
          typeof line === 'object' &&
          line !== null &&
          typeof line.skuCode === 'string' &&
          typeof line.unitName === 'string' &&
          typeof line.quantity === 'number',
      )
    : [];

/** Sums a list of lines per SKU and unit, in the order they first appear. */
function bySkuUnit(lines: EditedLine[]): Map<string, EditedLine> {
  const sums = new Map<string, EditedLine>();
  for (const line of lines) {
    const key = `${line.skuCode}\u0000${line.unitName}`;
    const sum = sums.get(key);
    if (sum) sum.quantity += line.quantity;
    else sums.set(key, { ...line });
  }
  return sums;
}

/**
 * What an `edited` event changed, one phrase each: "可口可乐 10箱 → 8箱", "删除 雪碧 5箱", "新增 …",
 * "金额 ¥398.00 → ¥318.40", the remark and the address. The event names SKUs by code only, so the
 * product name (with the SKU's when the product has two) comes from the order's lines (the code where a removed line is no longer there).
 */
export function editChanges(
  event: Pick<MyOrderEvent, 'details'>,
  lines: Pick<MyOrder['lines'][number], 'skuCode' | 'productName' | 'skuName'>[],
  t: TFunction,
): string[] {
  const details = event.details ?? {};
  // Two SKUs of one product on the order (330ml and 500ml) are told apart by the SKU's name.
  const nameOf = (code: string) => {
    const line = lines.find((candidate) => candidate.skuCode === code);
    if (!line) return code;
    const twins = lines.some((other) => other.productName === line.productName && other.skuCode !== code);
    return twins ? `${line.productName}（${line.skuName}）` : line.productName;
  };
  const amount = (line: EditedLine) => `${line.quantity}${line.unitName}`;
  const changes: string[] = [];
  if (details.before !== undefined || details.after !== undefined) {
    const before = bySkuUnit(editedLines(details.before));
    const after = bySkuUnit(editedLines(details.after));
    for (const [key, was] of before) {
      const now = after.get(key);
      const name = nameOf(was.skuCode);
      if (!now) changes.push(t('orderEdit.removed', { name, before: amount(was) }));
      else if (now.quantity !== was.quantity)
        changes.push(t('orderEdit.changeQuantity', { name, before: amount(was), after: amount(now) }));
    }
    for (const [key, now] of after) {
      if (!before.has(key)) changes.push(t('orderEdit.added', { name: nameOf(now.skuCode), after: amount(now) }));
    }
    const { totalBefore, totalAfter } = details;
    if (typeof totalBefore === 'number' && typeof totalAfter === 'number' && totalBefore !== totalAfter)
      changes.push(t('orderEdit.total', { before: formatMoney(totalBefore), after: formatMoney(totalAfter) }));
  }
  if (typeof details.remark === 'string')
    changes.push(details.remark ? t('orderEdit.remark', { remark: details.remark }) : t('orderEdit.remarkCleared'));
  const address = details.address as (RegionNames & { contactName?: string; address?: unknown }) | null | undefined;
  if (address && typeof address.address === 'string')
    changes.push(
      t('orderEdit.address', {
        address: `${address.contactName ?? ''} ${formatRegion(address, address.address)}`.trim(),
      }),
    );
  return changes;
}

/**
 * The timeline sentence of an `edited` event, who first: "供应商 · 王经理 修改了订单：可口可乐 10箱 →
 * 8箱，金额 ¥398.00 → ¥318.40（原因：…）" — the reason is the supplier's note on a staff edit.
 */
export function describeEdit(
  event: Pick<MyOrderEvent, 'details' | 'note' | 'actorKind' | 'actorName'>,
  lines: Pick<MyOrder['lines'][number], 'skuCode' | 'productName' | 'skuName'>[],
  t: TFunction,
): string {
  const side = actorSide(event);
  const actor =
    side === 'system'
      ? t('portalOrders.actors.system')
      : t(`portalOrders.actors.${side}`, { name: event.actorName ?? '' });
  const changes = editChanges(event, lines, t);
  const values = {
    actor,
    changes: changes.length ? changes.join(t('orderEdit.separator')) : t('orderEdit.nothing'),
    reason: event.note,
  };
  return event.note ? t('orderEdit.editedByWithReason', values) : t('orderEdit.editedBy', values);
}
