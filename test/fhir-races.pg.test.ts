import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverBackend } from './databases.js';
import { createTestApp, makePatient, makeProvider, makeTopic, type Person, type TestApp } from './helpers.js';
import { fhirBody } from './support/fhir-validator.js';

/**
 * FHIR's $book and $hold race like POST /appointments: on one real PostgreSQL server, concurrent
 * operations for one slot let exactly one through (the exclusion constraints), the rest are 409.
 */
const parameters = (appointment: Record<string, unknown>) => ({ resourceType: 'Parameters', parameter: [{ name: 'appointment-resource', resource: appointment }] });
const proposal = (provider: string, patient: string, topic: string, start: string) => ({
  resourceType: 'Appointment',
  status: 'proposed',
  start,
  serviceType: [{ coding: [{ system: 'https://carebook.dev/fhir/CodeSystem/topic', code: topic }] }],
  participant: [
    { actor: { reference: `Practitioner/${provider}` }, status: 'needs-action' },
    { actor: { reference: `Patient/${patient}` }, status: 'needs-action' },
  ],
});

describe('FHIR booking races', () => {
  let t: TestApp;
  let provider: Person;
  let patients: Person[];
  let topic: string;

  beforeAll(async () => {
    t = await createTestApp(serverBackend);
    provider = await makeProvider(t);
    topic = await makeTopic(t, 30);
    patients = [];
    for (let i = 0; i < 6; i++) patients.push(await makePatient(t));
  });
  afterAll(() => t?.close());

  const operation = (name: string, patient: Person, start: string) =>
    t.call('POST', `/fhir/R4/Appointment/$${name}`, {
      token: t.adminToken,
      headers: { 'content-type': 'application/fhir+json' },
      body: parameters(proposal(provider.id, patient.id, topic, start)),
    });

  it('two $book for one slot: exactly one is booked, the other is a 409 OperationOutcome', async () => {
    const start = '2030-05-06T10:00:00Z';
    const answers = await Promise.all([operation('book', patients[0]!, start), operation('book', patients[1]!, start)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const loser = fhirBody(answers.find((a) => a.statusCode === 409)!);
    expect(loser.issue[0]).toMatchObject({ code: 'conflict', details: { coding: [{ code: 'slot_unavailable' }] } });
    expect(fhirBody(answers.find((a) => a.statusCode === 200)!).status).toBe('booked');
    const rows = await t.ctx.db.selectFrom('appointments').select('id').where('provider_id', '=', provider.id).where('start_time', '=', new Date(start)).execute();
    expect(rows).toHaveLength(1);
  });

  it('$hold and $book racing six ways for one slot: exactly one gets it', async () => {
    const start = '2030-05-06T14:00:00Z';
    const answers = await Promise.all(patients.map((p, i) => operation(i % 2 === 0 ? 'hold' : 'book', p, start)));
    const ok = answers.filter((a) => a.statusCode === 200);
    expect(ok).toHaveLength(1);
    for (const a of answers.filter((x) => x.statusCode !== 200)) {
      expect(a.statusCode).toBe(409);
      expect(fhirBody(a).resourceType).toBe('OperationOutcome');
    }
  });
});
