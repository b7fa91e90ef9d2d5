import { type Expression, type Kysely, sql, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { DB } from './types.js';

type Db = Kysely<DB> | Transaction<DB>;

/** A row as it comes back through JSON: instants arrive as ISO strings, everything else as it was. */
export type JsonRow<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

type RowOf<E> = E extends Expression<infer O> ? O : never;

/** What {@link selectTogether} returns for a record of queries. */
export type Together<Q extends Record<string, Expression<unknown>>> = { [K in keyof Q]: JsonRow<RowOf<Q[K]>>[] };

/**
 * Runs independent selects as one statement, each aggregated into a JSON array: one round trip
 * instead of one per query. On the booking path a round trip (a syscall that wakes the server's
 * process, and the server's per-statement work) costs more than these small indexed reads do, so
 * eight of them in a row were most of a booking's time. Instants come back as strings; the
 * {@link JsonRow} type makes callers parse the ones they use.
 */
export async function selectTogether<Q extends Record<string, Expression<unknown>>>(
  db: Db,
  queries: Q,
): Promise<Together<Q>> {
  const row = await db.selectNoFrom(togetherColumns(queries)).executeTakeFirstOrThrow();
  return row as Together<Q>;
}

/** The columns of {@link selectTogether}'s statement, for a statement that selects more besides. */
export function togetherColumns(queries: Record<string, Expression<unknown>>) {
  return Object.entries(queries).map(([name, query]) => jsonArrayFrom(query).as(name));
}

/** A JSON row's created_at/updated_at back as Dates, as a plain select returns them. */
export const withStamps = <T extends { created_at: string; updated_at: string }>(row: T) => ({
  ...row,
  created_at: new Date(row.created_at),
  updated_at: new Date(row.updated_at),
});

/**
 * `column = ANY($1::uuid[])`: one statement text whatever the number of ids (an IN list would make
 * a new prepared statement per length), and no SQL error for an empty list.
 */
export const anyUuid = (ids: readonly string[]) => sql<string>`any(${[...ids]}::uuid[])`;

/** An id no row has (the nil UUID): `column = NO_ID` keeps a query's shape while matching nothing. */
export const NO_ID = '00000000-0000-0000-0000-000000000000';
