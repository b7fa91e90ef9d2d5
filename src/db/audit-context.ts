import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting: a signed-in user or an API key (a trusted service). */
export interface AuditActor {
  type: 'user' | 'api_key';
  id: string;
}

/** What the audit trail needs to know about the request a transaction runs for. */
export interface AuditContext {
  /** `POST /api/v1/appointments`: the method and the route's template. */
  route: string;
  address: string;
  /** Read when a transaction starts: the guard signs the caller in after the context is made. */
  actor(): AuditActor | undefined;
  now(): Date;
}

const storage = new AsyncLocalStorage<AuditContext>();

/**
 * Runs `work` (the rest of a request) with its audit context; {@link currentAudit} finds it in any
 * function it calls, so no service has to pass the caller and the address down to the database.
 */
export const runWithAudit = <T>(context: AuditContext, work: () => T): T => storage.run(context, work);

/** The audit context of the request being served, if any (none in the worker: its changes are the system's). */
export const currentAudit = (): AuditContext | undefined => storage.getStore();
