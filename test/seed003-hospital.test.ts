import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { createTestApp, makeProvider, type TestApp } from './helpers.js';

const unique = () => randomBytes(4).toString('hex');

describe.each(backends)("seed 003's hospital rules on %s", (backend) => {
  let t: TestApp;
  let hospital: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    const res = await t.call('POST', '/api/v1/facilities', {
      token: t.adminToken,
      body: {
        name: `General Hospital ${unique()}`,
        timezone: 'Europe/Berlin',
        operating_hours: [
          { weekday: 'monday', open: '08:00', close: '12:00' },
          { weekday: 'monday', open: '13:00', close: '17:00' },
          { weekday: 'tuesday', open: '08:00', close: '17:00' },
        ],
        closures: [{ date: '2030-03-12', reason: 'Staff day' }],
        appointment_minutes: 60,
        align_minutes: 60,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    hospital = res.json().id;
  });
  afterAll(() => t?.close());

  it("/schedule with a facility lists its opening hours for the dates asked, less closures", async () => {
    await makeProvider(t, { facilities: [hospital] });
    const res = await t.call('GET', `/api/v1/schedule?from=2030-03-11&to=2030-03-13&facility=${hospital}`, { token: t.adminToken });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().opening_hours).toEqual([
      { facility: hospital, start_time: '2030-03-11T07:00:00.000Z', end_time: '2030-03-11T11:00:00.000Z' },
      { facility: hospital, start_time: '2030-03-11T12:00:00.000Z', end_time: '2030-03-11T16:00:00.000Z' },
    ]);
  });

  it('/schedule without a facility has no opening hours to show', async () => {
    const res = await t.call('GET', '/api/v1/schedule?from=2030-03-11&to=2030-03-11', { token: t.adminToken });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().opening_hours).toEqual([]);
  });
});
