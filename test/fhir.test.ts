import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, makePatient, type Person } from './helpers.js';
import { expectValidFhir, fhirBody } from './support/fhir-validator.js';
import { buildWorld, CALLERS, type CallerName, type World } from './support/fixtures-world.js';

/**
 * The FHIR R4 facade: reads and searches as each role see what the REST API shows them, Bundles page,
 * errors are OperationOutcome, and every resource validates against the official R4 schema.
 */
const SIGNED_IN = CALLERS.filter((c): c is Exclude<CallerName, 'anonymous'> => c !== 'anonymous');

describe.each(backends)('FHIR R4 facade on %s', (backend) => {
  let w: World;
  const get = (url: string, caller?: CallerName) => w.t.call('GET', url, { token: caller ? w.token(caller) : undefined });

  beforeAll(async () => {
    w = await buildWorld(await createTestApp(backend));
  });
  afterAll(() => w?.t.close());

  it('serves a CapabilityStatement at /metadata, as application/fhir+json', async () => {
    const res = await get('/fhir/R4/metadata');
    expect(res.statusCode).toBe(200);
    const body = fhirBody(res);
    expect(body.resourceType).toBe('CapabilityStatement');
    expect(body.fhirVersion).toBe('4.0.1');
    const types = body.rest[0].resource.map((r: { type: string }) => r.type);
    expect(types).toEqual(expect.arrayContaining(['Practitioner', 'Patient', 'Location', 'Schedule', 'Slot', 'Appointment']));
  });

  it('the validator is strict: a resource that breaks R4 is refused', () => {
    expect(() => expectValidFhir({ resourceType: 'Appointment', status: 'approved', participant: [] })).toThrow();
  });

  describe('reads as each role match the REST API', () => {
    const cases: [string, (w: World) => string, (w: World) => string][] = [
      ['Practitioner', (w) => `/fhir/R4/Practitioner/${w.providerA.id}`, (w) => `/api/v1/providers/${w.providerA.id}`],
      ['Schedule', (w) => `/fhir/R4/Schedule/${w.providerA.id}`, (w) => `/api/v1/providers/${w.providerA.id}`],
      ['Patient', (w) => `/fhir/R4/Patient/${w.patientA.id}`, (w) => `/api/v1/patients/${w.patientA.id}`],
      ['Location', (w) => `/fhir/R4/Location/${w.facility}`, (w) => `/api/v1/facilities/${w.facility}`],
      ['Appointment', (w) => `/fhir/R4/Appointment/${w.appointmentA}`, (w) => `/api/v1/appointments/${w.appointmentA}`],
    ];
    for (const [type, fhirUrl, restUrl] of cases) {
      it.each(SIGNED_IN)(`${type} as %s`, async (caller) => {
        const [fhir, rest] = [await get(fhirUrl(w), caller), await get(restUrl(w), caller)];
        expect(fhir.statusCode).toBe(rest.statusCode);
        const body = fhirBody(fhir);
        if (rest.statusCode === 200) {
          expect(body.resourceType).toBe(type);
        } else {
          expect(body.resourceType).toBe('OperationOutcome');
          expect(body.issue[0].code).toBe('not-found');
        }
      });
    }

    it('a provider who never saw a patient gets the name only, as in the REST API', async () => {
      const body = fhirBody(await get(`/fhir/R4/Patient/${w.patientA.id}`, 'providerB'));
      expect(body.name[0].text).toBe('Patient A');
      expect(body.telecom).toBeUndefined();
      const full = fhirBody(await get(`/fhir/R4/Patient/${w.patientA.id}`, 'providerA'));
      expect(full.telecom).toEqual(expect.arrayContaining([expect.objectContaining({ system: 'email', value: w.patientA.email })]));
    });

    it('an appointment names its participants by reference and maps the status', async () => {
      const body = fhirBody(await get(`/fhir/R4/Appointment/${w.appointmentA}`, 'patientA'));
      expect(body.status).toBe('booked');
      const refs = body.participant.map((p: { actor: { reference: string } }) => p.actor.reference);
      expect(refs).toEqual(expect.arrayContaining([`Practitioner/${w.providerA.id}`, `Patient/${w.patientA.id}`]));
    });
  });

  describe('searches as each role match the REST API', () => {
    it.each(SIGNED_IN)('Appointment as %s lists the same appointments as GET /api/v1/appointments', async (caller) => {
      const fhir = fhirBody(await get('/fhir/R4/Appointment?_count=200', caller));
      const rest = (await get('/api/v1/appointments?limit=200', caller)).json();
      expect(fhir.resourceType).toBe('Bundle');
      expect(fhir.type).toBe('searchset');
      expect(fhir.total).toBe(rest.count);
      expect(fhir.entry.map((e: { resource: { id: string } }) => e.resource.id).sort()).toEqual(rest.results.map((a: { id: string }) => a.id).sort());
    });

    it.each(SIGNED_IN)('Patient as %s lists the same patients as GET /api/v1/patients', async (caller) => {
      const fhir = fhirBody(await get('/fhir/R4/Patient?_count=200', caller));
      const rest = (await get('/api/v1/patients?limit=200', caller)).json();
      expect(fhir.total).toBe(rest.count);
      expect(fhir.entry.map((e: { resource: { id: string } }) => e.resource.id).sort()).toEqual(rest.results.map((p: { id: string }) => p.id).sort());
    });

    it.each(SIGNED_IN)('Practitioner as %s lists the same providers as GET /api/v1/providers', async (caller) => {
      const fhir = fhirBody(await get('/fhir/R4/Practitioner?_count=200', caller));
      const rest = (await get('/api/v1/providers?limit=200', caller)).json();
      expect(fhir.total).toBe(rest.count);
      expect(fhir.entry.map((e: { resource: { id: string } }) => e.resource.id).sort()).toEqual(rest.results.map((p: { id: string }) => p.id).sort());
    });

    it("a patient asking for another patient's appointments finds none", async () => {
      for (const query of [`patient=${w.patientB.id}`, `actor=Patient/${w.patientB.id}`, `practitioner=Practitioner/${w.providerB.id}`]) {
        const body = fhirBody(await get(`/fhir/R4/Appointment?${query}`, 'patientA'));
        expect(body.total).toBe(0);
      }
    });

    it('filters by practitioner, patient, actor and location', async () => {
      const byPractitioner = fhirBody(await get(`/fhir/R4/Appointment?practitioner=${w.providerB.id}&_count=200`, 'staff'));
      expect(byPractitioner.entry.map((e: any) => e.resource.id)).toContain(w.appointmentB);
      for (const e of byPractitioner.entry) expect(e.resource.participant[0].actor.reference).toBe(`Practitioner/${w.providerB.id}`);
      const byActor = fhirBody(await get(`/fhir/R4/Appointment?actor=Patient/${w.patientA.id}&_count=200`, 'staff'));
      expect(byActor.entry.length).toBeGreaterThan(0);
      for (const e of byActor.entry) expect(e.resource.participant.map((p: any) => p.actor.reference)).toContain(`Patient/${w.patientA.id}`);
      const schedules = fhirBody(await get(`/fhir/R4/Schedule?actor=Location/${w.facility}`, 'patientA'));
      expect(schedules.entry.map((e: any) => e.resource.id)).toEqual([w.providerA.id]);
      const locations = fhirBody(await get('/fhir/R4/Location?_count=200', 'patientA'));
      expect(locations.entry.map((e: any) => e.resource.id)).toContain(w.facility);
    });

    it('searches by date with ge/le/gt/lt prefixes and by FHIR status', async () => {
      const patient = await makePatient(w.t);
      const starts = ['2030-07-01T09:00:00Z', '2030-07-02T09:00:00Z', '2030-07-03T09:00:00Z'];
      const ids: string[] = [];
      for (const start_time of starts) {
        const res = await book(w.t, { provider: w.providerB.id, patient: patient.id, topics: [w.topic], start_time });
        expect(res.statusCode).toBe(201);
        ids.push(res.json().id);
      }
      const search = async (query: string) =>
        fhirBody(await get(`/fhir/R4/Appointment?patient=Patient/${patient.id}&${query}`, 'staff')).entry?.map((e: any) => e.resource.id) ?? [];
      expect(await search('date=ge2030-07-02')).toEqual(ids.slice(1));
      expect(await search('date=le2030-07-02')).toEqual(ids.slice(0, 2));
      expect(await search('date=gt2030-07-01&date=lt2030-07-03')).toEqual([ids[1]]);
      expect(await search('date=2030-07-03')).toEqual([ids[2]]);
      expect(await search('date=ge2030-07-02T09:00:00Z&date=le2030-07-02T09:00:00Z')).toEqual([ids[1]]);

      const cancel = await w.t.call('POST', `/api/v1/appointments/${ids[0]}/cancel`, { token: patient.token, body: { reason: 'away' } });
      expect(cancel.statusCode).toBe(200);
      expect(await search('status=cancelled')).toEqual([ids[0]]);
      expect(await search('status=booked')).toEqual(ids.slice(1));
      expect(await search('status=proposed')).toEqual([]);
      const cancelled = fhirBody(await get(`/fhir/R4/Appointment/${ids[0]}`, 'staff'));
      expect(cancelled).toMatchObject({ status: 'cancelled', cancelationReason: { text: 'away' } });
    });
  });

  describe('Bundle paging', () => {
    let patient: Person;
    const ids: string[] = [];
    beforeAll(async () => {
      patient = await makePatient(w.t);
      for (let day = 10; day < 15; day++) {
        const res = await book(w.t, { provider: w.providerB.id, patient: patient.id, topics: [w.topic], start_time: `2030-08-${day}T10:00:00Z` });
        if (res.statusCode !== 201) throw new Error(res.body);
        ids.push(res.json().id);
      }
    });

    it('pages with _count and follows next links to the end, without repeats', async () => {
      const seen: string[] = [];
      let url: string | undefined = `/fhir/R4/Appointment?patient=${patient.id}&_count=2`;
      let pages = 0;
      while (url) {
        const body = fhirBody(await get(url, 'staff'));
        expect(body.total).toBe(5);
        seen.push(...body.entry.map((e: any) => e.resource.id));
        const links = Object.fromEntries(body.link.map((l: { relation: string; url: string }) => [l.relation, l.url]));
        expect(links.self).toMatch(/^http:\/\/[^/]+\/fhir\/R4\/Appointment\?/);
        if (pages > 0) expect(links.previous).toBeDefined();
        url = links.next ? new URL(links.next).pathname + new URL(links.next).search : undefined;
        pages++;
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(ids);
    });

    it("the patient's own token pages their own appointments", async () => {
      const body = fhirBody(await w.t.call('GET', '/fhir/R4/Appointment?_count=4', { token: patient.token }));
      expect(body.total).toBe(5);
      expect(body.entry).toHaveLength(4);
      expect(body.link.map((l: any) => l.relation)).toEqual(['self', 'next']);
    });
  });

  describe('errors are OperationOutcome', () => {
    const outcome = (res: { statusCode: number }, status: number, code: string) => {
      expect(res.statusCode).toBe(status);
      const body = fhirBody(res as never);
      expect(body.resourceType).toBe('OperationOutcome');
      expect(body.issue[0]).toMatchObject({ severity: 'error', code });
      return body;
    };

    it('an unknown or malformed id is 404', async () => {
      outcome(await get('/fhir/R4/Appointment/00000000-0000-4000-8000-000000000000', 'staff'), 404, 'not-found');
      outcome(await get('/fhir/R4/Patient/not-an-id', 'staff'), 404, 'not-found');
      outcome(await get('/fhir/R4/Slot/garbage', 'staff'), 404, 'not-found');
      outcome(await get('/fhir/R4/Observation', 'staff'), 404, 'not-found');
    });

    it('bad search parameters are 400', async () => {
      outcome(await get('/fhir/R4/Appointment?date=tomorrow', 'staff'), 400, 'invalid');
      outcome(await get('/fhir/R4/Appointment?date=ap2030-01-01', 'staff'), 400, 'invalid');
      outcome(await get('/fhir/R4/Appointment?_count=0', 'staff'), 400, 'invalid');
      outcome(await get('/fhir/R4/Appointment?status=approved', 'staff'), 400, 'invalid');
      outcome(await get('/fhir/R4/Appointment?actor=Observation/1', 'staff'), 400, 'invalid');
      outcome(await get(`/fhir/R4/Slot?schedule=Schedule/${w.providerA.id}`, 'staff'), 400, 'invalid');
    });

    it('no token is 401 and a malformed body 400, each as OperationOutcome; the REST API keeps problem+json', async () => {
      outcome(await get('/fhir/R4/Appointment'), 401, 'login');
      const malformed = await w.t.call('POST', '/fhir/R4/Appointment/$book', {
        token: w.admin.token,
        body: '{not json',
        headers: { 'content-type': 'application/fhir+json' },
      });
      outcome(malformed, 400, 'invalid');
      const rest = await get('/api/v1/appointments/00000000-0000-4000-8000-000000000000', 'staff');
      expect(rest.statusCode).toBe(404);
      expect(rest.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });

  describe('Slot and Schedule', () => {
    const day = '2030-09-02';
    it('lists free and busy slots of a schedule, and reads a slot by id', async () => {
      const res = await book(w.t, { provider: w.providerA.id, patient: w.patientA.id, topics: [w.topic], start_time: `${day}T10:00:00Z` });
      expect(res.statusCode).toBe(201);
      const body = fhirBody(await get(`/fhir/R4/Slot?schedule=Schedule/${w.providerA.id}&start=ge${day}&start=le${day}&_count=200`, 'patientB'));
      const slots = body.entry.map((e: any) => e.resource);
      const busy = slots.filter((s: any) => s.status === 'busy');
      expect(busy).toEqual([expect.objectContaining({ start: `${day}T10:00:00.000Z`, end: `${day}T10:30:00.000Z` })]);
      const free = slots.filter((s: any) => s.status === 'free');
      expect(free.length).toBeGreaterThan(10);
      expect(free.some((s: any) => s.start === `${day}T10:00:00.000Z`)).toBe(false);
      for (const s of slots) expect(s.schedule.reference).toBe(`Schedule/${w.providerA.id}`);

      const one = fhirBody(await get(`/fhir/R4/Slot/${free[0].id}`, 'patientB'));
      expect(one).toMatchObject({ id: free[0].id, status: 'free', start: free[0].start });
      const onlyBusy = fhirBody(await get(`/fhir/R4/Slot?schedule=${w.providerA.id}&date=ge${day}&date=le${day}&status=busy`, 'patientB'));
      expect(onlyBusy.total).toBe(1);
    });
  });
});
