import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { createTestApp, makePatient, makeProvider } from './helpers.js';
import { fhirBody } from './support/fhir-validator.js';
import { buildWorld, type World } from './support/fixtures-world.js';

/** IHE Scheduling on the FHIR facade: $find offers free times, $hold keeps one, $book books it. */
const parameters = (appointment: Record<string, unknown>) => ({ resourceType: 'Parameters', parameter: [{ name: 'appointment-resource', resource: appointment }] });

describe.each(backends)('FHIR IHE scheduling operations on %s', (backend) => {
  let w: World;
  const post = (operation: string, body: unknown, token: string) =>
    w.t.call('POST', `/fhir/R4/Appointment/$${operation}`, { token, body, headers: { 'content-type': 'application/fhir+json' } });

  beforeAll(async () => {
    w = await buildWorld(await createTestApp(backend));
  });
  afterAll(() => w?.t.close());

  it('$find returns proposed Appointments for free times, and skips a booked one', async () => {
    const find = `/fhir/R4/Appointment/$find?practitioner=Practitioner/${w.providerA.id}&service-type=${w.topic}&start=2031-01-06T09:00:00Z&end=2031-01-06T11:00:00Z`;
    const before = fhirBody(await w.t.call('GET', find, { token: w.patientA.token }));
    expect(before.resourceType).toBe('Bundle');
    const starts = before.entry.map((e: any) => e.resource.start);
    expect(starts).toContain('2031-01-06T09:00:00.000Z');
    for (const e of before.entry) {
      expect(e.resource.status).toBe('proposed');
      expect(e.resource.participant[0].actor.reference).toBe(`Practitioner/${w.providerA.id}`);
      expect(Date.parse(e.resource.end)).toBeLessThanOrEqual(Date.parse('2031-01-06T11:00:00Z'));
    }
    const booked = await w.t.call('POST', '/api/v1/appointments', {
      token: w.admin.token,
      body: { provider: w.providerA.id, patient: w.patientB.id, topics: [w.topic], start_time: '2031-01-06T09:00:00Z' },
    });
    expect(booked.statusCode).toBe(201);
    const after = fhirBody(await w.t.call('GET', find, { token: w.patientA.token }));
    expect(after.entry.map((e: any) => e.resource.start)).not.toContain('2031-01-06T09:00:00.000Z');
    expect(after.total).toBeLessThan(before.total);
  });

  it('$find takes its parameters in a Parameters body too, and pages', async () => {
    const res = await w.t.call('POST', '/fhir/R4/Appointment/$find?_count=3', {
      token: w.staff.token,
      headers: { 'content-type': 'application/fhir+json' },
      body: {
        resourceType: 'Parameters',
        parameter: [
          { name: 'practitioner', valueReference: { reference: `Practitioner/${w.providerA.id}` } },
          { name: 'patient', valueReference: { reference: `Patient/${w.patientA.id}` } },
          { name: 'start', valueDate: '2031-01-07' },
          { name: 'end', valueDate: '2031-01-07' },
          { name: 'minutes-duration', valueInteger: 60 },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    const body = fhirBody(res);
    expect(body.entry).toHaveLength(3);
    expect(body.total).toBeGreaterThan(3);
    expect(body.link.map((l: any) => l.relation)).toContain('next');
    expect(body.entry[0].resource.minutesDuration).toBe(60);
    expect(body.entry[0].resource.participant.map((p: any) => p.actor.reference)).toContain(`Patient/${w.patientA.id}`);
  });

  it('$find without a practitioner or with an unbounded range is 400', async () => {
    expect(fhirBody(await w.t.call('GET', '/fhir/R4/Appointment/$find?start=2031-01-06&end=2031-01-06&minutes-duration=30', { token: w.staff.token })).issue[0].code).toBe('invalid');
    const wide = await w.t.call('GET', `/fhir/R4/Appointment/$find?practitioner=${w.providerA.id}&start=2031-01-01&end=2031-12-31`, { token: w.staff.token });
    expect(wide.statusCode).toBe(400);
    fhirBody(wide);
  });

  it('$hold keeps a proposed time as pending; $book of the held id makes it booked', async () => {
    const patient = await makePatient(w.t);
    const proposed = {
      resourceType: 'Appointment',
      status: 'proposed',
      start: '2031-01-08T10:00:00Z',
      end: '2031-01-08T10:30:00Z',
      participant: [
        { actor: { reference: `Practitioner/${w.providerA.id}` }, status: 'needs-action' },
        { actor: { reference: `Patient/${patient.id}` }, status: 'needs-action' },
      ],
    };
    const held = await post('hold', parameters(proposed), patient.token);
    expect(held.statusCode).toBe(200);
    const hold = fhirBody(held);
    expect(hold).toMatchObject({ resourceType: 'Appointment', status: 'pending', start: '2031-01-08T10:00:00.000Z' });
    const rest = (await w.t.call('GET', `/api/v1/appointments/${hold.id}`, { token: patient.token })).json();
    expect(rest.status).toBe('pending_payment');
    expect(rest.hold_expires_at).toBe(new Date(w.t.clock.now().getTime() + w.t.ctx.config.HOLD_MINUTES * 60_000).toISOString());

    // The hold keeps the time: another patient cannot book it.
    const other = await post('book', parameters({ ...proposed, participant: [proposed.participant[0], { actor: { reference: `Patient/${w.patientB.id}` }, status: 'needs-action' }] }), w.patientB.token);
    expect(other.statusCode).toBe(409);
    expect(fhirBody(other).issue[0].code).toBe('conflict');

    // Someone else's hold is not theirs to book.
    const stranger = await post('book', parameters({ ...hold }), w.patientB.token);
    expect(stranger.statusCode).toBe(404);
    fhirBody(stranger);

    // IHE's form: the held appointment by reference.
    const booked = await post('book', { resourceType: 'Parameters', parameter: [{ name: 'appointment-reference', valueReference: { reference: `Appointment/${hold.id}` } }] }, patient.token);
    expect(booked.statusCode).toBe(200);
    expect(fhirBody(booked)).toMatchObject({ id: hold.id, status: 'booked' });
    // Booking it again is harmless; the resource form names the same hold.
    expect(fhirBody(await post('book', parameters({ ...hold }), patient.token))).toMatchObject({ id: hold.id, status: 'booked' });
    expect((await w.t.call('GET', `/api/v1/appointments/${hold.id}`, { token: patient.token })).json().status).toBe('scheduled');
  });

  it('a hold that lapsed cannot be booked', async () => {
    const patient = await makePatient(w.t);
    const held = fhirBody(
      await post(
        'hold',
        parameters({
          resourceType: 'Appointment',
          status: 'proposed',
          start: '2031-01-09T10:00:00Z',
          serviceType: [{ coding: [{ system: 'https://carebook.dev/fhir/CodeSystem/topic', code: w.topic }] }],
          participant: [{ actor: { reference: `Practitioner/${w.providerA.id}` }, status: 'needs-action' }],
        }),
        patient.token,
      ),
    );
    expect(held.status).toBe('pending');
    expect(held.minutesDuration).toBe(30);
    const before = w.t.clock.now();
    w.t.clock.advanceMinutes(w.t.ctx.config.HOLD_MINUTES + 1);
    try {
      const late = await post('book', parameters(held), patient.token);
      expect(late.statusCode).toBe(409);
      expect(fhirBody(late).issue[0].details.coding[0].code).toBe('hold_expired');
    } finally {
      w.t.clock.set(before);
    }
  });

  it("a priced hold is confirmed by its payment, not by $book", async () => {
    const hold = await w.holdForPatientA();
    const res = await post('book', parameters({ resourceType: 'Appointment', id: hold, status: 'pending', participant: [] }), w.patientA.token);
    expect(res.statusCode).toBe(409);
    expect(fhirBody(res).issue[0].details.coding[0].code).toBe('payment_required');
  });

  it('$book of a proposed time books it straight away for staff, with the same rules as the REST API', async () => {
    const appointment = {
      resourceType: 'Appointment',
      status: 'proposed',
      start: '2031-01-10T10:00:00Z',
      description: 'Check-up',
      serviceType: [{ coding: [{ system: 'https://carebook.dev/fhir/CodeSystem/topic', code: w.topic }] }],
      participant: [
        { actor: { reference: `Practitioner/${w.providerA.id}` }, status: 'needs-action' },
        { actor: { reference: `Patient/${w.patientA.id}` }, status: 'needs-action' },
        { actor: { reference: `Location/${w.facility}` }, status: 'needs-action' },
      ],
    };
    const res = await post('book', parameters(appointment), w.staff.token);
    expect(res.statusCode).toBe(200);
    const body = fhirBody(res);
    expect(body).toMatchObject({ status: 'booked', description: 'Check-up', end: '2031-01-10T10:30:00.000Z' });
    expect(body.participant.map((p: any) => p.actor.reference)).toContain(`Location/${w.facility}`);
    expect(fhirBody(await w.t.call('GET', `/fhir/R4/Appointment/${body.id}`, { token: w.patientA.token })).status).toBe('booked');

    // A patient books only for themself, as through the REST API.
    const forOther = await post('book', parameters({ ...appointment, start: '2031-01-10T12:00:00Z' }), w.patientB.token);
    expect(forOther.statusCode).toBe(403);
    expect(fhirBody(forOther).issue[0].code).toBe('forbidden');
    // A time in the past is the booking code's refusal.
    const past = await post('book', parameters({ ...appointment, start: '2020-01-10T12:00:00Z' }), w.staff.token);
    expect(past.statusCode).toBe(422);
    expect(fhirBody(past).issue[0].code).toBe('business-rule');
  });

  it('refuses Parameters without an Appointment (400), and needs a token (401)', async () => {
    const empty = await post('book', { resourceType: 'Parameters', parameter: [] }, w.staff.token);
    expect(empty.statusCode).toBe(400);
    fhirBody(empty);
    const notParameters = await post('hold', { resourceType: 'Appointment' }, w.staff.token);
    expect(notParameters.statusCode).toBe(400);
    fhirBody(notParameters);
    const anonymous = await w.t.call('POST', '/fhir/R4/Appointment/$book', { body: parameters({ resourceType: 'Appointment' }) });
    expect(anonymous.statusCode).toBe(401);
    fhirBody(anonymous);
  });
});

describe.each(backends)('FHIR operations under hostile input on %s', (backend) => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld(await createTestApp(backend));
  });
  afterAll(() => w?.t.close());

  const bodies: unknown[] = [
    { resourceType: 'Parameters', parameter: [{ name: 'appointment-resource', resource: null }] },
    { resourceType: 'Parameters', parameter: [{ name: 'appointment-resource', resource: { resourceType: 'Appointment', start: 'soon' } }] },
    { resourceType: 'Parameters', parameter: [{ name: 'appointment-resource', resource: { resourceType: 'Appointment', start: '9999-12-31T23:00:00Z' } }] },
    { resourceType: 'Parameters', parameter: [{ name: 'appointment-resource', resource: { resourceType: 'Appointment', start: '2031-01-01T10:00:00Z', serviceType: [null, 3, { coding: 'x' }, { coding: [null] }] } }] },
    { resourceType: 'Parameters', parameter: [{ name: 'appointment-resource', resource: { resourceType: 'Appointment', start: '2031-01-01T10:00:00Z', participant: [null, { actor: { reference: 'Practitioner/../../x' } }] } }] },
    { resourceType: 'Parameters', parameter: [{ name: 'appointment-resource', resource: { resourceType: 'Appointment', id: 42 } }] },
    { resourceType: 'Parameters', parameter: [{ name: 'appointment-resource', resource: { resourceType: 'Appointment', start: '2031-01-01T10:00:00Z', description: { a: 1 } } }] },
    { resourceType: 'Parameters', parameter: 'nope' },
    { resourceType: 'Parameters', parameter: [{ name: 'appointment-reference', valueReference: { reference: 'Patient/1' } }] },
    { resourceType: 'Parameters', parameter: [{ name: 'appointment-reference', valueReference: { reference: 'Appointment/not-an-id' } }] },
    { resourceType: 'Parameters', parameter: [{ name: 'appointment-reference', valueString: 'x' }] },
    [],
    'text',
  ];

  it.each(['hold', 'book', 'find'])('$%s never answers 500, always with an OperationOutcome', async (operation) => {
    for (const body of bodies) {
      const res = await w.t.call('POST', `/fhir/R4/Appointment/$${operation}`, { token: w.admin.token, body, headers: { 'content-type': 'application/fhir+json' } });
      expect(res.statusCode, `${JSON.stringify(body)} → ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${JSON.stringify(body)} → ${res.body}`).toBeLessThan(500);
      expect(fhirBody(res).resourceType).toBe('OperationOutcome');
    }
  });

  it('odd search values never answer 500', async () => {
    const queries = [
      '/fhir/R4/Appointment?date=ge99999-01-01',
      '/fhir/R4/Appointment?date=ge0001-01-01',
      '/fhir/R4/Appointment?date=2030-02-30',
      '/fhir/R4/Appointment?_count=abc&_offset=-1',
      '/fhir/R4/Appointment?patient=Patient/',
      '/fhir/R4/Appointment?practitioner=http://x/Practitioner/nope',
      `/fhir/R4/Slot/${w.providerA.id}.zzzzzzzzzz.1`,
      `/fhir/R4/Slot?schedule=${w.providerA.id}&start=ge9998-12-30&start=le9998-12-31`,
      `/fhir/R4/Appointment/$find?practitioner=${w.providerA.id}&start=9998-12-31&end=9998-12-31`,
      `/fhir/R4/Appointment/$find?practitioner=${w.providerA.id}&start=2031-01-01&end=2031-01-02&service-type=nope`,
    ];
    for (const url of queries) {
      const res = await w.t.call('GET', url, { token: w.admin.token });
      expect(res.statusCode, `${url} → ${res.body}`).toBeLessThan(500);
      fhirBody(res);
    }
  });
});

describe.each(backends)('FHIR searches that compute are rate limited like GET /api/v1/slots, on %s', (backend) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(backend, { SEARCH_RATE_LIMIT_PER_MINUTE: 2 });
  });
  afterAll(() => t?.close());

  it('the third $find in a minute is 429 with Retry-After, as an OperationOutcome', async () => {
    const provider = await makeProvider(t);
    const url = `/fhir/R4/Appointment/$find?practitioner=${provider.id}&start=2031-01-06&end=2031-01-06&minutes-duration=30`;
    for (let i = 0; i < 2; i++) expect((await t.call('GET', url, { token: provider.token })).statusCode).toBe(200);
    const limited = await t.call('GET', url, { token: provider.token });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(fhirBody(limited).issue[0].code).toBe('throttled');
    // Reads that do not compute are not counted.
    expect((await t.call('GET', `/fhir/R4/Practitioner/${provider.id}`, { token: provider.token })).statusCode).toBe(200);
  });
});
