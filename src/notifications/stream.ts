import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { channelsFor } from './channels/index.js';
import { errorText } from './log.js';
import { feedAfter, latestSeq } from './notifications.repository.js';
import { feedItemView } from './views.js';

/** Comments every 15 s keep proxies and load balancers from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;
/**
 * A stream ends after this long and the client reconnects (with Last-Event-ID, losing nothing):
 * the reconnect re-checks the token, so a deactivated user or an expired token stops receiving.
 */
const MAX_STREAM_MS = 15 * 60_000;
/**
 * Feed cursors are allocated when a row is written but become visible at commit, so a slower
 * transaction can reveal a lower cursor after a higher one was sent. Each poll looks this far back
 * and skips what it already sent, instead of trusting the cursor alone.
 */
const LOOKBACK = 1000;

/** Open streams, so the server can end them when it closes instead of waiting on them forever. */
export interface StreamRegistry {
  closeAll(): void;
}

const validCursor = (header: unknown): number | undefined => {
  const n = typeof header === 'string' && /^\d{1,15}$/.test(header) ? Number(header) : undefined;
  return n !== undefined && Number.isSafeInteger(n) ? n : undefined;
};

/**
 * Server-Sent Events of the caller's new in-app notifications: `id` is the feed cursor (send it back
 * as Last-Event-ID to resume), `event: notification`, `data` the feed item as JSON. Polls the
 * database, so notifications written by any instance or worker reach every stream.
 */
export function createStreamRegistry(ctx: AppContext) {
  const closers = new Set<() => void>();
  // Each user's open streams, oldest first: one user cannot hold an unbounded number of sockets and pollers.
  const byUser = new Map<string, (() => void)[]>();
  const { log } = channelsFor(ctx);

  async function open(request: FastifyRequest, reply: FastifyReply, userId: string): Promise<void> {
    let cursor = validCursor(request.headers['last-event-id']) ?? (await latestSeq(ctx.db, userId));
    // id → cursor of what the client has: everything up to the cursor, then what this stream sends.
    const sent = new Map<string, number>();
    for (const row of await feedAfter(ctx.db, userId, Math.max(0, cursor - LOOKBACK), LOOKBACK)) {
      if (row.seq <= cursor) sent.set(row.id, row.seq);
    }

    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    });
    raw.write('retry: 5000\n: connected\n\n');

    let closed = false;
    let pollTimer: NodeJS.Timeout | undefined;
    const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), HEARTBEAT_MS);
    const lifetime = setTimeout(() => close(), MAX_STREAM_MS);
    const close = () => {
      if (closed) return;
      closed = true;
      clearTimeout(pollTimer);
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

    const poll = async () => {
      try {
        const rows = await feedAfter(ctx.db, userId, Math.max(0, cursor - LOOKBACK), LOOKBACK + 100);
        for (const row of rows) {
          if (closed) return;
          if (sent.has(row.id)) continue;
          sent.set(row.id, row.seq);
          raw.write(`id: ${row.seq}\nevent: notification\ndata: ${JSON.stringify(feedItemView(row))}\n\n`);
          cursor = Math.max(cursor, row.seq);
        }
        // Forget what has fallen below the look-back window: no poll returns it again.
        for (const [id, seq] of sent) if (seq <= cursor - LOOKBACK) sent.delete(id);
      } catch (error) {
        if (!closed) log.warn('notification stream poll failed', { user: userId, error: errorText(error) });
      }
      if (!closed) pollTimer = setTimeout(() => void poll(), ctx.config.NOTIFY_POLL_MS);
    };
    void poll();
  }

  const registry: StreamRegistry = {
    closeAll() {
      for (const close of [...closers]) close();
    },
  };
  return { open, registry };
}
