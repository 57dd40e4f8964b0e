import type { FastifyRequest } from 'fastify';
import type { DbOrTx } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';

export interface AuditActor {
  id: number | null;
  name: string | null;
  ip?: string | null;
}

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string | number;
  details?: Record<string, unknown>;
}

/** Appends one entry to the audit log, inside the caller's transaction when given one. */
export async function audit(db: DbOrTx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: actor.id,
    actorName: actor.name,
    ip: actor.ip ?? null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId === undefined ? null : String(entry.targetId),
    details: entry.details ?? null,
  });
}

/** The signed-in caller of a request as an audit actor. */
export const actorOf = (request: FastifyRequest): AuditActor => ({
  id: request.auth?.id ?? null,
  name: request.auth?.name ?? null,
  ip: request.ip,
});
