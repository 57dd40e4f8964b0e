import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { actorOf } from '../../lib/audit.ts';
import { contentDisposition } from '../../lib/content-disposition.ts';
import { XLSX_TYPE } from '../../lib/excel.ts';
import { IdParams } from '../../lib/schema-types.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { exportOrders, MAX_EXPORT_ORDERS, pickingList } from './order-documents.ts';
import { deliveryNotePdf, pickingListPdf } from './order-pdf.ts';
import { getOrder } from './orders.query.ts';
import { OrderListQuery } from './orders.schemas.ts';

const PDF_TYPE = 'application/pdf';
const Xlsx = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'an .xlsx file' });
const Pdf = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'an A4 PDF' });
const ExportQuery = Type.Omit(OrderListQuery, ['page', 'pageSize']);

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');

/** Order documents: the list as Excel, and the printable 拣货单 and 发货单 of one order. */
export async function orderDocumentRoutes(app: App) {
  const db = app.deps.database.db;
  const tags = ['orders'];

  app.get(
    '/api/orders/export.xlsx',
    {
      config: { access: 'orders:export' },
      schema: {
        tags,
        summary: `The order list (same filters and scope as GET /api/orders) as .xlsx: sheets 订单 and 明细; at most ${MAX_EXPORT_ORDERS} orders, else 400`,
        querystring: ExportQuery,
        produces: [XLSX_TYPE],
        response: { 200: Xlsx },
      },
    },
    async (request, reply) => {
      const file = await exportOrders(db, currentUser(request), actorOf(request), request.query);
      const day = today();
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', contentDisposition(`订单-${day}.xlsx`, `orders-${day}.xlsx`))
        .send(file);
    },
  );

  app.get(
    '/api/orders/:id/picking-list.pdf',
    {
      config: { access: 'orders:ship' },
      schema: {
        tags,
        summary: '拣货单 (A4 PDF): what each warehouse still has to pick for the order; 404 outside the caller’s scope',
        params: IdParams,
        produces: [PDF_TYPE],
        response: { 200: Pdf },
      },
    },
    async (request, reply) => {
      const data = await pickingList(db, currentUser(request), request.params.id);
      const { number } = data.order;
      return reply
        .type(PDF_TYPE)
        .header(
          'content-disposition',
          contentDisposition(`拣货单-${number}.pdf`, `picking-list-${number}.pdf`, 'inline'),
        )
        .send(await pickingListPdf(data));
    },
  );

  app.get(
    '/api/orders/:id/delivery-note.pdf',
    {
      config: { access: 'orders:view' },
      schema: {
        tags,
        summary:
          '发货单 (A4 PDF) with prices, the total in 人民币大写 and shipments; the buyer may print its own; 404 outside the caller’s scope',
        params: IdParams,
        produces: [PDF_TYPE],
        response: { 200: Pdf },
      },
    },
    async (request, reply) => {
      const order = await getOrder(db, currentUser(request), request.params.id);
      return reply
        .type(PDF_TYPE)
        .header(
          'content-disposition',
          contentDisposition(`发货单-${order.number}.pdf`, `delivery-note-${order.number}.pdf`, 'inline'),
        )
        .send(await deliveryNotePdf(order));
    },
  );
}
