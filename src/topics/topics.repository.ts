import { type Kysely, sql, type Transaction } from 'kysely';
import { escapeLike } from '../db/like.js';
import type { DB } from '../db/types.js';
import type { TopicCreate, TopicListQuery, TopicUpdate } from './topics.schemas.js';

type Db = Kysely<DB> | Transaction<DB>;

export const insertTopic = (db: Db, input: TopicCreate) => db.insertInto('topics').values(input).returningAll().executeTakeFirstOrThrow();

export const updateTopic = (db: Db, topicId: string, input: TopicUpdate) =>
  db.updateTable('topics').set({ ...input, updated_at: sql<Date>`now()` }).where('id', '=', topicId).returningAll().executeTakeFirst();

export const findTopic = (db: Db, topicId: string) => db.selectFrom('topics').selectAll().where('id', '=', topicId).executeTakeFirst();

export function findTopics(db: Db, topicIds: string[]) {
  if (topicIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('topics').selectAll().where('id', 'in', topicIds).execute();
}

export async function listTopics(db: Db, query: TopicListQuery) {
  let q = db.selectFrom('topics');
  if (query.search) q = q.where('name', 'ilike', `%${escapeLike(query.search)}%`);
  if (query.active !== undefined) q = q.where('active', '=', query.active);
  const [rows, total] = await Promise.all([
    q.selectAll().orderBy('name').orderBy('id').limit(query.limit).offset(query.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, count: Number(total.n) };
}
