import type { MovementKind } from './inventory-api.ts';

/** Tag colours of the movement kinds in the ledger: goods in green, goods out orange. */
export const movementKindColor: Record<MovementKind, string> = {
  receipt: 'green',
  return: 'cyan',
  transfer_in: 'blue',
  transfer_out: 'geekblue',
  shipment: 'orange',
  adjustment: 'purple',
  stocktake: 'gold',
};

export const movementKinds = Object.keys(movementKindColor) as MovementKind[];

/** A level is low when it has a threshold and its available is below it (as the server counts it). */
export const isLowStock = (level: { available: number; lowStockThreshold: number | null }): boolean =>
  level.lowStockThreshold !== null && level.available < level.lowStockThreshold;

export type ExpiryState = 'none' | 'expired' | 'soon' | 'ok';

/**
 * Where a batch stands against its expiry on `today` (both YYYY-MM-DD, Shanghai calendar days): the
 * expiry is the last day it may be sold, so it is expired from the day after; "soon" within `soonDays`.
 */
export function expiryState(expiresOn: string | null, today: string, soonDays = 30): ExpiryState {
  if (!expiresOn) return 'none';
  const days = daysBetween(today, expiresOn);
  if (days < 0) return 'expired';
  return days <= soonDays ? 'soon' : 'ok';
}

/** Whole calendar days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const expiryColor: Record<ExpiryState, string> = {
  none: 'default',
  expired: 'red',
  soon: 'orange',
  ok: 'green',
};

/** The signed quantity of a movement as the ledger shows it: +12 / −3. */
export const signed = (quantity: number): string => (quantity > 0 ? `+${quantity}` : `−${Math.abs(quantity)}`);
