import type { FieldError } from '../../api/client.ts';
import type { ColumnMapping, ReconciliationItem, ReconciliationResult } from './reconciliation-api.ts';

/** The run page's tabs, in order. */
export const reconciliationResults: ReconciliationResult[] = [
  'matched',
  'amount_mismatch',
  'only_in_statement',
  'only_in_system',
];

export const isReconciliationResult = (value: unknown): value is ReconciliationResult =>
  reconciliationResults.includes(value as ReconciliationResult);

export type MappingField = keyof ColumnMapping;

/** The mapping selects of the new-run form, in the order a person checks them. */
export const mappingFields: MappingField[] = [
  'date',
  'time',
  'amount',
  'creditAmount',
  'txnNo',
  'orderRef',
  'payer',
  'memo',
];

/** A mapping without the fields left empty (a cleared select gives undefined or ''). */
export function cleanMapping(mapping: Partial<Record<MappingField, string | null | undefined>>): ColumnMapping {
  const out: Partial<ColumnMapping> = {};
  for (const field of mappingFields) {
    const header = mapping[field];
    if (header) out[field] = header;
  }
  return { ...out, date: out.date ?? '' };
}

/** Which mapping fields read each header, for tagging the preview's columns. */
export function fieldsByHeader(mapping: Partial<ColumnMapping>): Map<string, MappingField[]> {
  const byHeader = new Map<string, MappingField[]>();
  for (const field of mappingFields) {
    const header = mapping[field];
    if (header) byHeader.set(header, [...(byHeader.get(header) ?? []), field]);
  }
  return byHeader;
}

/** The run's form fields besides the mapping; periodFrom and periodTo share one range picker. */
export type RunFormField = 'source' | 'kind' | 'period';
const formFieldOf: Record<string, RunFormField> = {
  source: 'source',
  kind: 'kind',
  periodFrom: 'period',
  periodTo: 'period',
};

/**
 * A run's field errors split for the form: `/body/mapping/<field>` onto that select, source, kind and
 * the period onto theirs, and everything else (the file's row errors) as a list.
 */
export function splitRunErrors(errors: FieldError[]): {
  mapping: Partial<Record<MappingField, string[]>>;
  fields: Partial<Record<RunFormField, string[]>>;
  general: string[];
} {
  const mapping: Partial<Record<MappingField, string[]>> = {};
  const fields: Partial<Record<RunFormField, string[]>> = {};
  const general: string[] = [];
  for (const error of errors) {
    const [, location, name, sub] = error.path.split('/');
    const field = location === 'body' ? formFieldOf[name] : undefined;
    if (location === 'body' && name === 'mapping' && (mappingFields as string[]).includes(sub)) {
      const key = sub as MappingField;
      mapping[key] = [...(mapping[key] ?? []), error.message];
    } else if (field) fields[field] = [...(fields[field] ?? []), error.message];
    else general.push(error.message);
  }
  return { mapping, fields, general };
}

/** Statement amount less the recorded one (fen), when both are known. */
export const amountDifference = (item: Pick<ReconciliationItem, 'amount' | 'paymentAmount'>): number | null =>
  item.amount === null || item.paymentAmount === null ? null : item.amount - item.paymentAmount;

/** A provider bill's refund line: money going back, negative on the statement. */
export const isRefundItem = (item: Pick<ReconciliationItem, 'amount' | 'matchedBy'>) =>
  item.matchedBy === 'refund_no' || (item.amount !== null && item.amount < 0);

/** Tag colours of the results: what needs a look stands out. */
export const resultColor: Record<ReconciliationResult, string> = {
  matched: 'success',
  amount_mismatch: 'warning',
  only_in_statement: 'error',
  only_in_system: 'error',
};
