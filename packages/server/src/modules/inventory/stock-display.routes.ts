import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { actorOf } from '../../lib/audit.ts';
import { getStockDisplay, updateStockDisplay } from './stock-display.ts';

const StockDisplay = Type.Object({
  showStockNumbers: Type.Boolean({ description: 'false: customers see 有货/库存紧张/缺货 instead of numbers' }),
});

/** What customers see of stock: numbers, or only in stock / low / out. */
export async function stockDisplayRoutes(app: App) {
  const db = app.deps.database.db;
  app.get(
    '/api/settings/inventory',
    {
      config: { access: 'signedIn' },
      schema: { tags: ['inventory'], summary: 'Whether customers see stock numbers', response: { 200: StockDisplay } },
    },
    async () => getStockDisplay(db),
  );
  app.patch(
    '/api/settings/inventory',
    {
      config: { access: 'settings:edit' },
      schema: {
        tags: ['inventory'],
        summary: 'Show or hide stock numbers to customers (有货/库存紧张/缺货 when hidden)',
        body: Type.Partial(StockDisplay),
        response: { 200: StockDisplay },
      },
    },
    async (request) => updateStockDisplay(db, actorOf(request), request.body),
  );
}
