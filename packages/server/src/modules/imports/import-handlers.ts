import { productsImport } from '../catalog/products.import.ts';
import { customersImportHandler } from '../customers/customers.import.ts';
import type { ImportHandler } from './import.types.ts';

export type ImportKind = ImportHandler['kind'];

/** Every importable kind. Registering one is one line here. */
export const importHandlers: Record<ImportKind, ImportHandler<unknown>> = {
  products: productsImport as ImportHandler<unknown>,
  customers: customersImportHandler as ImportHandler<unknown>,
};
