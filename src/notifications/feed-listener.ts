import pg from 'pg';

type Wake = (seq: number) => void;

/**
 * One LISTEN connection per process for the `carebook_feed` channel (see the feed_wakeups migration),
 * handing each "<user id> <seq>" to that user's open streams. When the connection drops it reconnects,
 * and `onReconnect` tells every stream to catch up on what it may have missed meanwhile.
 */
export class FeedListener {
  readonly #streams = new Map<string, Set<Wake>>();
  readonly #reconnected = new Set<() => void>();
  #client: pg.Client | undefined;
  #closed = false;
  #retry: NodeJS.Timeout | undefined;

  constructor(
    readonly connectionString: string,
    readonly onError: (error: Error) => void,
  ) {}

  /** Starts listening (lazily, with the first stream); resolves once LISTEN is in place. */
  #connecting: Promise<void> | undefined;
  ready(): Promise<void> {
    this.#connecting ??= this.#connect(false);
    return this.#connecting;
  }

  async #connect(again: boolean): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('error', (error) => this.onError(error));
    client.on('end', () => this.#lost(client));
    client.on('notification', ({ payload }) => {
      const [userId, seq] = (payload ?? '').split(' ');
      for (const wake of this.#streams.get(userId ?? '') ?? []) wake(Number(seq));
    });
    try {
      await client.connect();
      await client.query('LISTEN carebook_feed');
    } catch (error) {
      this.onError(error as Error);
      await client.end().catch(() => {});
      this.#scheduleRetry();
      return;
    }
    if (this.#closed) {
      await client.end();
      return;
    }
    this.#client = client;
    if (again) for (const catchUp of this.#reconnected) catchUp();
  }

  #lost(client: pg.Client) {
    if (this.#client !== client && this.#client !== undefined) return;
    this.#client = undefined;
    this.#scheduleRetry();
  }

  #scheduleRetry() {
    if (this.#closed) return;
    clearTimeout(this.#retry);
    this.#retry = setTimeout(() => void this.#connect(true), 1000);
    this.#retry.unref();
  }

  /** Calls `wake` with each new feed cursor of `userId`, and `catchUp` after a reconnect; returns the unsubscribe. */
  subscribe(userId: string, wake: Wake, catchUp: () => void): () => void {
    let set = this.#streams.get(userId);
    if (!set) this.#streams.set(userId, (set = new Set()));
    set.add(wake);
    this.#reconnected.add(catchUp);
    return () => {
      set.delete(wake);
      if (set.size === 0) this.#streams.delete(userId);
      this.#reconnected.delete(catchUp);
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#retry);
    await this.#client?.end().catch(() => {});
  }
}
