import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../../../sdk/schema';

/** A refusal from the API (problem+json), or a lost connection (`status` 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
  /** Per-field messages of a 422, and the booking rules' reasons. */
  get details(): string[] {
    const errors = Array.isArray(this.body.errors) ? (this.body.errors as { field?: string; message?: string }[]) : [];
    const reasons = Array.isArray(this.body.reasons) ? (this.body.reasons as { message?: string }[]) : [];
    return [...errors.map((e) => (e.field ? `${e.field}: ${e.message}` : String(e.message))), ...reasons.map((r) => String(r.message))];
  }
}

const TOKEN_KEY = 'carebook.token';
let token: string | null = sessionStorage.getItem(TOKEN_KEY);
const connectionListeners = new Set<(online: boolean) => void>();

export const session = {
  get token() {
    return token;
  },
  set(value: string | null) {
    token = value;
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  },
};

/** Tells the app whether the server answered the last request (false: the connection is lost). */
export function onConnection(listener: (online: boolean) => void): () => void {
  connectionListeners.add(listener);
  return () => connectionListeners.delete(listener);
}
const reportConnection = (online: boolean) => connectionListeners.forEach((l) => l(online));

const bearer: Middleware = {
  onRequest({ request }) {
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
};

async function fetchReportingConnection(input: Request): Promise<Response> {
  try {
    const res = await fetch(input);
    reportConnection(true);
    return res;
  } catch (error) {
    reportConnection(false);
    throw new ApiError(0, 'connection_lost', 'The server cannot be reached. Check your connection and try again.');
  }
}

export const api = createClient<paths>({ baseUrl: window.location.origin, fetch: fetchReportingConnection });
api.use(bearer);

/** The data of a successful call, or the API's refusal thrown as an {@link ApiError}. */
export async function must<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const body = (error && typeof error === 'object' ? error : {}) as Record<string, unknown>;
  if (response.status === 401 && token) {
    session.set(null);
    window.dispatchEvent(new Event('carebook:signed-out'));
  }
  throw new ApiError(response.status, String(body.code ?? 'error'), String(body.detail ?? body.title ?? `Request failed (${response.status})`), body);
}

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
/** The JSON body a route answers with on `status`. */
export type ResponseOf<P extends keyof paths, M extends keyof paths[P], S extends number = 200> = paths[P][M] extends {
  responses: infer R;
}
  ? S extends keyof R
    ? Json<R[S]>
    : never
  : never;

export type Me = ResponseOf<'/api/v1/me', 'get'>;
export type Appointment = ResponseOf<'/api/v1/appointments/{id}', 'get'>;
export type Schedule = ResponseOf<'/api/v1/schedule', 'get'>;
export type ScheduleAppointment = Schedule['appointments'][number];
export type Facility = ResponseOf<'/api/v1/facilities/{id}', 'get'>;
export type Provider = ResponseOf<'/api/v1/providers/{id}', 'get'>;
export type Topic = ResponseOf<'/api/v1/topics/{id}', 'get'>;
export type Patient = ResponseOf<'/api/v1/patients/{id}', 'get'>;
export type Slot = ResponseOf<'/api/v1/slots', 'get'>['results'][number];
export type Availability = ResponseOf<'/api/v1/providers/{id}/availability', 'post', 201>;
export type Explanation = ResponseOf<'/api/v1/providers/{id}/availability/explain', 'get'>;
export type Booked = ResponseOf<'/api/v1/appointments', 'post', 201>;
