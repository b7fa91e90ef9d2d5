import { type Kysely, sql, type Transaction } from 'kysely';
import { currentAudit } from '../db/audit-context.js';
import { type KeysetOrder, type Paging, readPage } from '../db/keyset.js';
import type { AuditActorType, DB } from '../db/types.js';

/**
 * Tells the audit trigger (migration 2026_12_02_0201) who is acting, from where and when, for this
 * transaction only (`set_config(..., true)`): every row the transaction changes in an audited table
 * is then recorded with them. Outside a request (the worker) nothing is set and the trail says `system`.
 */
export async function tagTransaction(trx: Transaction<DB>): Promise<void> {
  const context = currentAudit();
  if (!context) return;
  const actor = context.actor();
  const tag = {
    at: context.now().toISOString(),
    actor_type: actor?.type ?? 'system',
    actor_id: actor?.id ?? null,
    address: context.address,
    route: context.route,
  };
  await sql`SELECT set_config('carebook.audit', ${JSON.stringify(tag)}, true)`.execute(trx);
}

/** Records something the trigger cannot see (a read of sealed data), in the caller's transaction. */
export async function appendAudit(trx: Transaction<DB>, entry: { action: 'reveal'; recordType: string; recordId: string; fields: string[] }) {
  const context = currentAudit();
  const actor = context?.actor();
  await trx
    .insertInto('audit_log')
    .values({
      at: context?.now() ?? sql<Date>`now()`,
      actor_type: actor?.type ?? 'system',
      actor_id: actor?.id ?? null,
      address: context?.address ?? null,
      route: context?.route ?? null,
      action: entry.action,
      record_type: entry.recordType,
      record_id: entry.recordId,
      summary: JSON.stringify({ fields: entry.fields }),
    })
    .execute();
}

export interface AuditFilter extends Paging {
  actor?: string;
  actorType?: AuditActorType;
  recordType?: string;
  recordId?: string;
  from?: Date;
  to?: Date;
}

/** Newest first; the serial id breaks ties between entries of one transaction (they share `at`). */
export const auditOrder: KeysetOrder = { name: 'audit', sort: 'at', kind: 'timestamptz', direction: 'desc', id: 'id', idKind: 'integer' };

/** Newest first. */
export async function listAudit(db: Kysely<DB>, filter: AuditFilter) {
  let q = db.selectFrom('audit_log');
  if (filter.actor) q = q.where('actor_id', '=', filter.actor);
  if (filter.actorType) q = q.where('actor_type', '=', filter.actorType);
  if (filter.recordType) q = q.where('record_type', '=', filter.recordType);
  if (filter.recordId) q = q.where('record_id', '=', filter.recordId);
  if (filter.from) q = q.where('at', '>=', filter.from);
  if (filter.to) q = q.where('at', '<', filter.to);
  const [page, total] = await Promise.all([readPage(q.selectAll(), auditOrder, filter), q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()]);
  return { ...page, count: Number(total.n) };
}
