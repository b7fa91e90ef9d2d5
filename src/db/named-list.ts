import type { Kysely, Selectable, Transaction } from 'kysely';
import { type KeysetOrder, type Paging, readPage, type RowsPage } from './keyset.js';
import { escapeLike } from './like.js';
import type { DB } from './types.js';

/** Reference tables listed the same way: by name, optionally searched and filtered on `active`. */
type NamedTable = 'topics' | 'facilities';

export interface NamedListQuery extends Paging {
  search?: string;
  active?: boolean;
}

/** Name order (the id breaks ties), for offset and keyset paging alike. */
export const byName = (table: NamedTable): KeysetOrder => ({ name: table, sort: 'name', kind: 'text', direction: 'asc', id: 'id', idKind: 'uuid' });

/** One page of a reference table in name order, with the total count for the same filters. */
export async function listByName<T extends NamedTable>(
  db: Kysely<DB> | Transaction<DB>,
  table: T,
  query: NamedListQuery,
): Promise<RowsPage<Selectable<DB[T]>> & { count: number }> {
  // Both tables have id, name and active; typing the builder on one of them keeps Kysely's column checks.
  let q = db.selectFrom(table as NamedTable as 'topics');
  if (query.search) q = q.where('name', 'ilike', `%${escapeLike(query.search)}%`);
  if (query.active !== undefined) q = q.where('active', '=', query.active);
  const [page, total] = await Promise.all([
    readPage(q.selectAll(), byName(table), query),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ...(page as unknown as RowsPage<Selectable<DB[T]>>), count: Number(total.n) };
}
