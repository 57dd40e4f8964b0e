import type { Db } from '../../db/client.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { validationFailed } from '../../lib/errors.ts';
import { batchFieldErrors, withExpiryField } from './batches.ts';
import { applyStockChange, lockLevels, nextMovementId, requireSkus } from './stock-ledger.ts';
import { targetWarehouse } from './warehouses.service.ts';

export interface ReceiptInput {
  warehouseId?: number;
  reason?: string;
  lines: { skuId: number; quantity: number; batchNo?: string; expiresOn?: string }[];
}

export interface ReceiptResult {
  /** The receipt's id: the id of its first movement, and the reference id of all of them. */
  id: number;
  warehouseId: number;
  reason: string;
  lines: {
    skuId: number;
    quantity: number;
    movementId: number;
    batchId: number | null;
    batchNo: string | null;
    onHand: number;
    reserved: number;
    available: number;
  }[];
}

/**
 * Receives goods (入库) into a warehouse (the default one when none is named): one `receipt`
 * movement per line, all lines or none, with reference ('receipt', id of the first movement). A
 * batch SKU needs a batch number per line (400 on /body/lines/i/batchNo); its batch is created or
 * increased. Audited as inventory.received.
 */
export async function receiveStock(db: Db, actor: AuditActor, input: ReceiptInput): Promise<ReceiptResult> {
  const reason = input.reason?.trim() ?? '';
  return db.transaction(async (tx) => {
    const skus = await requireSkus(
      tx,
      input.lines.map((line, i) => ({ skuId: line.skuId, path: `/body/lines/${i}/skuId` })),
    );
    const fields = input.lines.flatMap((line, i) =>
      batchFieldErrors(skus.get(line.skuId)!, line, `/body/lines/${i}`, true),
    );
    if (fields.length) throw validationFailed(fields);
    const warehouseId = await targetWarehouse(tx, input.warehouseId, '/body/warehouseId');

    await lockLevels(
      tx,
      input.lines.map((line) => ({ skuId: line.skuId, warehouseId })),
    );
    const id = await nextMovementId(tx);
    const lines: ReceiptResult['lines'] = [];
    for (const [i, line] of input.lines.entries()) {
      const sku = skus.get(line.skuId)!;
      const batchNo = line.batchNo?.trim();
      const result = await withExpiryField(`/body/lines/${i}/expiresOn`, () =>
        applyStockChange(tx, actor.id, {
          sku,
          warehouseId,
          quantity: line.quantity,
          kind: 'receipt',
          reason,
          referenceType: 'receipt',
          referenceId: id,
          ...(i === 0 ? { movementId: id } : {}),
          ...(batchNo ? { batch: { batchNo, expiresOn: line.expiresOn ?? null } } : {}),
        }),
      );
      const [movement] = result.movements;
      lines.push({
        skuId: sku.id,
        quantity: line.quantity,
        movementId: movement.id,
        batchId: movement.batchId,
        batchNo: movement.batchNo,
        onHand: result.onHand,
        reserved: result.reserved,
        available: result.available,
      });
    }
    await audit(tx, actor, {
      action: 'inventory.received',
      targetType: 'receipt',
      targetId: id,
      details: {
        warehouseId,
        reason,
        lines: lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity, batchNo: l.batchNo })),
      },
    });
    return { id, warehouseId, reason, lines };
  });
}
