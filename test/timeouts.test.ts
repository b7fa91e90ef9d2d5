import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { createTestApp, type TestApp } from './helpers.js';

/**
 * Slow and silent clients are cut off (HTTP_CONNECTION_TIMEOUT_MS, HTTP_REQUEST_TIMEOUT_MS,
 * HTTP_KEEP_ALIVE_TIMEOUT_MS), against a real listening server: these limits live in Node's HTTP
 * server, which `inject` never reaches. The limits are set small here so the test is quick; the
 * bound each check allows is several times the limit, and far below Node's own defaults (60 s for
 * headers, 300 s for a request, none for an idle socket), so it fails without the settings.
 */
const IDLE_MS = 400;
const REQUEST_MS = 600;
const KEEP_ALIVE_MS = 300;
const BOUND_MS = 4000;

describe.each(backends)('connection timeouts on %s', (backend) => {
  let t: TestApp;
  let port: number;
  const open: Socket[] = [];

  beforeAll(async () => {
    t = await createTestApp(backend, {
      HTTP_CONNECTION_TIMEOUT_MS: IDLE_MS,
      HTTP_REQUEST_TIMEOUT_MS: REQUEST_MS,
      HTTP_KEEP_ALIVE_TIMEOUT_MS: KEEP_ALIVE_MS,
    });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    for (const socket of open) socket.destroy();
    await t?.close();
  });

  /** Connects, runs `drive` on the socket, and resolves with how long the server took to close it (or Infinity at BOUND_MS). */
  function timeToClose(drive: (socket: Socket) => (() => void) | void): Promise<{ ms: number; received: string }> {
    return new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      open.push(socket);
      let received = '';
      let stop: (() => void) | void;
      const started = performance.now();
      const bound = setTimeout(() => {
        stop?.();
        socket.destroy();
        resolve({ ms: Infinity, received });
      }, BOUND_MS);
      socket.on('data', (chunk) => (received += chunk.toString('latin1')));
      socket.on('error', () => {});
      socket.on('close', () => {
        clearTimeout(bound);
        stop?.();
        resolve({ ms: performance.now() - started, received });
      });
      socket.on('connect', () => (stop = drive(socket)));
    });
  }

  /** Writes one byte every 100 ms: never idle long enough for the idle timeout, always too slow to finish. */
  const trickle = (socket: Socket, byte: string) => {
    const timer = setInterval(() => socket.writable && socket.write(byte), 100);
    return () => clearInterval(timer);
  };

  it('closes a socket that sends nothing', async () => {
    const { ms } = await timeToClose(() => {});
    expect(ms).toBeGreaterThanOrEqual(IDLE_MS - 50);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('cuts off headers that trickle in', async () => {
    const { ms } = await timeToClose((socket) => {
      socket.write('GET /health HTTP/1.1\r\nHost: carebook.test\r\nX-Slow: ');
      return trickle(socket, 'a');
    });
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('cuts off a body that trickles in', async () => {
    const { ms, received } = await timeToClose((socket) => {
      socket.write('POST /api/v1/auth/token HTTP/1.1\r\nHost: carebook.test\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"email":"');
      return trickle(socket, 'a');
    });
    expect(ms).toBeLessThan(BOUND_MS);
    // Nothing was processed: either no answer, or Node's own 408.
    expect(received === '' || received.startsWith('HTTP/1.1 408')).toBe(true);
  });

  it('closes an idle kept-alive connection after its answer', async () => {
    const { ms, received } = await timeToClose((socket) => {
      socket.write('GET /health HTTP/1.1\r\nHost: carebook.test\r\nConnection: keep-alive\r\n\r\n');
    });
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});
