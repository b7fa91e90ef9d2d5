import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, makePatient, makeProvider, makeTopic, type TestApp } from './helpers.js';

describe.each(backends)('smoke on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t?.close());

  it('books an appointment', async () => {
    const provider = await makeProvider(t);
    const patient = await makePatient(t);
    const topic = await makeTopic(t, 45);
    const res = await book(t, { provider: provider.id, patient: patient.id, topics: [topic], start_time: '2030-03-05T10:00:00Z' });
    expect(res.statusCode).toBe(201);
    expect(res.json().end_time).toBe('2030-03-05T10:45:00.000Z');
  });
});
