import { type Kysely, sql } from 'kysely';
import { byName, listByName, type NamedListQuery } from '../db/named-list.js';
import type { DB } from '../db/types.js';
import type { TopicCreate, TopicUpdate } from './topics.schemas.js';

export const insertTopic = (db: Kysely<DB>, input: TopicCreate) => db.insertInto('topics').values(input).returningAll().executeTakeFirstOrThrow();

export const updateTopic = (db: Kysely<DB>, topicId: string, input: TopicUpdate) =>
  db.updateTable('topics').set({ ...input, updated_at: sql<Date>`now()` }).where('id', '=', topicId).returningAll().executeTakeFirst();

/** An active topic by its code (seed 001's appointment_type). */
export const findTopicByCode = (db: Kysely<DB>, code: string) =>
  db.selectFrom('topics').selectAll().where('code', '=', code).where('active', '=', true).executeTakeFirst();

export const findTopic = (db: Kysely<DB>, topicId: string) => db.selectFrom('topics').selectAll().where('id', '=', topicId).executeTakeFirst();

export function findTopics(db: Kysely<DB>, topicIds: string[]) {
  if (topicIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('topics').selectAll().where('id', 'in', topicIds).execute();
}

export const listTopics = (db: Kysely<DB>, query: NamedListQuery) => listByName(db, 'topics', query);
export const topicOrder = byName('topics');
