import { type Kysely, sql, type Transaction } from 'kysely';
import { listByName } from '../db/named-list.js';
import type { DB } from '../db/types.js';
import type { TopicCreate, TopicListQuery, TopicUpdate } from './topics.schemas.js';

type Db = Kysely<DB> | Transaction<DB>;

export const insertTopic = (db: Db, input: TopicCreate) => db.insertInto('topics').values(input).returningAll().executeTakeFirstOrThrow();

export const updateTopic = (db: Db, topicId: string, input: TopicUpdate) =>
  db.updateTable('topics').set({ ...input, updated_at: sql<Date>`now()` }).where('id', '=', topicId).returningAll().executeTakeFirst();

/** An active topic by its code (seed 001's appointment_type). */
export const findTopicByCode = (db: Db, code: string) =>
  db.selectFrom('topics').selectAll().where('code', '=', code).where('active', '=', true).executeTakeFirst();

export const findTopic = (db: Db, topicId: string) => db.selectFrom('topics').selectAll().where('id', '=', topicId).executeTakeFirst();

export function findTopics(db: Db, topicIds: string[]) {
  if (topicIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('topics').selectAll().where('id', 'in', topicIds).execute();
}

export const listTopics = (db: Db, query: TopicListQuery) => listByName(db, 'topics', query);
