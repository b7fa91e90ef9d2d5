import type { Kysely, Selectable, Transaction } from 'kysely';
import { escapeLike } from './like.js';
import type { DB } from './types.js';

/** Reference tables listed the same way: by name, optionally searched and filtered on `active`. */
type NamedTable = 'topics' | 'facilities';

export interface NamedListQuery {
  search?: string;
  active?: boolean;
  limit: number;
  offset: number;
}

/** One page of a reference table in name order, with the total count for the same filters. */
export async function listByName<T extends NamedTable>(
  db: Kysely<DB> | Transaction<DB>,
  table: T,
  query: NamedListQuery,
): Promise<{ rows: Selectable<DB[T]>[]; count: number }> {
  // Both tables have id, name and active; typing the builder on one of them keeps Kysely's column checks.
  let q = db.selectFrom(table as NamedTable as 'topics');
  if (query.search) q = q.where('name', 'ilike', `%${escapeLike(query.search)}%`);
  if (query.active !== undefined) q = q.where('active', '=', query.active);
  const [rows, total] = await Promise.all([
    q.selectAll().orderBy('name').orderBy('id').limit(query.limit).offset(query.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as unknown as Selectable<DB[T]>[], count: Number(total.n) };
}
