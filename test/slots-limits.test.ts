import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { createTestApp, expectProblem, makeProvider, type TestApp } from './helpers.js';

describe.each(backends)('slot search bounds on %s', (backend) => {
  let t: TestApp;
  let fineGrid: string[];
  beforeAll(async () => {
    t = await createTestApp(backend);
    fineGrid = await Promise.all(Array.from({ length: 12 }, async () => (await makeProvider(t, { slot_minutes: 1 })).id));
  });
  afterAll(() => t?.close());

  const search = (providers: string[], to: string) =>
    t.call('GET', `/api/v1/slots?${providers.map((p) => `provider=${p}`).join('&')}&from=2030-03-05&to=${to}&duration=30&limit=1`, {
      token: t.adminToken,
    });

  it('refuses a search that would try more than a million start times, with a hint to narrow it', async () => {
    // 12 providers × 62 days × 1,440 one-minute starts ≈ 1.07 million.
    const problem = expectProblem(await search(fineGrid, '2030-05-05'), 422, 'search_too_large');
    expect(problem.errors?.[0]?.field).toBe('to');
  });

  it('still answers the same providers over a shorter range', async () => {
    const res = await search(fineGrid, '2030-03-11');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().count).toBeGreaterThan(0);
  });
});
