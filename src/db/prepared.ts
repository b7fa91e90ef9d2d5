import { createHash } from 'node:crypto';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/**
 * A pool for Kysely's PostgresDialect (which takes any `PostgresPool`) that sends every parameterized
 * statement as a pg named statement (pg's documented `{ name, text, values }` query form): PostgreSQL
 * parses each distinct statement once per connection and, after a few runs, keeps a generic plan.
 * For this app's joins planning costs more than running (see the read-path figures in bench/).
 */
export class PreparedStatementPool implements PostgresPool {
  constructor(readonly pool: pg.Pool) {}

  get options(): object {
    return this.pool.options;
  }

  async connect(): Promise<PostgresPoolClient> {
    return new PreparedStatementClient(await this.pool.connect());
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}

/**
 * Statement names by text. A cached plan whose result columns changed under it (another instance
 * migrated, SQLSTATE 0A000) is refused for good on that connection, so its text gets a new name:
 * the request fails once (503, retry) and the next one prepares afresh.
 */
const names = new Map<string, string>();
const MAX_NAMES = 10_000;
let generation = 0;

function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= MAX_NAMES) names.clear();
    name = `cb${generation}_${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
    names.set(text, name);
  }
  return name;
}

class PreparedStatementClient implements PostgresPoolClient {
  constructor(readonly client: pg.PoolClient) {}

  get processID(): number | undefined {
    return (this.client as { processID?: number }).processID;
  }

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(sqlOrCursor: string | PostgresCursor<R>, parameters?: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sqlOrCursor !== 'string') return this.client.query(sqlOrCursor as never) as unknown as PostgresCursor<R>;
    if (!parameters || parameters.length === 0) return this.client.query(sqlOrCursor) as unknown as Promise<PostgresQueryResult<R>>;
    const text = sqlOrCursor;
    return (this.client.query({ name: nameOf(text), text, values: [...parameters] }) as unknown as Promise<PostgresQueryResult<R>>).catch((error: unknown) => {
      if ((error as { code?: string }).code === '0A000') {
        generation += 1;
        names.delete(text);
      }
      throw error;
    });
  }

  release(destroy?: boolean): void {
    this.client.release(destroy);
  }
}
