import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES } from '../src/api-keys/scopes.js';
import { type LinkAction, signLink } from '../src/manage-links/tokens.js';

import { sweepWaitlist } from '../src/waitlist/waitlist.service.js';
import { backends } from './databases.js';
import { createTestApp, makePatient, makeProvider, type Person, refusalCode } from './helpers.js';
import { buildWorld, CALLERS, type CallerName, PASSWORDS, unique, type World } from './support/fixtures-world.js';
import { sseHead } from './support/sse-client.js';

/**
 * Route × caller → status, for every operation in the OpenAPI document.
 *
 * Rules the table encodes: anonymous callers get 401; an action the caller's role may never take
 * is 403; someone else's record (appointment, patient profile, notification) is 404, never a 403
 * that confirms it exists. Calls that change something get fresh resources per cell.
 */

/** [anonymous, patientA, patientB, providerA, providerB, staff, admin] */
type Expect = readonly [number, number, number, number, number, number, number];

interface Req {
  url: string;
  body?: unknown;
  /** A body sent as given (a multipart upload), instead of JSON. */
  raw?: { payload: Buffer; headers: Record<string, string> };
  /** Moves the app's clock for this one call (e.g. a no-show needs the start to have passed). */
  clockAt?: string;
}

interface Row {
  /** `METHOD /openapi/path/{template}`, exactly as in /openapi.json. */
  op: string;
  note?: string;
  expect: Expect;
  req: (w: World, caller: CallerName) => Req | Promise<Req>;
  /** Extra checks on a 2xx body: lists only show the caller's own records. */
  check?: (w: World, caller: CallerName, body: any) => void | Promise<void>;
}

const STREAM = 'GET /api/v1/notifications/stream';
const ALL_OK: Expect = [401, 200, 200, 200, 200, 200, 200];
const STAFF_ONLY = (ok: number): Expect => [401, 403, 403, 403, 403, ok, ok];
const ADMIN_ONLY = (ok: number): Expect => [401, 403, 403, 403, 403, 403, ok];
/** Patient A's and provider A's record: the B side gets 404. */
const OWN_APPOINTMENT = (ok: number): Expect => [401, ok, 404, ok, 404, ok, ok];

/** Appointments in a list belong to the caller (patients and providers), and match a forced filter. */
const onlyOwnAppointments =
  (filter?: (w: World) => { provider?: string; patient?: string }) => (w: World, caller: CallerName, body: any) => {
    const items: any[] = Array.isArray(body.results) ? body.results : body.appointments;
    expect(Array.isArray(items)).toBe(true);
    const me = w.person(caller)!;
    for (const a of items) {
      if (caller.startsWith('patient')) expect(a.patient).toBe(me.id);
      if (caller.startsWith('provider')) expect(a.provider).toBe(me.id);
      const forced = filter?.(w) ?? {};
      if (forced.provider) expect(a.provider).toBe(forced.provider);
      if (forced.patient) expect(a.patient).toBe(forced.patient);
    }
    // The A side always has something to show, so an empty list for them would hide a broken filter.
    if (['patientA', 'providerA', 'staff', 'admin'].includes(caller)) expect(items.length).toBeGreaterThan(0);
    if ((caller === 'patientB' || caller === 'providerB') && (filter?.(w).provider === w.providerA.id || filter?.(w).patient === w.patientA.id)) {
      expect(items).toEqual([]);
    }
  };

// prettier-ignore
const TABLE: Row[] = [
  //  op                                                        expect: anon pA   pB   prA  prB  staff admin
  { op: 'GET /health',                                           expect: [200, 200, 200, 200, 200, 200, 200], req: () => ({ url: '/health' }) },
  { op: 'POST /api/v1/auth/token',                               expect: [200, 200, 200, 200, 200, 200, 200],
    req: (w) => ({ url: '/api/v1/auth/token', body: { email: w.patientA.email, password: PASSWORDS.patient } }) },
  { op: 'GET /api/v1/me',                                        expect: ALL_OK, req: () => ({ url: '/api/v1/me' }),
    check: (w, caller, body) => expect(body.id).toBe(w.person(caller)!.userId) },
  // A wrong current password for everyone (a right one would end the caller's tokens for the rows after); test/accounts.test.ts changes it.
  { op: 'POST /api/v1/me/password',                              expect: [401, 422, 422, 422, 422, 422, 422],
    req: () => ({ url: '/api/v1/me/password', body: { current_password: 'not-the-password', new_password: 'a-new-password-1' } }) },

  // ---- providers
  // Only admins add practitioners (issue 13); staff keep their hours and appointments.
  { op: 'POST /api/v1/providers',                                expect: ADMIN_ONLY(201),
    req: () => ({ url: '/api/v1/providers', body: { email: `matrix-${unique()}@carebook.test`, name: 'New Provider', password: 'provider-pass-1' } }) },
  { op: 'GET /api/v1/providers',                                 expect: ALL_OK, req: () => ({ url: '/api/v1/providers' }),
    check: (_w, caller, body) => { if (caller.startsWith('patient')) for (const p of body.results) expect(p.active).toBe(true); } },
  { op: 'GET /api/v1/providers/{id}',                            expect: ALL_OK, req: (w) => ({ url: `/api/v1/providers/${w.providerA.id}` }) },
  { op: 'PATCH /api/v1/providers/{id}',                          expect: [401, 403, 403, 200, 403, 200, 200],
    req: (w) => ({ url: `/api/v1/providers/${w.providerA.id}`, body: { specialization: 'General practice' } }) },
  { op: 'POST /api/v1/providers/{id}/deactivate', note: 'a fresh provider', expect: STAFF_ONLY(200),
    req: async (w) => ({ url: `/api/v1/providers/${(await makeProvider(w.t)).id}/deactivate` }) },
  { op: 'POST /api/v1/providers/{id}/activate', note: 'a fresh provider', expect: STAFF_ONLY(200),
    req: async (w) => ({ url: `/api/v1/providers/${(await makeProvider(w.t)).id}/activate` }) },
  { op: 'DELETE /api/v1/providers/{id}', note: 'a fresh provider (deactivates)', expect: STAFF_ONLY(204),
    req: async (w) => ({ url: `/api/v1/providers/${(await makeProvider(w.t)).id}` }) },

  // ---- patients
  { op: 'POST /api/v1/patients',                                 expect: STAFF_ONLY(201),
    req: () => ({ url: '/api/v1/patients', body: { email: `matrix-${unique()}@carebook.test`, name: 'New Patient', password: 'patient-pass-1' } }) },
  { op: 'GET /api/v1/patients',                                  expect: ALL_OK, req: () => ({ url: '/api/v1/patients' }),
    check: (w, caller, body) => { if (caller.startsWith('patient')) expect(body.results.map((p: any) => p.id)).toEqual([w.person(caller)!.id]); } },
  { op: 'GET /api/v1/patients/{id}',                             expect: [401, 200, 404, 200, 200, 200, 200], req: (w) => ({ url: `/api/v1/patients/${w.patientA.id}` }) },
  { op: 'PATCH /api/v1/patients/{id}',                           expect: [401, 200, 404, 403, 403, 200, 200],
    req: (w) => ({ url: `/api/v1/patients/${w.patientA.id}`, body: { name: 'Patient A' } }) },
  { op: 'POST /api/v1/patients/{id}/deactivate', note: 'a fresh patient', expect: STAFF_ONLY(200),
    req: async (w) => ({ url: `/api/v1/patients/${(await makePatient(w.t)).id}/deactivate` }) },
  { op: 'POST /api/v1/patients/{id}/activate', note: 'a fresh patient', expect: STAFF_ONLY(200),
    req: async (w) => ({ url: `/api/v1/patients/${(await makePatient(w.t)).id}/activate` }) },

  // ---- staff and admin users
  { op: 'POST /api/v1/users',                                    expect: ADMIN_ONLY(201),
    req: () => ({ url: '/api/v1/users', body: { email: `matrix-${unique()}@carebook.test`, name: 'New Staff', password: 'staff-pass-123', role: 'staff' } }) },
  { op: 'GET /api/v1/users',                                     expect: ADMIN_ONLY(200), req: () => ({ url: '/api/v1/users' }) },
  { op: 'GET /api/v1/users/{id}',                                expect: ADMIN_ONLY(200), req: (w) => ({ url: `/api/v1/users/${w.staff.userId}` }) },
  { op: 'PATCH /api/v1/users/{id}',                              expect: ADMIN_ONLY(200), req: (w) => ({ url: `/api/v1/users/${w.staff.userId}`, body: { name: 'Staff Member' } }) },

  // ---- topics and facilities
  { op: 'POST /api/v1/topics',                                   expect: STAFF_ONLY(201), req: () => ({ url: '/api/v1/topics', body: { name: `Topic ${unique()}`, duration: 20 } }) },
  { op: 'GET /api/v1/topics',                                    expect: ALL_OK, req: () => ({ url: '/api/v1/topics' }) },
  { op: 'GET /api/v1/topics/{id}',                               expect: ALL_OK, req: (w) => ({ url: `/api/v1/topics/${w.topic}` }) },
  { op: 'PATCH /api/v1/topics/{id}',                             expect: STAFF_ONLY(200), req: (w) => ({ url: `/api/v1/topics/${w.topic}`, body: { duration: 30 } }) },
  { op: 'POST /api/v1/facilities',                               expect: STAFF_ONLY(201), req: () => ({ url: '/api/v1/facilities', body: { name: `Clinic ${unique()}`, timezone: 'Europe/Berlin' } }) },
  { op: 'GET /api/v1/facilities',                                expect: ALL_OK, req: () => ({ url: '/api/v1/facilities' }) },
  { op: 'GET /api/v1/facilities/{id}',                           expect: ALL_OK, req: (w) => ({ url: `/api/v1/facilities/${w.facility}` }) },
  { op: 'PATCH /api/v1/facilities/{id}',                         expect: STAFF_ONLY(200), req: (w) => ({ url: `/api/v1/facilities/${w.facility}`, body: { address: ['1 Main Street'] } }) },

  // ---- appointments: reading
  { op: 'POST /api/v1/appointments', note: 'for patient A with provider A', expect: [401, 201, 403, 201, 403, 201, 201],
    req: (w) => ({ url: '/api/v1/appointments', body: { provider: w.providerA.id, patient: w.patientA.id, topics: [w.topic], start_time: w.nextSlot() } }) },
  { op: 'GET /api/v1/appointments',                              expect: ALL_OK, req: () => ({ url: '/api/v1/appointments?limit=200' }), check: onlyOwnAppointments() },
  { op: 'GET /api/v1/appointments/upcoming',                     expect: ALL_OK, req: () => ({ url: '/api/v1/appointments/upcoming?limit=200' }), check: onlyOwnAppointments() },
  { op: 'GET /api/v1/appointments/by-provider/{id}', note: 'provider A', expect: ALL_OK,
    req: (w) => ({ url: `/api/v1/appointments/by-provider/${w.providerA.id}?limit=200` }), check: onlyOwnAppointments((w) => ({ provider: w.providerA.id })) },
  { op: 'GET /api/v1/appointments/by-patient/{id}', note: 'patient A', expect: ALL_OK,
    req: (w) => ({ url: `/api/v1/appointments/by-patient/${w.patientA.id}?limit=200` }), check: onlyOwnAppointments((w) => ({ patient: w.patientA.id })) },
  { op: 'GET /api/v1/appointments/{id}',                         expect: OWN_APPOINTMENT(200), req: (w) => ({ url: `/api/v1/appointments/${w.appointmentA}` }),
    check: (w, _c, body) => expect(body.id).toBe(w.appointmentA) },
  { op: 'GET /api/v1/appointments/{id}/history',                 expect: OWN_APPOINTMENT(200), req: (w) => ({ url: `/api/v1/appointments/${w.appointmentA}/history` }) },
  { op: 'POST /api/v1/appointments/{id}/check-conflicts',        expect: OWN_APPOINTMENT(200), req: (w) => ({ url: `/api/v1/appointments/${w.appointmentA}/check-conflicts` }) },

  // ---- appointments: changes (each cell its own appointment of patient A with provider A)
  { op: 'PATCH /api/v1/appointments/{id}', note: 'status user_canceled', expect: [401, 200, 404, 403, 403, 200, 200],
    req: async (w) => ({ url: `/api/v1/appointments/${await w.bookAppointment()}`, body: { status: 'user_canceled' } }) },
  { op: 'PATCH /api/v1/appointments/{id}', note: 'provider_notes', expect: [401, 403, 403, 200, 404, 200, 200],
    req: async (w) => ({ url: `/api/v1/appointments/${await w.bookAppointment()}`, body: { provider_notes: 'Bring the X-ray' } }) },
  { op: 'PUT /api/v1/appointments/{id}',                         expect: OWN_APPOINTMENT(200),
    req: async (w) => ({ url: `/api/v1/appointments/${await w.bookAppointment()}`, body: { topics: [w.topic], start_time: w.nextSlot() } }) },
  { op: 'DELETE /api/v1/appointments/{id}',                      expect: OWN_APPOINTMENT(204), req: async (w) => ({ url: `/api/v1/appointments/${await w.bookAppointment()}` }) },
  { op: 'POST /api/v1/appointments/{id}/cancel', note: 'no body', expect: [401, 200, 404, 200, 404, 422, 422],
    req: async (w) => ({ url: `/api/v1/appointments/${await w.bookAppointment()}/cancel` }) },
  { op: 'POST /api/v1/appointments/{id}/cancel', note: 'on behalf of the patient', expect: [401, 200, 404, 403, 403, 200, 200],
    req: async (w) => ({ url: `/api/v1/appointments/${await w.bookAppointment()}/cancel`, body: { on_behalf_of: 'patient', reason: 'matrix' } }) },
  { op: 'POST /api/v1/appointments/{id}/start', note: 'at the start', expect: [401, 403, 403, 200, 404, 200, 200], req: (w) => startedAppointment(w, 'start', 0) },
  { op: 'POST /api/v1/appointments/{id}/complete', note: 'at the start', expect: [401, 403, 403, 200, 404, 200, 200], req: (w) => startedAppointment(w, 'complete', 0) },
  { op: 'POST /api/v1/appointments/{id}/no-show', note: 'after the start', expect: [401, 403, 403, 200, 404, 200, 200], req: (w) => startedAppointment(w, 'no-show') },
  { op: 'POST /api/v1/appointments/{id}/mark-no-show', note: 'after the start', expect: [401, 403, 403, 200, 404, 200, 200], req: (w) => startedAppointment(w, 'mark-no-show') },
  { op: 'POST /api/v1/appointments/{id}/reschedule',             expect: OWN_APPOINTMENT(200),
    req: async (w) => ({ url: `/api/v1/appointments/${await w.bookAppointment()}/reschedule`, body: { start_time: w.nextSlot() } }) },

  // ---- issue 15: series, approval, waitlist
  { op: 'GET /api/v1/series/{id}',                               expect: OWN_APPOINTMENT(200), req: async (w) => ({ url: `/api/v1/series/${await freshSeries(w)}` }) },
  { op: 'POST /api/v1/series/{id}/cancel', note: 'all, on behalf of the patient', expect: [401, 200, 404, 403, 403, 200, 200],
    req: async (w) => ({ url: `/api/v1/series/${await freshSeries(w)}/cancel`, body: { scope: 'all', on_behalf_of: 'patient' } }) },
  { op: 'POST /api/v1/series/{id}/reschedule', note: 'all',     expect: OWN_APPOINTMENT(200),
    req: async (w) => ({ url: `/api/v1/series/${await freshSeries(w)}/reschedule`, body: { scope: 'all', start_time: seriesSlot() } }) },
  { op: 'POST /api/v1/appointments/{id}/approve', note: "patient A's request", expect: [401, 403, 403, 200, 404, 200, 200],
    req: async (w) => ({ url: `/api/v1/appointments/${await freshRequest(w)}/approve` }) },
  { op: 'POST /api/v1/appointments/{id}/decline', note: "patient A's request", expect: [401, 403, 403, 200, 404, 200, 200],
    req: async (w) => ({ url: `/api/v1/appointments/${await freshRequest(w)}/decline`, body: { reason: 'matrix' } }) },
  { op: 'POST /api/v1/waitlist', note: 'for patient A',          expect: [401, 201, 403, 403, 403, 201, 201],
    req: (w) => ({ url: '/api/v1/waitlist', body: { patient: w.patientA.id, provider: w.providerA.id, topics: [w.topic], from: '2032-01-05', to: '2032-01-05' } }) },
  { op: 'GET /api/v1/waitlist',                                  expect: ALL_OK, req: () => ({ url: '/api/v1/waitlist' }),
    check: (w, caller, body) => {
      for (const e of body.results) if (caller.startsWith('patient')) expect(e.patient).toBe(w.person(caller)!.id);
    } },
  { op: 'POST /api/v1/waitlist/{id}/accept', note: "patient A's offer", expect: [401, 200, 404, 403, 403, 200, 200],
    req: async (w) => ({ url: `/api/v1/waitlist/${await freshOffer(w)}/accept` }) },
  { op: 'POST /api/v1/waitlist/{id}/decline', note: "patient A's offer", expect: [401, 200, 404, 403, 403, 200, 200],
    req: async (w) => ({ url: `/api/v1/waitlist/${await freshOffer(w)}/decline` }) },
  { op: 'DELETE /api/v1/waitlist/{id}', note: "patient A's entry", expect: [401, 204, 404, 403, 403, 204, 204],
    req: async (w) => ({ url: `/api/v1/waitlist/${await freshEntry(w, '2033-01-03')}` }) },

  // ---- scheduling
  { op: 'GET /api/v1/slots',                                     expect: ALL_OK, req: (w) => ({ url: `/api/v1/slots?provider=${w.providerA.id}&date=2030-06-03&duration=30` }) },
  { op: 'GET /api/v1/providers/{id}/availability/explain',       expect: ALL_OK,
    req: (w) => ({ url: `/api/v1/providers/${w.providerA.id}/availability/explain?start_time=2030-06-03T10:00:00Z&duration=30` }) },
  { op: 'GET /api/v1/schedule',                                  expect: ALL_OK, req: () => ({ url: '/api/v1/schedule?from=2030-03-05&to=2030-03-06' }),
    check: (w, caller, body) => {
      const me = w.person(caller)!;
      for (const a of body.appointments) {
        if (caller.startsWith('patient')) expect(a.patient).toBe(me.id);
        if (caller.startsWith('provider')) expect(a.provider).toBe(me.id);
      }
    } },
  { op: 'GET /api/v1/providers/{id}/availability',               expect: ALL_OK, req: (w) => ({ url: `/api/v1/providers/${w.providerA.id}/availability` }) },
  { op: 'POST /api/v1/providers/{id}/availability',              expect: [401, 403, 403, 201, 403, 201, 201],
    req: (w) => ({ url: `/api/v1/providers/${w.providerA.id}/availability`, body: { date: '2031-01-06', start: '09:00', end: '10:00' } }) },
  { op: 'DELETE /api/v1/providers/{id}/availability/{itemId}', note: 'a fresh rule', expect: [401, 403, 403, 204, 403, 204, 204],
    req: async (w) => ({ url: `/api/v1/providers/${w.providerA.id}/availability/${await freshRule(w)}` }) },
  { op: 'GET /api/v1/providers/{id}/time-off',                   expect: [401, 403, 403, 200, 403, 200, 200], req: (w) => ({ url: `/api/v1/providers/${w.providerA.id}/time-off` }) },
  { op: 'POST /api/v1/providers/{id}/time-off',                  expect: [401, 403, 403, 201, 403, 201, 201],
    req: (w) => ({ url: `/api/v1/providers/${w.providerA.id}/time-off`, body: { start_time: '2035-01-01T09:00:00Z', end_time: '2035-01-01T10:00:00Z', reason: 'matrix' } }) },
  { op: 'DELETE /api/v1/providers/{id}/time-off/{itemId}', note: 'a fresh entry', expect: [401, 403, 403, 204, 403, 204, 204],
    req: async (w) => ({ url: `/api/v1/providers/${w.providerA.id}/time-off/${await freshTimeOff(w)}` }) },

  // ---- payments
  { op: 'POST /api/v1/appointments/{id}/checkout', note: "a fresh hold of patient A's", expect: [401, 201, 404, 403, 403, 201, 201],
    req: async (w) => ({ url: `/api/v1/appointments/${await w.holdForPatientA()}/checkout` }) },
  // The gateway's callback: no user's token confirms a payment, only the gateway's signature (test/payment-gateway.test.ts).
  { op: 'POST /api/v1/payments', note: "a fresh hold of patient A's", expect: [401, 401, 401, 401, 401, 401, 401],
    req: async (w) => ({
      url: '/api/v1/payments',
      body: { appointment_id: await w.holdForPatientA(), payment_id: `pay_${unique()}`, order_id: `order_${unique()}`, amount: w.price },
    }) },
  { op: 'GET /api/v1/payments',                                  expect: STAFF_ONLY(200), req: () => ({ url: '/api/v1/payments' }) },

  // ---- notifications and preferences
  { op: 'GET /api/v1/notifications',                             expect: ALL_OK, req: () => ({ url: '/api/v1/notifications?limit=200' }),
    check: async (w, caller, body) => {
      const ids: string[] = body.results.map((n: any) => n.id);
      if (ids.length === 0) return;
      const owners = await w.t.ctx.db.selectFrom('notifications').select('user_id').where('id', 'in', ids).execute();
      expect(new Set(owners.map((o) => o.user_id))).toEqual(new Set([w.person(caller)!.userId]));
    } },
  { op: STREAM,                                                  expect: ALL_OK, req: () => ({ url: '/api/v1/notifications/stream' }) },
  { op: 'POST /api/v1/notifications/stream-tickets',             expect: [401, 201, 201, 201, 201, 201, 201], req: () => ({ url: '/api/v1/notifications/stream-tickets' }) },
  { op: 'POST /api/v1/notifications/read-all',                   expect: ALL_OK, req: () => ({ url: '/api/v1/notifications/read-all' }) },
  { op: 'POST /api/v1/notifications/{id}/read', note: "patient A's", expect: [401, 200, 404, 404, 404, 404, 404],
    req: (w) => ({ url: `/api/v1/notifications/${w.notificationA}/read` }) },
  { op: 'GET /api/v1/me/preferences',                            expect: ALL_OK, req: () => ({ url: '/api/v1/me/preferences' }) },
  { op: 'PATCH /api/v1/me/preferences',                          expect: ALL_OK, req: () => ({ url: '/api/v1/me/preferences', body: { notify_email: true } }) },

  // ---- accounts (test/signup.test.ts, test/sessions.test.ts, test/walk-in.test.ts, test/data-protection.test.ts)
  { op: 'POST /api/v1/auth/register', note: 'a fresh address', expect: [202, 202, 202, 202, 202, 202, 202],
    req: () => ({ url: '/api/v1/auth/register', body: registration() }) },
  { op: 'POST /api/v1/auth/verify-email', note: 'a wrong code',  expect: [400, 400, 400, 400, 400, 400, 400],
    req: (w) => ({ url: '/api/v1/auth/verify-email', body: { email: w.patientA.email, code: '000000' } }) },
  { op: 'POST /api/v1/auth/resend-code',                         expect: [202, 202, 202, 202, 202, 202, 202],
    req: () => ({ url: '/api/v1/auth/resend-code', body: { email: `nobody-${unique()}@carebook.test` } }) },
  { op: 'POST /api/v1/auth/forgot-password', note: 'an unknown address', expect: [202, 202, 202, 202, 202, 202, 202],
    req: () => ({ url: '/api/v1/auth/forgot-password', body: { email: `nobody-${unique()}@carebook.test` } }) },
  { op: 'POST /api/v1/auth/reset-password', note: 'a wrong code', expect: [400, 400, 400, 400, 400, 400, 400],
    req: (w) => ({ url: '/api/v1/auth/reset-password', body: { email: w.patientA.email, code: '000000', new_password: 'a-new-password-1' } }) },
  { op: 'POST /api/v1/auth/claim', note: 'a wrong code',        expect: [400, 400, 400, 400, 400, 400, 400],
    req: () => ({ url: '/api/v1/auth/claim', body: { email: `nobody-${unique()}@carebook.test`, code: '000000', password: 'a-new-password-1' } }) },
  { op: 'POST /api/v1/auth/refresh', note: 'an unknown token',  expect: [401, 401, 401, 401, 401, 401, 401],
    req: () => ({ url: '/api/v1/auth/refresh', body: { refresh_token: `cbr_${unique()}` } }) },
  { op: 'POST /api/v1/auth/logout', note: 'an unknown token',   expect: [204, 204, 204, 204, 204, 204, 204],
    req: () => ({ url: '/api/v1/auth/logout', body: { refresh_token: `cbr_${unique()}` } }) },
  { op: 'GET /api/v1/me/profile', note: 'only patients have one', expect: [401, 200, 200, 404, 404, 404, 404], req: () => ({ url: '/api/v1/me/profile' }),
    check: (w, caller, body) => expect(body.patient_id).toBe(w.person(caller)!.id) },
  { op: 'PATCH /api/v1/me/profile', note: 'only patients have one', expect: [401, 200, 200, 404, 404, 404, 404],
    req: () => ({ url: '/api/v1/me/profile', body: { gender: 'prefer_not_to_say' } }) },
  { op: 'GET /api/v1/me/export',                                 expect: ALL_OK, req: () => ({ url: '/api/v1/me/export' }),
    check: (w, caller, body) => expect(body.account.id).toBe(w.person(caller)!.userId) },
  { op: 'POST /api/v1/patients/{id}/invite', note: 'a fresh walk-in', expect: STAFF_ONLY(202),
    req: async (w) => ({ url: `/api/v1/patients/${await walkIn(w)}/invite`, body: { email: `claim-${unique()}@carebook.test` } }) },
  { op: 'POST /api/v1/patients/{id}/erase', note: 'a fresh patient', expect: ADMIN_ONLY(204),
    req: async (w) => ({ url: `/api/v1/patients/${(await makePatient(w.t)).id}/erase` }) },

  // ---- practitioner profiles: picture and bank details
  { op: 'POST /api/v1/providers/{id}/picture',                   expect: [401, 403, 403, 200, 403, 200, 200],
    req: async (w) => ({ url: `/api/v1/providers/${w.providerA.id}/picture`, raw: await pictureUpload() }) },
  { op: 'GET /api/v1/providers/{id}/picture', note: 'public, for <img>', expect: [200, 200, 200, 200, 200, 200, 200],
    req: async (w) => ({ url: `/api/v1/providers/${await withPicture(w)}/picture` }) },
  { op: 'DELETE /api/v1/providers/{id}/picture',                 expect: [401, 403, 403, 204, 403, 204, 204], req: (w) => ({ url: `/api/v1/providers/${w.providerA.id}/picture` }) },
  { op: 'POST /api/v1/providers/{id}/bank-details/reveal', note: 'the practitioner only', expect: [401, 403, 403, 200, 403, 403, 403],
    req: async (w) => ({ url: `/api/v1/providers/${await withBankDetails(w)}/bank-details/reveal` }) },

  // ---- API keys and the audit trail (admins only)
  { op: 'POST /api/v1/api-keys',                                 expect: ADMIN_ONLY(201), req: () => ({ url: '/api/v1/api-keys', body: { name: 'matrix', scopes: ['appointments:read'] } }) },
  { op: 'GET /api/v1/api-keys',                                  expect: ADMIN_ONLY(200), req: () => ({ url: '/api/v1/api-keys' }) },
  { op: 'DELETE /api/v1/api-keys/{id}', note: 'a fresh key',     expect: ADMIN_ONLY(204), req: async (w) => ({ url: `/api/v1/api-keys/${(await createKey(w, ['people:read'])).id}` }) },
  { op: 'GET /api/v1/audit',                                     expect: ADMIN_ONLY(200), req: () => ({ url: '/api/v1/audit' }) },

  // ---- calendar feeds (anyone's own; staff have no appointments, so theirs is empty) and operations
  { op: 'GET /api/v1/me/calendar-feed',                          expect: ALL_OK, req: () => ({ url: '/api/v1/me/calendar-feed' }) },
  { op: 'POST /api/v1/me/calendar-feed',                         expect: [401, 201, 201, 201, 201, 201, 201], req: () => ({ url: '/api/v1/me/calendar-feed' }) },
  { op: 'DELETE /api/v1/me/calendar-feed', note: "a fresh feed of the caller's", expect: [401, 204, 204, 204, 204, 204, 204],
    req: async (w, caller) => {
      const token = w.token(caller);
      if (token) await w.t.call('POST', '/api/v1/me/calendar-feed', { token });
      return { url: '/api/v1/me/calendar-feed' };
    } },
  // The URL is the credential: whoever holds it reads the feed, whatever token they send.
  { op: 'GET /ical/{token}.ics', note: "provider A's fresh feed", expect: [200, 200, 200, 200, 200, 200, 200],
    req: async (w) => {
      const res = await w.t.call('POST', '/api/v1/me/calendar-feed', { token: w.providerA.token });
      return { url: new URL(res.json().url).pathname };
    } },
  // ---- manage links (issue 14): the link is the credential; whoever holds it may use it, whatever token they send
  { op: 'GET /api/v1/manage/{token}', note: 'a fresh view link of patient A', expect: [200, 200, 200, 200, 200, 200, 200],
    req: async (w) => ({ url: `/api/v1/manage/${await freshLink(w, 'view')}` }) },
  { op: 'GET /api/v1/manage/{token}/slots', note: 'a fresh reschedule link', expect: [200, 200, 200, 200, 200, 200, 200],
    req: async (w) => ({ url: `/api/v1/manage/${await freshLink(w, 'reschedule')}/slots?date=${w.nextSlot().slice(0, 10)}` }) },
  { op: 'POST /api/v1/manage/{token}/cancel', note: 'a fresh cancel link', expect: [200, 200, 200, 200, 200, 200, 200],
    req: async (w) => ({ url: `/api/v1/manage/${await freshLink(w, 'cancel')}/cancel`, body: { reason: 'matrix' } }) },
  { op: 'POST /api/v1/manage/{token}/reschedule', note: 'a fresh reschedule link', expect: [200, 200, 200, 200, 200, 200, 200],
    req: async (w) => ({ url: `/api/v1/manage/${await freshLink(w, 'reschedule')}/reschedule`, body: { start_time: w.nextSlot() } }) },
  // ---- linked calendars (the provider, staff and admins); the address does not resolve, so the source is simply broken
  { op: 'GET /api/v1/providers/{id}/calendars',                  expect: [401, 403, 403, 200, 403, 200, 200], req: (w) => ({ url: `/api/v1/providers/${w.providerA.id}/calendars` }) },
  { op: 'POST /api/v1/providers/{id}/calendars',                 expect: [401, 403, 403, 201, 403, 201, 201],
    req: (w) => ({ url: `/api/v1/providers/${w.providerA.id}/calendars`, body: { name: 'Matrix', url: CALENDAR_URL } }) },
  { op: 'GET /api/v1/providers/{id}/calendars/{calendarId}',     expect: [401, 403, 403, 200, 403, 200, 200],
    req: async (w) => ({ url: `/api/v1/providers/${w.providerA.id}/calendars/${await sharedCalendar(w)}` }) },
  { op: 'PATCH /api/v1/providers/{id}/calendars/{calendarId}',   expect: [401, 403, 403, 200, 403, 200, 200],
    req: async (w) => ({ url: `/api/v1/providers/${w.providerA.id}/calendars/${await sharedCalendar(w)}`, body: { name: 'Renamed' } }) },
  { op: 'DELETE /api/v1/providers/{id}/calendars/{calendarId}', note: 'a fresh calendar', expect: [401, 403, 403, 204, 403, 204, 204],
    req: async (w) => ({ url: `/api/v1/providers/${w.providerA.id}/calendars/${await freshCalendar(w)}` }) },
  { op: 'POST /api/v1/providers/{id}/calendars/{calendarId}/sync', expect: [401, 403, 403, 200, 403, 200, 200],
    req: async (w) => ({ url: `/api/v1/providers/${w.providerA.id}/calendars/${await sharedCalendar(w)}/sync` }) },
  { op: 'PUT /api/v1/providers/{id}/calendar-policy',            expect: [401, 403, 403, 200, 403, 200, 200],
    req: (w) => ({ url: `/api/v1/providers/${w.providerA.id}/calendar-policy`, body: { broken_source: 'warn' } }) },
  { op: 'GET /ready',                                            expect: [200, 200, 200, 200, 200, 200, 200], req: () => ({ url: '/ready' }) },
  { op: 'GET /metrics',                                          expect: ADMIN_ONLY(200), req: () => ({ url: '/metrics' }) },

  // ---- webhooks (admins only)
  { op: 'POST /api/v1/webhooks',                                 expect: ADMIN_ONLY(201), req: () => ({ url: '/api/v1/webhooks', body: { url: 'https://hooks.example.org/new', events: ['appointment.created'] } }) },
  { op: 'GET /api/v1/webhooks',                                  expect: ADMIN_ONLY(200), req: () => ({ url: '/api/v1/webhooks' }) },
  { op: 'GET /api/v1/webhooks/{id}',                             expect: ADMIN_ONLY(200), req: (w) => ({ url: `/api/v1/webhooks/${w.webhook}` }) },
  { op: 'PATCH /api/v1/webhooks/{id}',                           expect: ADMIN_ONLY(200), req: (w) => ({ url: `/api/v1/webhooks/${w.webhook}`, body: { description: 'world' } }) },
  { op: 'DELETE /api/v1/webhooks/{id}', note: 'a fresh subscription', expect: ADMIN_ONLY(204), req: async (w) => ({ url: `/api/v1/webhooks/${await freshWebhook(w)}` }) },
  { op: 'GET /api/v1/webhooks/{id}/deliveries',                  expect: ADMIN_ONLY(200), req: (w) => ({ url: `/api/v1/webhooks/${w.webhook}/deliveries` }) },
  { op: 'POST /api/v1/webhooks/{id}/deliveries/{delivery_id}/replay', expect: ADMIN_ONLY(202),
    req: (w) => ({ url: `/api/v1/webhooks/${w.webhook}/deliveries/${w.webhookNotification}/replay` }) },
  // ---- the FHIR R4 facade (errors are OperationOutcome; the same callers see the same records)
  { op: 'GET /fhir/R4/metadata', note: 'discovery needs no token', expect: [200, 200, 200, 200, 200, 200, 200], req: () => ({ url: '/fhir/R4/metadata' }) },
  { op: 'GET /fhir/R4/Practitioner',                             expect: ALL_OK, req: () => ({ url: '/fhir/R4/Practitioner?_count=200' }) },
  { op: 'GET /fhir/R4/Practitioner/{id}',                        expect: ALL_OK, req: (w) => ({ url: `/fhir/R4/Practitioner/${w.providerA.id}` }) },
  { op: 'GET /fhir/R4/Patient',                                  expect: ALL_OK, req: () => ({ url: '/fhir/R4/Patient?_count=200' }),
    check: (w, caller, body) => { if (caller.startsWith('patient')) expect(body.entry.map((e: any) => e.resource.id)).toEqual([w.person(caller)!.id]); } },
  { op: 'GET /fhir/R4/Patient/{id}',                             expect: [401, 200, 404, 200, 200, 200, 200], req: (w) => ({ url: `/fhir/R4/Patient/${w.patientA.id}` }) },
  { op: 'GET /fhir/R4/Location',                                 expect: ALL_OK, req: () => ({ url: '/fhir/R4/Location' }) },
  { op: 'GET /fhir/R4/Location/{id}',                            expect: ALL_OK, req: (w) => ({ url: `/fhir/R4/Location/${w.facility}` }) },
  { op: 'GET /fhir/R4/Schedule',                                 expect: ALL_OK, req: (w) => ({ url: `/fhir/R4/Schedule?actor=Practitioner/${w.providerA.id}` }) },
  { op: 'GET /fhir/R4/Schedule/{id}',                            expect: ALL_OK, req: (w) => ({ url: `/fhir/R4/Schedule/${w.providerA.id}` }) },
  { op: 'GET /fhir/R4/Slot',                                     expect: ALL_OK,
    req: (w) => ({ url: `/fhir/R4/Slot?schedule=Schedule/${w.providerA.id}&start=ge2030-06-03&start=le2030-06-03` }) },
  { op: 'GET /fhir/R4/Slot/{id}', note: 'a free slot', expect: ALL_OK, req: async (w) => ({ url: `/fhir/R4/Slot/${await freeSlotId(w)}` }) },
  { op: 'GET /fhir/R4/Appointment',                              expect: ALL_OK, req: () => ({ url: '/fhir/R4/Appointment?_count=200' }),
    check: (w, caller, body) => onlyOwnAppointments()(w, caller, { results: (body.entry ?? []).map((e: any) => fhirParties(e.resource)) }) },
  { op: 'GET /fhir/R4/Appointment/{id}',                         expect: OWN_APPOINTMENT(200), req: (w) => ({ url: `/fhir/R4/Appointment/${w.appointmentA}` }),
    check: (w, _c, body) => expect(body.id).toBe(w.appointmentA) },
  { op: 'GET /fhir/R4/Appointment/$find',                        expect: ALL_OK,
    req: (w) => ({ url: `/fhir/R4/Appointment/$find?practitioner=${w.providerA.id}&start=2030-06-03&end=2030-06-03&service-type=${w.topic}` }) },
  { op: 'POST /fhir/R4/Appointment/$find',                       expect: ALL_OK,
    req: (w) => ({ url: '/fhir/R4/Appointment/$find', body: { resourceType: 'Parameters', parameter: [
      { name: 'practitioner', valueReference: { reference: `Practitioner/${w.providerA.id}` } }, { name: 'start', valueDate: '2030-06-03' }, { name: 'end', valueDate: '2030-06-03' }] } }) },
  { op: 'POST /fhir/R4/Appointment/$hold', note: 'for patient A with provider A', expect: [401, 200, 403, 200, 403, 200, 200],
    req: (w) => ({ url: '/fhir/R4/Appointment/$hold', body: fhirBooking(w) }) },
  { op: 'POST /fhir/R4/Appointment/$book', note: 'for patient A with provider A', expect: [401, 200, 403, 200, 403, 200, 200],
    req: (w) => ({ url: '/fhir/R4/Appointment/$book', body: fhirBooking(w) }) },
  { op: 'POST /fhir/R4/Appointment/$book', note: "a fresh hold of patient A's", expect: OWN_APPOINTMENT(200),
    req: async (w) => ({ url: '/fhir/R4/Appointment/$book', body: await heldBooking(w) }) },
];

/** A sign-up body with a fresh address. */
/** A link from a confirmation email: patient A's fresh appointment, signed at its current version. */
async function freshLink(w: World, action: LinkAction): Promise<string> {
  const appointmentId = await w.bookAppointment();
  const { version } = await w.t.ctx.db.selectFrom('appointments').select('version').where('id', '=', appointmentId).executeTakeFirstOrThrow();
  return signLink(w.t.ctx.keys, { appointmentId, action, version });
}

function registration() {
  return {
    email: `signup-${unique()}@carebook.test`,
    password: 'visitor-pass-1',
    name: 'Vera Visitor',
    address: { line1: '1 Main Street', postal_code: '10115', city: 'Berlin', state: 'Berlin', country: 'DE' },
    nationality: 'DE',
    gender: 'female',
    date_of_birth: '1990-05-17',
    type: 'visitor',
  };
}

/** A patient with no email and no password, created by the admin. */
async function walkIn(w: World): Promise<string> {
  const res = await w.t.call('POST', '/api/v1/patients', { token: w.admin.token, body: { name: `Walk-in ${unique()}` } });
  if (res.statusCode !== 201) throw new Error(`walk-in create failed: ${res.statusCode} ${res.body}`);
  return res.json().id;
}


// Series live in 2031, an hour apart, two weekly occurrences each: never in the way of nextSlot() or of each other.
let seriesCount = 0;
const seriesSlot = () => new Date(Date.parse('2031-01-06T00:00:00Z') + seriesCount++ * 3_600_000).toISOString();

async function freshSeries(w: World): Promise<string> {
  const res = await w.t.call('POST', '/api/v1/appointments', {
    token: w.admin.token,
    body: { provider: w.providerA.id, patient: w.patientA.id, topics: [w.topic], start_time: seriesSlot(), recurrence: { rrule: 'FREQ=WEEKLY;COUNT=2' } },
  });
  if (res.statusCode !== 201) throw new Error(`series: ${res.statusCode} ${res.body}`);
  return res.json().series_id;
}

const confirmTopics = new WeakMap<World, Promise<string>>();
/** Patient A asks provider A for a topic that requires confirmation: a `requested` appointment. */
async function freshRequest(w: World): Promise<string> {
  if (!confirmTopics.has(w)) {
    confirmTopics.set(w, w.t.call('POST', '/api/v1/topics', { token: w.admin.token, body: { name: `Confirm ${unique()}`, duration: 30, requires_confirmation: true } }).then((r) => r.json().id));
  }
  const res = await w.t.call('POST', '/api/v1/appointments', { token: w.patientA.token, body: { provider: w.providerA.id, topics: [await confirmTopics.get(w)!], start_time: w.nextSlot() } });
  if (res.statusCode !== 201 || res.json().status !== 'requested') throw new Error(`request: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

let entryDay = 0;
async function freshEntry(w: World, date = new Date(Date.parse('2032-02-02T00:00:00Z') + entryDay++ * 86_400_000).toISOString().slice(0, 10)): Promise<string> {
  const res = await w.t.call('POST', '/api/v1/waitlist', {
    token: w.admin.token,
    body: { patient: w.patientA.id, provider: w.providerA.id, topics: [w.topic], from: date, to: date },
  });
  if (res.statusCode !== 201) throw new Error(`waitlist: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** A waitlist entry of patient A's, on a day of its own, with the offer the sweep made it. */
async function freshOffer(w: World): Promise<string> {
  const id = await freshEntry(w);
  await sweepWaitlist(w.t.ctx);
  const entry = (await w.t.call('GET', '/api/v1/waitlist', { token: w.admin.token })).json().results.find((e: any) => e.id === id);
  if (entry?.status !== 'offered') throw new Error(`no offer for ${id}: ${JSON.stringify(entry)}`);
  return id;
}


/** A FHIR Appointment's parties in the REST API's terms, for {@link onlyOwnAppointments}. */
function fhirParties(appointment: { participant: { actor: { reference: string } }[] }) {
  const of = (type: string) => appointment.participant.map((p) => p.actor.reference).find((r) => r.startsWith(`${type}/`))?.split('/')[1];
  return { provider: of('Practitioner'), patient: of('Patient') };
}

/** A proposed Appointment of patient A with provider A at a fresh time, as $hold and $book take it. */
function fhirBooking(w: World, id?: string) {
  const resource = id
    ? { resourceType: 'Appointment', id, status: 'pending', participant: [] }
    : {
        resourceType: 'Appointment',
        status: 'proposed',
        start: w.nextSlot(),
        serviceType: [{ coding: [{ system: 'https://carebook.dev/fhir/CodeSystem/topic', code: w.topic }] }],
        participant: [
          { actor: { reference: `Practitioner/${w.providerA.id}` }, status: 'needs-action' },
          { actor: { reference: `Patient/${w.patientA.id}` }, status: 'needs-action' },
        ],
      };
  return { resourceType: 'Parameters', parameter: [{ name: 'appointment-resource', resource }] };
}

/** $book of a hold (made by the admin through $hold) names the held appointment by id. */
async function heldBooking(w: World) {
  const res = await w.t.call('POST', '/fhir/R4/Appointment/$hold', { token: w.admin.token, body: fhirBooking(w) });
  if (res.statusCode !== 200) throw new Error(`$hold: ${res.statusCode} ${res.body}`);
  return fhirBooking(w, res.json().id);
}

async function freeSlotId(w: World): Promise<string> {
  const res = await w.t.call('GET', `/fhir/R4/Slot?schedule=Schedule/${w.providerA.id}&start=ge2030-06-04&start=le2030-06-04&status=free&_count=1`, { token: w.admin.token });
  if (res.statusCode !== 200) throw new Error(`slot: ${res.statusCode} ${res.body}`);
  return res.json().entry[0].resource.id;
}


/** An appointment acted on `minutesAfter` its start (a visit starts or completes only near its start, a no-show after it). */
async function startedAppointment(w: World, action: string, minutesAfter = 10): Promise<Req> {
  const start = w.nextSlot();
  const id = await w.bookAppointment(w.patientA, w.providerA, start);
  return { url: `/api/v1/appointments/${id}/${action}`, clockAt: new Date(Date.parse(start) + minutesAfter * 60_000).toISOString() };
}

async function freshRule(w: World): Promise<string> {
  const res = await w.t.call('POST', `/api/v1/providers/${w.providerA.id}/availability`, {
    token: w.admin.token,
    body: { date: '2031-02-03', start: '09:00', end: '10:00' },
  });
  if (res.statusCode !== 201) throw new Error(`rule: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

async function freshTimeOff(w: World): Promise<string> {
  const res = await w.t.call('POST', `/api/v1/providers/${w.providerA.id}/time-off`, {
    token: w.admin.token,
    body: { start_time: '2035-02-01T09:00:00Z', end_time: '2035-02-01T10:00:00Z' },
  });
  if (res.statusCode !== 201) throw new Error(`time off: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** A small real PNG in a multipart body, in the field the route reads. */
async function pictureUpload(): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#3366cc' } }).png().toBuffer();
  const boundary = `----matrix${unique()}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n`),
    png,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Provider A with a picture (a row before may have removed it). */
async function withPicture(w: World): Promise<string> {
  const upload = await pictureUpload();
  const res = await w.t.app.inject({ method: 'POST', url: `/api/v1/providers/${w.providerA.id}/picture`, payload: upload.payload, headers: { ...upload.headers, authorization: `Bearer ${w.admin.token}` } });
  if (res.statusCode !== 200) throw new Error(`picture: ${res.statusCode} ${res.body}`);
  return w.providerA.id;
}

/** Provider A with bank details set. */
async function withBankDetails(w: World): Promise<string> {
  const res = await w.t.call('PATCH', `/api/v1/providers/${w.providerA.id}`, {
    token: w.admin.token,
    body: { bank_details: { pan: 'ABCDE1234F', account_number: '001234567890', ifsc: 'HDFC0001234' } },
  });
  if (res.statusCode !== 200) throw new Error(`bank details: ${res.statusCode} ${res.body}`);
  return w.providerA.id;
}

async function createKey(w: World, scopes: string[]): Promise<{ id: string; key: string }> {
  const res = await w.t.call('POST', '/api/v1/api-keys', { token: w.admin.token, body: { name: `matrix ${scopes.join(' ')}`, scopes } });
  if (res.statusCode !== 201) throw new Error(`api key: ${res.statusCode} ${res.body}`);
  return res.json();
}

async function freshWebhook(w: World): Promise<string> {
  const res = await w.t.call('POST', '/api/v1/webhooks', { token: w.admin.token, body: { url: 'https://hooks.example.org/fresh', events: ['*'] } });
  if (res.statusCode !== 201) throw new Error(`webhook: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

const PROBLEM_CODES: Record<number, string> = { 401: 'unauthorized', 403: 'forbidden', 404: 'not_found' };

/** The request path fits the row's OpenAPI template, so a typo cannot test another route. */
function assertMatchesTemplate(op: string, url: string) {
  const template = op.split(' ')[1]!;
  const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/?]+')}(\\?.*)?$`);
  if (!pattern.test(url)) throw new Error(`${url} does not match ${template}`);
}

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

async function send(w: World, base: string, row: Row, req: Req, token: string | undefined): Promise<Answer> {
  const method = row.op.split(' ')[0]!;
  assertMatchesTemplate(row.op, req.url);
  if (row.op === STREAM) {
    // Server-Sent Events never end by themselves: read the head over real HTTP (own connection), then hang up.
    return sseHead(`${base}${req.url}`, token ? { authorization: `Bearer ${token}` } : {});
  }
  const before = w.t.clock.now();
  if (req.clockAt) w.t.clock.set(req.clockAt);
  try {
    const res = req.raw
      ? await w.t.app.inject({ method: method as 'POST', url: req.url, payload: req.raw.payload, headers: { ...req.raw.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } })
      : await w.t.call(method, req.url, { token, ...(req.body !== undefined ? { body: req.body } : {}) });
    return { status: res.statusCode, contentType: String(res.headers['content-type'] ?? ''), body: res.body };
  } finally {
    w.t.clock.set(before);
  }
}

/** The FHIR facade's errors: an OperationOutcome whose issue code says what a problem's code would. */
const FHIR_ISSUE_CODES: Record<number, string> = { 401: 'login', 403: 'forbidden', 404: 'not-found' };

function expectStatus(answer: Answer, expected: number, context: string) {
  if (answer.status !== expected) throw new Error(`${context}: expected ${expected}, got ${answer.status} ${answer.body.slice(0, 500)}`);
  if (expected >= 400 && context.includes(' /fhir/')) {
    expect(answer.contentType).toMatch(/^application\/fhir\+json/);
    const outcome = JSON.parse(answer.body);
    expect(outcome.resourceType).toBe('OperationOutcome');
    if (FHIR_ISSUE_CODES[expected]) expect(outcome.issue[0].code).toBe(FHIR_ISSUE_CODES[expected]);
  } else if (expected >= 400) {
    expect(answer.contentType).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(answer.body);
    expect(problem.status).toBe(expected);
    if (PROBLEM_CODES[expected]) expect(problem.code).toBe(PROBLEM_CODES[expected]);
  }
}

const CALENDAR_URL = 'https://calendar.example.invalid/matrix.ics';
async function freshCalendar(w: World): Promise<string> {
  const res = await w.t.call('POST', `/api/v1/providers/${w.providerA.id}/calendars`, { token: w.admin.token, body: { name: 'Fresh', url: CALENDAR_URL } });
  if (res.statusCode !== 201) throw new Error(`calendar: ${res.statusCode} ${res.body}`);
  return res.json().id;
}
const calendars = new WeakMap<World, Promise<string>>();
const sharedCalendar = (w: World) => {
  if (!calendars.has(w)) calendars.set(w, freshCalendar(w));
  return calendars.get(w)!;
};

const opsOf = (doc: { paths: Record<string, Record<string, unknown>> }) =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((m) => ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'].includes(m))
      .map((m) => `${m.toUpperCase()} ${path}`),
  );

describe.each(backends)('authorization matrix on %s', (backend) => {
  let w: World;
  let base: string;

  beforeAll(async () => {
    const t = await createTestApp(backend);
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    w = await buildWorld(t);
  });
  afterAll(() => w?.t.close());

  for (const row of TABLE) {
    const label = `${row.op}${row.note ? ` (${row.note})` : ''}`;
    CALLERS.forEach((caller, index) => {
      const expected = row.expect[index]!;
      it(`${label} as ${caller} → ${expected}`, async () => {
        const req = await row.req(w, caller);
        const answer = await send(w, base, row, req, w.token(caller));
        expectStatus(answer, expected, `${label} as ${caller}`);
        if (expected < 300 && row.check && answer.body) await row.check(w, caller, JSON.parse(answer.body));
      });
    });
  }

  describe('tokens that name no one', () => {
    let deactivated: Person;
    beforeAll(async () => {
      deactivated = await makePatient(w.t);
      const res = await w.t.call('POST', `/api/v1/patients/${deactivated.id}/deactivate`, { token: w.admin.token });
      if (res.statusCode !== 200) throw new Error(res.body);
    });
    const guarded = TABLE.filter((row) => row.expect[0] === 401 && !row.note?.startsWith('a fresh'));
    const forged = () => {
      // A well-formed HS256 token for the admin, signed with a key the server never had.
      const [header, payload] = w.admin.token.split('.');
      return `${header}.${payload}.${Buffer.from('not the signature, not at all').toString('base64url')}`;
    };
    for (const row of guarded) {
      const label = `${row.op}${row.note ? ` (${row.note})` : ''}`;
      it(`${label} with a forged signature → 401`, async () => {
        expectStatus(await send(w, base, row, await row.req(w, 'admin'), forged()), 401, label);
      });
      it(`${label} with a deactivated user's token → 401`, async () => {
        expectStatus(await send(w, base, row, await row.req(w, 'patientA'), deactivated.token), 401, label);
      });
    }
  });

  /**
   * API keys as callers: a key acts as staff within its scopes. Each operation's scope is read from
   * /openapi.json (`x-api-key-scope`). A key with exactly that scope gets what staff
   * get; a key with every other scope, 403 `insufficient_scope`; an operation that names no scope is
   * closed to every key.
   */
  describe('API keys as callers', () => {
    let scopeOf: Map<string, string | undefined>;
    const keys = new Map<string, Promise<{ key: string }>>();
    const keyWith = (scopes: string[]) => {
      const name = scopes.join(',');
      if (!keys.has(name)) keys.set(name, createKey(w, scopes));
      return keys.get(name)!.then((k) => k.key);
    };
    beforeAll(async () => {
      const doc = (await w.t.call('GET', '/openapi.json')).json();
      scopeOf = new Map(
        Object.entries(doc.paths as Record<string, Record<string, { 'x-api-key-scope'?: string }>>).flatMap(([path, item]) =>
          Object.entries(item).map(([method, operation]) => [`${method.toUpperCase()} ${path}`, operation['x-api-key-scope']] as const),
        ),
      );
    });
    const STAFF = CALLERS.indexOf('staff');
    // Rows open to anonymous callers take no credential at all (health, sign-in, the gateway's callback, pictures).
    const guarded = TABLE.filter((row) => row.expect[0] === 401 && row.expect.some((e) => e !== 401));
    for (const row of guarded) {
      const label = `${row.op}${row.note ? ` (${row.note})` : ''}`;
      it(`${label} with an API key: its scope → as staff (${row.expect[STAFF]}), any other scopes → 403`, async () => {
        const scope = scopeOf.get(row.op);
        const others = SCOPES.filter((s) => s !== scope);
        const refused = await send(w, base, row, await row.req(w, 'staff'), await keyWith([...others]));
        expect(refused.status, `${label} without its scope: ${refused.body.slice(0, 300)}`).toBe(403);
        expect(refusalCode(refused.body)).toBe('insufficient_scope');
        if (!scope) return;
        const answer = await send(w, base, row, await row.req(w, 'staff'), await keyWith([scope]));
        expect(answer.status, `${label} with ${scope}: ${answer.body.slice(0, 300)}`).toBe(row.expect[STAFF]);
      });
    }
  });

  it('covers every operation in /openapi.json, and nothing that is not there', async () => {
    const doc = (await w.t.call('GET', '/openapi.json')).json();
    const documented = new Set(opsOf(doc));
    const tabled = new Set(TABLE.map((row) => row.op));
    const missing = [...documented].filter((op) => !tabled.has(op));
    const stale = [...tabled].filter((op) => !documented.has(op));
    expect(missing, 'operations in /openapi.json with no row in the authorization matrix').toEqual([]);
    expect(stale, 'rows for operations that /openapi.json does not have').toEqual([]);
    expect(documented.size).toBeGreaterThan(60);
  });
});
