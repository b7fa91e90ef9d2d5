import { installJobs } from './jobs/boss.js';
import { notificationQueues } from './notifications/queue.js';
import { registerApprovalRoutes } from './appointments/approval.routes.js';
import { registerSeriesRoutes } from './series/series.routes.js';
import { registerWaitlistRoutes } from './waitlist/waitlist.routes.js';
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import fp from 'fastify-plugin';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerAppointmentRoutes } from './appointments/appointments.routes.js';
import { registerAuthRoutes } from './auth/auth.routes.js';
import { registerSessionRoutes } from './auth/sessions.routes.js';
import { registerAccountRoutes } from './accounts/accounts.routes.js';
import { CallerCache } from './auth/caller-cache.js';
import { resolveDataKeys, resolveKeys } from './auth/keys.js';
import { resealLegacySecrets } from './crypto/legacy-secrets.js';
import { createTokenService } from './auth/tokens.js';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { createLogger } from './log.js';
import type { AppContext } from './context.js';
import { type Database, openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { problem, sendProblem } from './http/errors.js';
import { authPlugin, contextPlugin, errorsPlugin, healthPlugin, openApiPlugin, rateLimitsPlugin } from './http/plugins.js';
import type { App, Auth } from './http/types.js';
import { ensureAdmin } from './people/people.service.js';
import { registerPeopleRoutes } from './people/people.routes.js';
import { registerTopicRoutes } from './topics/topics.routes.js';
import { registerFacilityRoutes } from './facilities/facilities.routes.js';
import { registerAvailabilityRoutes } from './scheduling/availability.routes.js';
import { registerSlotRoutes } from './scheduling/slots.routes.js';
import { registerScheduleRoutes } from './schedule/schedule.routes.js';
import { registerNotificationRoutes } from './notifications/notifications.routes.js';
import { registerWebhookRoutes } from './notifications/webhooks.routes.js';
import { dummyGateway } from './payments/gateway.js';
import { registerDummyGateway, registerPaymentRoutes } from './payments/payments.routes.js';
import { registerProviderProfileRoutes } from './providers/profile.routes.js';
import { registerApiKeyRoutes } from './api-keys/api-keys.routes.js';
import { registerAuditRoutes } from './audit/audit.routes.js';
import { createMetrics } from './ops/metrics.js';
import { registerCalendarFeedRoutes, registerIcalFeed } from './calendars/feeds.routes.js';
import { registerCalendarSourceRoutes } from './calendars/sources.routes.js';
import { instrument, registerOpsRoutes, requestIdOf } from './ops/ops.routes.js';
import { FHIR_PREFIX, registerFhirRoutes } from './fhir/fhir.routes.js';
import { registerManageLinkRoutes } from './manage-links/manage-links.routes.js';

/**
 * Opens (or adopts) the database, applies migrations, settles the token secret and the
 * bootstrap admin: everything the app and the worker need before they serve anything.
 */
export async function createContext(config: Config, options: { database?: Database; clock?: Clock; attach?: boolean } = {}): Promise<AppContext> {
  const log = createLogger(config);
  const database =
    options.database ??
    (await openDatabase({
      url: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      attach: options.attach,
      poolSize: config.DB_POOL_SIZE,
      statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
      onConnectionError: (error) => log.error({ error: error.message }, 'database connection lost'),
    }));
  await migrateToLatest(database.db);
  // pg-boss's schema and the notification queues exist before any command can enqueue a delivery.
  await installJobs(database.db, database.connectionString, notificationQueues(config));
  const { keys, notices } = await resolveKeys(database.db, config);
  // Secrets stored in the format before JWE are sealed again, once per database.
  await resealLegacySecrets(database.db, keys);
  const { dataKeys, notices: dataKeyNotices } = resolveDataKeys(config);
  // Start-up notices for the operator, beside the listening banner (not log lines).
  if (config.LOG_LEVEL !== 'silent') for (const notice of [...notices, ...dataKeyNotices]) console.log(notice);
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    clock: options.clock ?? systemClock,
    log,
    tokens: createTokenService(keys.jwtSecret, config.JWT_TTL_SECONDS),
    keys,
    dataKeys,
    callers: new CallerCache(config.CALLER_CACHE_MS),
    payments: { gateway: dummyGateway, secret: config.PAYMENT_GATEWAY_SECRET ?? randomBytes(32).toString('base64url') },
  };
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    await ensureAdmin(ctx, config.ADMIN_EMAIL, config.ADMIN_PASSWORD, config.ADMIN_NAME);
  }
  return ctx;
}

/** The API's base path. */
export const API_PREFIX = '/api/v1';

const featureRoutes = [
  registerAuthRoutes,
  registerPeopleRoutes,
  registerTopicRoutes,
  registerAppointmentRoutes,
  registerFacilityRoutes,
  registerSlotRoutes,
  registerScheduleRoutes,
  registerAvailabilityRoutes,
  registerNotificationRoutes,
  registerWebhookRoutes,
  registerPaymentRoutes,
  registerSessionRoutes,
  registerAccountRoutes,
  registerProviderProfileRoutes,
  registerApiKeyRoutes,
  registerAuditRoutes,
  registerSeriesRoutes,
  registerWaitlistRoutes,
  registerApprovalRoutes,
  registerCalendarFeedRoutes,
  registerCalendarSourceRoutes,
  registerManageLinkRoutes,
] satisfies Array<(app: App, ctx: AppContext, auth: Auth) => void>;

/** Builds the HTTP app without listening, so tests drive it through `app.inject`. */
export async function buildApp(ctx: AppContext): Promise<App> {
  const app = Fastify({
    loggerInstance: ctx.log,
    bodyLimit: ctx.config.BODY_LIMIT_BYTES,
    // Every request has an id (the caller's X-Request-Id when sane), in each of its log lines and echoed back.
    genReqId: requestIdOf,
    requestIdHeader: false,
    // Slow or silent clients must not hold sockets forever: an idle socket, a request that trickles in
    // and an idle kept-alive connection are each closed after their own limit.
    connectionTimeout: ctx.config.HTTP_CONNECTION_TIMEOUT_MS,
    requestTimeout: ctx.config.HTTP_REQUEST_TIMEOUT_MS,
    keepAliveTimeout: ctx.config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    http: {
      // Headers get at most the request's time (Node's own default is a fixed 60 s).
      headersTimeout: Math.min(ctx.config.HTTP_REQUEST_TIMEOUT_MS, 10_000),
      // Node checks those two limits only this often (30 s by default, which would double them).
      connectionsCheckingInterval: Math.min(ctx.config.HTTP_REQUEST_TIMEOUT_MS, 1000),
    },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // Rate limiting keys on the client address. X-Forwarded-For is only believed when the operator says
    // how many proxies stand in front; otherwise any client could pick a new address per attempt.
    trustProxy: (_address: string, hop: number) => hop < ctx.config.TRUST_PROXY_HOPS,
    // Errors Node's HTTP parser raises (URL or headers too large, a malformed request line) get the
    // same problem+json envelope as everything else.
    clientErrorHandler: (error, socket) => {
      const code = (error as { code?: string }).code;
      const [status, errorCode, reason, detail] =
        code === 'HPE_HEADER_OVERFLOW'
          ? [431, 'headers_too_large', 'Request Header Fields Too Large', 'The request headers or URL are too large']
          : code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? [408, 'request_timeout', 'Request Timeout', 'The request did not arrive in time']
            : [400, 'bad_request', 'Bad Request', 'The request is not valid HTTP'];
      if (socket.writable) {
        const body = JSON.stringify(problem(status, errorCode, detail));
        socket.end(
          `HTTP/1.1 ${status} ${reason}\r\n` +
            `Content-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      } else {
        socket.destroy(error);
      }
    },
    // Errors the router raises before any route runs get the same problem+json envelope.
    frameworkErrors: (error, _request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      sendProblem(reply, tooLong ? problem(404, 'not_found', 'No such resource') : problem(400, 'bad_request', 'The request URL is malformed'));
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(errorsPlugin);
  const metrics = createMetrics(ctx);
  instrument(app, metrics);
  await app.register(rateLimitsPlugin);
  await app.register(contextPlugin, { ctx });
  await app.register(authPlugin);
  await app.register(openApiPlugin);
  await app.register(healthPlugin);
  registerOpsRoutes(app, ctx, app.auth, metrics);
  // Every feature's routes sit under the API's base path; their own files name paths below it.
  await app.register(
    fp(
      async (scope) => {
        const api = scope.withTypeProvider<ZodTypeProvider>();
        for (const register of featureRoutes) register(api, ctx, api.auth);
      },
      { name: 'api', dependencies: ['errors', 'rate-limits', 'openapi', 'db', 'auth'], encapsulate: true },
    ),
    { prefix: API_PREFIX },
  );
  registerIcalFeed(app, ctx);
  // The FHIR facade: its own scope (OperationOutcome errors, application/fhir+json), the same guards.
  await app.register(async (scope) => registerFhirRoutes(scope.withTypeProvider<ZodTypeProvider>(), ctx, app.auth), { prefix: FHIR_PREFIX });
  if (ctx.payments.gateway.name === 'dummy') registerDummyGateway(app, ctx);
  return app;
}
