import type { Db } from '../../db/client.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { validationFailed } from '../../lib/errors.ts';
import { notifyLowStock } from './low-stock.ts';
import { applyStockChange, lockLevels, nextMovementId, requireSkus, type StockChangeResult } from './stock-ledger.ts';
import { targetWarehouse } from './warehouses.service.ts';

export interface TransferInput {
  fromWarehouseId: number;
  toWarehouseId: number;
  reason: string;
  lines: { skuId: number; quantity: number }[];
}

type LevelFigures = Pick<StockChangeResult, 'onHand' | 'reserved' | 'available'>;

export interface TransferResult {
  /** The transfer's id: the id of its first transfer_out movement, the reference id of all of them. */
  id: number;
  fromWarehouseId: number;
  toWarehouseId: number;
  reason: string;
  lines: {
    skuId: number;
    quantity: number;
    /** The batches moved (first-expiry-first-out from the source), empty for a SKU without batches. */
    batches: { batchNo: string; expiresOn: string | null; quantity: number }[];
    from: LevelFigures;
    to: LevelFigures;
  }[];
}

const figures = ({ onHand, reserved, available }: StockChangeResult): LevelFigures => ({ onHand, reserved, available });

/**
 * Moves stock between two warehouses (调拨): per line a `transfer_out` from the source (conditional:
 * on hand may not drop below reserved, else 409 INSUFFICIENT_STOCK with details.line) and a
 * `transfer_in` at the target, all referencing ('transfer', id of the first movement), all lines
 * or none. Batch SKUs leave the source first-expiry-first-out and arrive in the same batch numbers
 * with the same expiry. Audited as inventory.transferred; low-stock alerts for the source levels.
 */
export async function transferStock(db: Db, actor: AuditActor, input: TransferInput): Promise<TransferResult> {
  if (input.fromWarehouseId === input.toWarehouseId) {
    throw validationFailed([
      { path: '/body/toWarehouseId', message: '调入仓库不能与调出仓库相同 / must differ from fromWarehouseId' },
    ]);
  }
  const reason = input.reason.trim();
  if (!reason) throw validationFailed([{ path: '/body/reason', message: '不能为空 / must not be blank' }]);
  return db.transaction(async (tx) => {
    const skus = await requireSkus(
      tx,
      input.lines.map((line, i) => ({ skuId: line.skuId, path: `/body/lines/${i}/skuId` })),
    );
    const fromWarehouseId = await targetWarehouse(tx, input.fromWarehouseId, '/body/fromWarehouseId');
    const toWarehouseId = await targetWarehouse(tx, input.toWarehouseId, '/body/toWarehouseId');

    await lockLevels(
      tx,
      input.lines.flatMap((line) => [
        { skuId: line.skuId, warehouseId: fromWarehouseId },
        { skuId: line.skuId, warehouseId: toWarehouseId },
      ]),
    );
    const id = await nextMovementId(tx);
    const common = { reason, referenceType: 'transfer', referenceId: id };
    const lines: TransferResult['lines'] = [];
    for (const [i, line] of input.lines.entries()) {
      const sku = skus.get(line.skuId)!;
      const out = await applyStockChange(tx, actor.id, {
        ...common,
        sku,
        warehouseId: fromWarehouseId,
        quantity: -line.quantity,
        kind: 'transfer_out',
        ...(i === 0 ? { movementId: id } : {}),
        errorDetails: { line: i },
      });
      let into: StockChangeResult | undefined;
      for (const piece of out.movements) {
        into = await applyStockChange(tx, actor.id, {
          ...common,
          sku,
          warehouseId: toWarehouseId,
          quantity: -piece.quantity,
          kind: 'transfer_in',
          ...(piece.batchNo ? { batch: { batchNo: piece.batchNo, expiresOn: piece.expiresOn } } : {}),
        });
      }
      lines.push({
        skuId: sku.id,
        quantity: line.quantity,
        batches: out.movements.flatMap((m) =>
          m.batchNo ? [{ batchNo: m.batchNo, expiresOn: m.expiresOn, quantity: -m.quantity }] : [],
        ),
        from: figures(out),
        to: figures(into!),
      });
    }
    await notifyLowStock(
      tx,
      input.lines.map((line) => ({ skuId: line.skuId, warehouseId: fromWarehouseId, delta: -line.quantity })),
    );
    await audit(tx, actor, {
      action: 'inventory.transferred',
      targetType: 'transfer',
      targetId: id,
      details: {
        fromWarehouseId,
        toWarehouseId,
        reason,
        lines: lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity, batches: l.batches })),
      },
    });
    return { id, fromWarehouseId, toWarehouseId, reason, lines };
  });
}
