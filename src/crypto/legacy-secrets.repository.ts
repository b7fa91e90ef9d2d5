import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/types.js';

/** A text column holding one sealed value per row, the row named by `id`. */
export interface SealedColumn {
  table: 'webhook_subscriptions' | 'calendar_sources' | 'patients';
  column: 'secret_encrypted' | 'url_encrypted' | 'personal_sealed';
}

/** Rows whose value starts with `prefix` (an earlier format), locked until the transaction ends. */
export async function legacySealed(trx: Transaction<DB>, { table, column }: SealedColumn, prefix: string) {
  const result = await sql<{ id: string; sealed: string }>`
    SELECT id, ${sql.ref(column)} AS sealed FROM ${sql.table(table)}
    WHERE starts_with(${sql.ref(column)}, ${prefix}) FOR UPDATE`.execute(trx);
  return result.rows;
}

export async function replaceSealed(trx: Transaction<DB>, { table, column }: SealedColumn, id: string, sealed: string) {
  await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${sealed} WHERE id = ${id}`.execute(trx);
}

/** Account emails still waiting with a code in an earlier format. */
export async function legacyMailCodes(trx: Transaction<DB>, prefix: string) {
  return trx
    .selectFrom('notifications')
    .select(['id', 'user_id', sql<string>`payload->>'purpose'`.as('purpose'), sql<string>`payload->>'sealed_code'`.as('sealed')])
    .where(sql<boolean>`starts_with(payload->>'sealed_code', ${prefix})`)
    .forUpdate()
    .execute();
}

export async function replaceMailCode(trx: Transaction<DB>, id: string, sealed: string) {
  await trx
    .updateTable('notifications')
    .set({ payload: sql`jsonb_set(payload, '{sealed_code}', to_jsonb(${sealed}::text))` })
    .where('id', '=', id)
    .execute();
}

/** Whether the task is still to do; it stays locked (a second process waits) until the transaction ends. */
export async function claimTask(trx: Transaction<DB>, name: string): Promise<boolean> {
  return (await trx.selectFrom('pending_tasks').select('name').where('name', '=', name).forUpdate().executeTakeFirst()) !== undefined;
}

export async function finishTask(trx: Transaction<DB>, name: string) {
  await trx.deleteFrom('pending_tasks').where('name', '=', name).execute();
}
