import type { App } from '../../lib/app-types.ts';
import { actorOf } from '../../lib/audit.ts';
import { IdParams } from '../../lib/schema-types.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { ApproveBody, CustomerView, RegistrationBody, RegistrationResult, RejectBody } from './customers.schemas.ts';
import { approveCustomer, registerCustomer, rejectCustomer } from './registration.service.ts';

/** Self-registration from the sign-in page and its approval by staff. */
export async function registrationRoutes(app: App) {
  const db = app.deps.database.db;
  const tags = ['customers'];

  app.post(
    '/api/registrations',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Self-registration (自助注册): a pending customer and its buyer account; 5 per IP and hour',
        security: [],
        body: RegistrationBody,
        response: { 201: RegistrationResult },
      },
    },
    async (request, reply) => reply.status(201).send(await registerCustomer(db, request.ip, request.body)),
  );

  app.post(
    '/api/customers/:id/approve',
    {
      config: { access: 'customers:edit' },
      schema: {
        tags,
        summary: 'Approve a pending customer (→ active); 409 from any other status',
        params: IdParams,
        body: ApproveBody,
        response: { 200: CustomerView },
      },
    },
    async (request) => approveCustomer(db, currentUser(request), actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/customers/:id/reject',
    {
      config: { access: 'customers:edit' },
      schema: {
        tags,
        summary: 'Reject a pending customer (→ disabled) with a reason; 409 from any other status',
        params: IdParams,
        body: RejectBody,
        response: { 200: CustomerView },
      },
    },
    async (request) =>
      rejectCustomer(db, currentUser(request), actorOf(request), request.params.id, request.body.reason),
  );
}
