import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `npm start` (scripts/build.mjs) builds the web app. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Paths that belong to the server, never to the web app's client-side routes. */
const SERVER_PATHS = /^\/(api|docs|openapi\.json|health|dummy-gateway)(\/|$|\?)/;

/**
 * Serves the single-page app at `/`: its files (hashed assets cached for a year, index.html never)
 * and, for any other GET that is not the API's, index.html so client-side routes survive a reload.
 * Unknown API paths still get the API's problem+json 404.
 */
export async function registerWebApp(app: FastifyInstance, root: string = WEB_DIST): Promise<void> {
  const built = existsSync(`${root}/index.html`);
  if (built) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      // Headers are set below: hashed assets for a year, everything else revalidated.
      cacheControl: false,
      setHeaders: (res, path) => {
        res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const page = async (request: { url: string }, reply: import('fastify').FastifyReply) => {
    if (SERVER_PATHS.test(request.url)) return reply.callNotFound();
    if (!built) {
      return reply
        .code(503)
        .type('text/html; charset=utf-8')
        .send('<!doctype html><title>Carebook</title><h1>The web app is not built</h1><p>Run <code>npm run build</code> (or <code>npm start</code>), then reload.</p>');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
  };
  app.get('/', { schema: { hide: true } }, page);
  app.get('/*', { schema: { hide: true } }, page);
}
