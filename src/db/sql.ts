import { sql } from 'kysely';

/** Anything with Kysely's `execute()` that resolves to rows: a select builder, or raw SQL wrapped by {@link rowsOf}. */
interface Runnable {
  execute(): Promise<unknown[]>;
}

/** What {@link selectEach} returns for a record of queries: each one's rows, under its name. */
export type RowsOf<Q extends Record<string, Runnable>> = { [K in keyof Q]: Awaited<ReturnType<Q[K]['execute']>> };

/**
 * Runs a record of independent selects and returns their rows under the same names. Inside a
 * transaction they go one after another on its connection; outside, on several at once.
 */
export async function selectEach<Q extends Record<string, Runnable>>(queries: Q): Promise<RowsOf<Q>> {
  const entries = Object.entries(queries);
  const results = await Promise.all(entries.map(([, query]) => query.execute()));
  return Object.fromEntries(entries.map(([name], i) => [name, results[i]])) as RowsOf<Q>;
}

/** `query` when it can find something, else no rows without a round trip (typed the same). */
export function onlyIf<R>(condition: boolean, query: { execute(): Promise<R[]> }): { execute(): Promise<R[]> } {
  return condition ? query : { execute: async () => [] };
}

/**
 * `column = ANY($1::uuid[])`: one statement text whatever the number of ids (an IN list would make
 * a new prepared statement per length), and no SQL error for an empty list.
 */
export const anyUuid = (ids: readonly string[]) => sql<string>`any(${[...ids]}::uuid[])`;

/** An id no row has (the nil UUID): `column = NO_ID` keeps a query's shape while matching nothing. */
export const NO_ID = '00000000-0000-0000-0000-000000000000';
