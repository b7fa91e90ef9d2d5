import { type IncomingHttpHeaders, request } from 'node:http';

export interface SseConnection {
  status: number;
  headers: IncomingHttpHeaders;
  /** Everything received so far. */
  text(): string;
  /** Resolves with the text once `predicate` holds; rejects if the stream ends first or after `timeoutMs`. */
  until(predicate: (text: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/**
 * Opens a GET on its own connection (no shared keep-alive pool, so nothing outlives the test) and
 * collects the streamed body: enough of a Server-Sent Events client for tests.
 */
export function openSse(url: string, headers: Record<string, string> = {}): Promise<SseConnection> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { accept: 'text/event-stream', ...headers }, agent: false }, (res) => {
      let text = '';
      const waiters = new Set<() => void>();
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        for (const wake of [...waiters]) wake();
      });
      let finished = false;
      const ended = new Promise<void>((done) =>
        res.on('close', () => {
          finished = true;
          for (const wake of [...waiters]) wake();
          done();
        }),
      );
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        text: () => text,
        ended,
        close: () => req.destroy(),
        until(predicate, timeoutMs = 10_000) {
          return new Promise((done, fail) => {
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(new Error(`no matching data within ${timeoutMs} ms; got: ${text}`));
            }, timeoutMs);
            const check = () => {
              if (predicate(text)) {
                clearTimeout(timer);
                waiters.delete(check);
                done(text);
              } else if (finished) {
                clearTimeout(timer);
                waiters.delete(check);
                fail(new Error(`stream ended without matching data; got: ${text}`));
              }
            };
            waiters.add(check);
            check();
          });
        },
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * The answer to a stream request without waiting for a stream to end (it never does): a granted
 * stream is read up to its head and hung up; a refusal is read whole.
 */
export async function sseHead(url: string, headers: Record<string, string> = {}): Promise<{ status: number; contentType: string; body: string }> {
  const conn = await openSse(url, headers);
  const contentType = String(conn.headers['content-type'] ?? '');
  if (contentType.startsWith('text/event-stream')) {
    conn.close();
    return { status: conn.status, contentType, body: '' };
  }
  await conn.ended;
  return { status: conn.status, contentType, body: conn.text() };
}
