import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Uses } from '../context.js';
import { type ChannelContext, channelsFor } from './channels/index.js';
import { FeedListener } from './feed-listener.js';
import { errorText } from '../log.js';
import { feedAfter, feedAt, latestSeq } from './notifications.repository.js';
import { feedItemView } from './views.js';

/** Comments every 15 s keep proxies and load balancers from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;
/**
 * A stream ends after this long and the client reconnects (with Last-Event-ID, losing nothing):
 * the reconnect re-checks the token, so a deactivated user or an expired token stops receiving.
 */
const MAX_STREAM_MS = 15 * 60_000;
/** At most this many missed notifications are replayed on a reconnect; the feed has the rest. */
const CATCH_UP_LIMIT = 500;
/** Cursors a stream remembers having sent, so a row announced twice (a catch-up racing a wake-up) goes out once. */
const REMEMBERED = 1000;

/** Open streams, so the server can end them when it closes instead of waiting on them forever. */
export interface StreamRegistry {
  closeAll(): Promise<void>;
}

const validCursor = (header: unknown): number | undefined => {
  const n = typeof header === 'string' && /^\d{1,15}$/.test(header) ? Number(header) : undefined;
  return n !== undefined && Number.isSafeInteger(n) ? n : undefined;
};

/**
 * Server-Sent Events of the caller's new in-app notifications: `id` is the feed cursor (send it back
 * as Last-Event-ID to resume), `event: notification`, `data` the feed item as JSON. A new row wakes
 * its user's streams through PostgreSQL's LISTEN/NOTIFY, from whichever instance or worker wrote it;
 * a stream reads only that row. Opening with Last-Event-ID first replays what is newer than it.
 */
export function createStreamRegistry(ctx: ChannelContext & Uses<'database'>) {
  const closers = new Set<() => void>();
  // Each user's open streams, oldest first: one user cannot hold an unbounded number of sockets and pollers.
  const byUser = new Map<string, (() => void)[]>();
  const { log } = channelsFor(ctx);
  const listener = new FeedListener(ctx.database.connectionString, (error) => log.warn({ error: errorText(error) }, 'notification listener connection failed'));

  async function open(request: FastifyRequest, reply: FastifyReply, userId: string): Promise<void> {
    await listener.ready();
    const resumeFrom = validCursor(request.headers['last-event-id']);

    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    });
    raw.write('retry: 5000\n: connected\n\n');

    let closed = false;
    let cursor = 0;
    const sent = new Set<number>();
    const send = (row: Awaited<ReturnType<typeof feedAfter>>[number]) => {
      if (closed || sent.has(row.seq)) return;
      sent.add(row.seq);
      if (sent.size > REMEMBERED) sent.delete(sent.values().next().value!);
      raw.write(`id: ${row.seq}\nevent: notification\ndata: ${JSON.stringify(feedItemView(row))}\n\n`);
      cursor = Math.max(cursor, row.seq);
    };
    // Reads run one after another, so what a stream sends stays in the order it was read.
    let reading = Promise.resolve();
    const read = (what: string, load: () => Promise<Awaited<ReturnType<typeof feedAfter>>>) => {
      reading = reading
        .then(async () => {
          if (!closed) for (const row of await load()) send(row);
        })
        .catch((error) => {
          if (!closed) log.warn({ user: userId, error: errorText(error) }, `notification stream ${what} failed`);
        });
    };

    const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), HEARTBEAT_MS);
    const lifetime = setTimeout(() => close(), MAX_STREAM_MS);
    // Subscribed before the first read, so nothing committed in between is missed.
    const unsubscribe = listener.subscribe(
      userId,
      (seq) => read('read', () => feedAt(ctx.db, userId, seq)),
      () => read('catch-up', () => feedAfter(ctx.db, userId, cursor, CATCH_UP_LIMIT)),
    );
    const close = () => {
      if (closed) return;
      closed = true;
      unsubscribe();
      clearInterval(heartbeat);
      clearTimeout(lifetime);
      closers.delete(close);
      const mine = byUser.get(userId)?.filter((c) => c !== close) ?? [];
      if (mine.length > 0) byUser.set(userId, mine);
      else byUser.delete(userId);
      if (!raw.writableEnded) raw.end();
      // Nothing more will be written; let the server's close finish without waiting on this socket.
      raw.socket?.destroySoon();
    };
    closers.add(close);
    const mine = byUser.get(userId) ?? [];
    mine.push(close);
    byUser.set(userId, mine);
    // Over the limit: the oldest goes (its client, if still there, reconnects with Last-Event-ID and loses nothing).
    const excess = mine.length - ctx.config.NOTIFY_MAX_STREAMS_PER_USER;
    for (const oldest of mine.slice(0, Math.max(0, excess))) oldest();
    raw.on('close', close);

    if (resumeFrom !== undefined) {
      cursor = resumeFrom;
      read('catch-up', () => feedAfter(ctx.db, userId, resumeFrom, CATCH_UP_LIMIT));
    } else {
      cursor = await latestSeq(ctx.db, userId);
    }
  }

  const registry: StreamRegistry = {
    async closeAll() {
      for (const close of [...closers]) close();
      await listener.close();
    },
  };
  return { open, registry };
}
