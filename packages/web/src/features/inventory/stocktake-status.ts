import type { StocktakeStatus } from './inventory-api.ts';

export const stocktakeStatusColor: Record<StocktakeStatus, string> = {
  open: 'processing',
  posted: 'success',
  cancelled: 'default',
};

export const stocktakeStatuses = Object.keys(stocktakeStatusColor) as StocktakeStatus[];

/** What posting a line will change on hand by: counted − on hand now (the book may have moved since counting). */
export const postingChange = (line: { countedQuantity: number; onHand: number }) => line.countedQuantity - line.onHand;
