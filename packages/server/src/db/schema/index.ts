export * from './auth.ts';
export * from './catalog.ts';
export * from './customers.ts';
export * from './events.ts';
export * from './imports.ts';
export * from './inventory.ts';
export * from './orders.ts';
export * from './pricing.ts';
