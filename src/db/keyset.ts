import { type Expression, type RawBuilder, type SelectQueryBuilder, sql, type SqlBool } from 'kysely';

/** What a list sorts on: an instant, a text (a name, in the database's collation) or an integer. */
export type KeyKind = 'timestamptz' | 'text' | 'integer';

/**
 * A keyset position in a list: the sort value and id of a row, and whether the page wanted comes
 * after it or before it. `ordering` names the list and its order, so a cursor is only read back by
 * the list that handed it out.
 */
export interface Cursor {
  after: boolean;
  ordering: string;
  value: string;
  id: string;
}

/**
 * How a list is sorted, for both offset and keyset paging (so both give the same order): the sort
 * column, then a unique tiebreak column. `idDirection` differs from `direction` only where a list
 * always sorted its tiebreak the other way.
 */
export interface KeysetOrder {
  /** The cursors' tag: the list, and its order when it has several. */
  name: string;
  sort: string;
  kind: KeyKind;
  direction: 'asc' | 'desc';
  id: string;
  idKind: 'uuid' | 'integer';
  idDirection?: 'asc' | 'desc';
}

/** How the caller pages: by offset, or by keyset when `keyset` is set ('first' for the first page). */
export interface Paging {
  limit: number;
  offset: number;
  keyset?: Cursor | 'first';
}

export interface RowsPage<O> {
  rows: O[];
  /** Set only when paging by keyset and a page lies that way. */
  next: Cursor | null;
  previous: Cursor | null;
}

type Direction = 'asc' | 'desc';
const flip = (d: Direction): Direction => (d === 'asc' ? 'desc' : 'asc');

const typed = (kind: KeyKind | 'uuid', value: string): RawBuilder<unknown> =>
  kind === 'timestamptz' ? sql`${value}::timestamptz` : kind === 'text' ? sql`${value}::text` : kind === 'uuid' ? sql`${value}::uuid` : sql`${value}::bigint`;

/**
 * The sort value as text a cursor can carry exactly: instants in UTC with their microseconds, whatever
 * the session's time zone or date style.
 */
const asText = (kind: KeyKind, column: string): RawBuilder<string> =>
  kind === 'timestamptz' ? sql<string>`to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : sql<string>`${sql.ref(column)}::text`;

/** Rows strictly past the cursor's row in the read order. */
function beyond(order: KeysetOrder, cursor: Cursor, sortDirection: 'asc' | 'desc', idDirection: 'asc' | 'desc'): Expression<SqlBool> {
  const sort = sql.ref(order.sort);
  const id = sql.ref(order.id);
  const value = typed(order.kind, cursor.value);
  const key = typed(order.idKind, cursor.id);
  const sortOp = sql.raw(sortDirection === 'asc' ? '>' : '<');
  if (sortDirection === idDirection) return sql<SqlBool>`(${sort}, ${id}) ${sortOp} (${value}, ${key})`;
  // Mixed directions cannot be one row comparison; the first conjunct still bounds an index scan.
  const idOp = sql.raw(idDirection === 'asc' ? '>' : '<');
  return sql<SqlBool>`(${sort} ${sortOp}= ${value} AND (${sort} ${sortOp} ${value} OR ${id} ${idOp} ${key}))`;
}

/**
 * One page of `query` in `order`: by offset, or by keyset from `paging.keyset`. A keyset page reads
 * `limit + 1` rows to know whether more follow; a page before the cursor is read in reverse and flipped.
 * `query` brings its selection and filters, never an order or a limit.
 */
export async function readPage<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, order: KeysetOrder, paging: Paging): Promise<RowsPage<O>> {
  const idDirection = order.idDirection ?? order.direction;
  if (!paging.keyset) {
    const rows = await query
      .orderBy(sql.ref(order.sort), order.direction)
      .orderBy(sql.ref(order.id), idDirection)
      .limit(paging.limit)
      .offset(paging.offset)
      .execute();
    return { rows, next: null, previous: null };
  }
  const cursor = paging.keyset === 'first' ? undefined : paging.keyset;
  const forward = cursor?.after ?? true;
  const [sortRead, idRead]: [Direction, Direction] = forward ? [order.direction, idDirection] : [flip(order.direction), flip(idDirection)];
  let keyed = query.select([asText(order.kind, order.sort).as('keyset_value'), sql<string>`${sql.ref(order.id)}::text`.as('keyset_id')]) as unknown as SelectQueryBuilder<
    DB,
    TB,
    O & { keyset_value: string; keyset_id: string }
  >;
  if (cursor) keyed = keyed.where(beyond(order, cursor, sortRead, idRead));
  const found = await keyed.orderBy(sql.ref(order.sort), sortRead).orderBy(sql.ref(order.id), idRead).limit(paging.limit + 1).execute();
  const more = found.length > paging.limit;
  const page = found.slice(0, paging.limit);
  if (!forward) page.reverse();
  const at = (row: (typeof page)[number] | undefined, after: boolean): Cursor | null =>
    row ? { after, ordering: order.name, value: row.keyset_value, id: row.keyset_id } : null;
  // Going forward, rows lie before the page when it started from a cursor; going back, after it always.
  const [hasAfter, hasBefore] = forward ? [more, cursor !== undefined] : [true, more];
  const rows = page.map(({ keyset_value: _value, keyset_id: _id, ...row }) => row as O);
  return { rows, next: hasAfter ? at(page[page.length - 1], true) : null, previous: hasBefore ? at(page[0], false) : null };
}
