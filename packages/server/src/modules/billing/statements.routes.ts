import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { contentDisposition } from '../../lib/content-disposition.ts';
import { XLSX_TYPE } from '../../lib/excel.ts';
import { IdParams } from '../../lib/schema-types.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { statementPdf, statementWorkbook } from './statement-documents.ts';
import {
  DisputeBody,
  Overview,
  OverviewQuery,
  ReplyBody,
  RespondBody,
  StatementList,
  StatementParams,
  StatementView,
} from './statements.schemas.ts';
import {
  getStatement,
  listStatements,
  replyToStatement,
  respondToStatement,
  statementsOverview,
} from './statements.service.ts';

const PDF_TYPE = 'application/pdf';
const File = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });

/** Monthly statements (对账单): view, confirm or dispute, finance's reply, PDF and Excel. */
export async function statementsRoutes(app: App) {
  const db = app.deps.database.db;
  const tags = ['statements'];

  app.get(
    '/api/customers/:id/statements',
    {
      config: { access: 'statements:view' },
      schema: {
        tags,
        summary: 'The last 12 months’ statements of a customer: balances and answers, newest first',
        params: IdParams,
        response: { 200: StatementList },
      },
    },
    async (request) => listStatements(db, currentUser(request), request.params.id),
  );

  app.get(
    '/api/customers/:id/statements/:month',
    {
      config: { access: 'statements:view' },
      schema: {
        tags,
        summary:
          'One month’s statement (对账单): opening balance, every order (with number), cancellation, return credit, payment, refund and adjustment with a running balance, closing balance, the wallet, the customer’s answer',
        params: StatementParams,
        response: { 200: StatementView },
      },
    },
    async (request) => getStatement(db, currentUser(request), request.params.id, request.params.month),
  );

  /** The statement as a file: the PDF shown inline, the workbook downloaded. */
  const download = (
    ext: 'pdf' | 'xlsx',
    type: string,
    summary: string,
    render: (s: Awaited<ReturnType<typeof getStatement>>) => Promise<Buffer>,
  ) =>
    app.get(
      `/api/customers/:id/statements/:month/${ext}`,
      {
        config: { access: 'statements:view' },
        schema: { tags, summary, params: StatementParams, produces: [type], response: { 200: File } },
      },
      async (request, reply) => {
        const s = await getStatement(db, currentUser(request), request.params.id, request.params.month);
        return reply
          .type(type)
          .header(
            'content-disposition',
            contentDisposition(
              `对账单-${s.customerName}-${s.month}.${ext}`,
              `statement-${s.customerCode}-${s.month}.${ext}`,
              ext === 'pdf' ? 'inline' : undefined,
            ),
          )
          .send(await render(s));
      },
    );
  download('pdf', PDF_TYPE, '对账单 as an A4 PDF', (s) => statementPdf(s));
  download('xlsx', XLSX_TYPE, '对账单 as .xlsx (明细 and 汇总 sheets)', statementWorkbook);

  app.post(
    '/api/customers/:id/statements/:month/confirm',
    {
      config: { access: 'statements:confirm' },
      schema: {
        tags,
        summary: 'The customer confirms an ended month’s statement (its balances are kept with the answer)',
        params: StatementParams,
        body: RespondBody,
        response: { 200: StatementView },
      },
    },
    async (request) =>
      db.transaction((tx) =>
        respondToStatement(
          tx,
          currentUser(request),
          request.params.id,
          request.params.month,
          'confirmed',
          request.body.comment ?? '',
        ),
      ),
  );

  app.post(
    '/api/customers/:id/statements/:month/dispute',
    {
      config: { access: 'statements:confirm' },
      schema: {
        tags,
        summary: 'The customer disputes an ended month’s statement, saying what is wrong',
        params: StatementParams,
        body: DisputeBody,
        response: { 200: StatementView },
      },
    },
    async (request) =>
      db.transaction((tx) =>
        respondToStatement(
          tx,
          currentUser(request),
          request.params.id,
          request.params.month,
          'disputed',
          request.body.comment,
        ),
      ),
  );

  app.post(
    '/api/customers/:id/statements/:month/reply',
    {
      config: { access: 'payments:confirm' },
      schema: {
        tags,
        summary: 'Finance answers a dispute',
        params: StatementParams,
        body: ReplyBody,
        response: { 200: StatementView },
      },
    },
    async (request) =>
      db.transaction((tx) =>
        replyToStatement(tx, currentUser(request), request.params.id, request.params.month, request.body.reply),
      ),
  );

  app.get(
    '/api/statements',
    {
      config: { access: 'statements:view' },
      schema: {
        tags,
        summary: 'One month over every customer in scope with a balance or activity: balances and answers',
        querystring: OverviewQuery,
        response: { 200: Overview },
      },
    },
    async (request) => statementsOverview(db, currentUser(request), request.query),
  );
}
