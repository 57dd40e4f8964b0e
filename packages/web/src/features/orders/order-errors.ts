import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.ts';

interface Named {
  skuId: number;
  skuCode: string;
  productName: string;
}

interface Shortage {
  skuId?: number;
  skuCode?: string;
  productName?: string;
  requested?: number;
  available?: number;
  unit?: string;
}

/**
 * The words for an order error the generic handler cannot explain well: INSUFFICIENT_STOCK names
 * each short SKU with what was asked and what is there (placing lists them; shipping names one by
 * id, which `skus` turns into a name), and the lifecycle conflicts. Undefined for anything else.
 */
export function describeOrderError(error: unknown, t: TFunction, skus: readonly Named[] = []): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === 'INSUFFICIENT_STOCK') {
    const details = error.details ?? {};
    const shortages = Array.isArray(details.lines) ? (details.lines as Shortage[]) : [details as Shortage];
    const parts = shortages.map((s) => {
      const sku = skus.find((k) => k.skuId === s.skuId);
      const name = s.productName ?? sku?.productName ?? `SKU ${s.skuId ?? '?'}`;
      const code = s.skuCode ?? sku?.skuCode;
      return t('orders.errors.shortLine', {
        name: code ? `${name} (${code})` : name,
        requested: s.requested ?? '?',
        available: s.available ?? 0,
        unit: s.unit ?? '',
      });
    });
    return `${t('orders.errors.insufficientStock')}${parts.join('；')}`;
  }
  if (error.code === 'CREDIT_LIMIT_EXCEEDED') return t('orders.errors.creditLimit');
  // A lifecycle step refused because the order moved on (its details name the action).
  if (error.code === 'INVALID_STATE' && error.details?.action) return t('orders.errors.invalidState');
  return undefined;
}

/** Validation errors on `/body/lines/<n>/<field>` as form fields of a `lines` Form.List. */
export function lineFieldErrors(error: unknown): { name: [string, number, string]; errors: string[] }[] {
  if (!(error instanceof ApiError)) return [];
  return error.fieldErrors.flatMap((field) => {
    const match = /^\/body\/lines\/(\d+)\/(\w+)$/.exec(field.path);
    return match
      ? [{ name: ['lines', Number(match[1]), match[2]] as [string, number, string], errors: [field.message] }]
      : [];
  });
}

/**
 * The short lines of a refused order or edit (INSUFFICIENT_STOCK names each by its index) as errors
 * on their quantity fields, so the dialog marks the lines to lower.
 */
export function stockFieldErrors(error: unknown, t: TFunction): { name: [string, number, string]; errors: string[] }[] {
  if (!(error instanceof ApiError) || error.code !== 'INSUFFICIENT_STOCK' || !Array.isArray(error.details?.lines))
    return [];
  return (error.details.lines as (Shortage & { index?: number })[]).flatMap((s) =>
    typeof s.index === 'number'
      ? [
          {
            name: ['lines', s.index, 'quantity'] as [string, number, string],
            errors: [t('orders.errors.shortField', { available: s.available ?? 0, unit: s.unit ?? '' })],
          },
        ]
      : [],
  );
}
