import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeTopic, type Person, type TestApp } from './helpers.js';

/*
 * Keyset paging of the appointment lists: following `next` (and `previous`) cursors visits every row
 * once, in the order offset paging gives, whatever the ordering; the count stops at a cap on big lists.
 */

type Page = { count: number; count_capped?: boolean; next: string | null; previous: string | null; results: { id: string }[] };

describe.each(backends)('keyset pages of appointments on %s', (backend) => {
  let t: TestApp;
  let providers: Person[];
  let patient: Person;
  const list = async (url: string, token = t.adminToken): Promise<Page> => {
    const res = await t.call('GET', url, { token });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    providers = [await makeProvider(t), await makeProvider(t)];
    patient = await makePatient(t);
    const topic = await makeTopic(t, 30);
    // Both providers at the same instants: the sort value ties, and the id breaks the tie.
    for (let i = 0; i < 12; i++) {
      for (const provider of providers) {
        const other = await makePatient(t);
        const res = await book(t, { provider: provider.id, patient: i % 3 === 0 ? patient.id : other.id, topics: [topic], start_time: new Date(Date.parse('2030-07-01T08:00:00Z') + i * 3_600_000).toISOString() });
        if (res.statusCode !== 201 && !(i % 3 === 0 && provider === providers[1])) throw new Error(res.body);
      }
    }
  });
  afterAll(() => t?.close());

  const walk = async (first: string, token?: string) => {
    const seen: string[][] = [];
    let url: string | null = first;
    let last: Page | undefined;
    while (url) {
      last = await list(url, token);
      seen.push(last.results.map((r) => r.id));
      url = last.next;
    }
    return { pages: seen, last: last! };
  };

  for (const ordering of ['start_time', '-start_time', 'created_at', '-created_at']) {
    it(`visits every row once, in offset order, forwards and back (ordering=${ordering})`, async () => {
      const all = (await list(`/api/v1/appointments?limit=200&ordering=${ordering}`)).results.map((r) => r.id);
      expect(all.length).toBe(20);
      const { pages, last } = await walk(`/api/v1/appointments?limit=5&ordering=${ordering}&cursor=`);
      expect(pages.flat()).toEqual(all);
      expect(pages.slice(0, -1).every((p) => p.length === 5)).toBe(true);
      expect(last.next).toBeNull();

      // Back from the last page to the first, one `previous` at a time.
      const back: string[][] = [];
      let page: Page = last;
      while (page.previous) {
        page = await list(page.previous);
        back.unshift(page.results.map((r) => r.id));
      }
      expect([...back, pages[pages.length - 1]!].flat()).toEqual(all);
      expect(page.previous).toBeNull();
    });
  }

  it("keeps filters and the caller's view: a patient walks only their own", async () => {
    const own = (await list('/api/v1/appointments?limit=200', patient.token)).results.map((r) => r.id);
    const { pages } = await walk('/api/v1/appointments?limit=2&cursor=', patient.token);
    expect(pages.flat()).toEqual(own);
    const filtered = await walk(`/api/v1/appointments?limit=3&provider=${providers[0]!.id}&cursor=`);
    expect(filtered.pages.flat()).toEqual((await list(`/api/v1/appointments?limit=200&provider=${providers[0]!.id}`)).results.map((r) => r.id));
  });

  it('refuses a cursor it did not hand out, and one from another ordering', async () => {
    expect(expectProblem(await t.call('GET', '/api/v1/appointments?cursor=not-a-cursor', { token: t.adminToken }), 422, 'validation_failed').errors?.[0]?.field).toBe('cursor');
    const next = (await list('/api/v1/appointments?limit=2&cursor=')).next!;
    const res = await t.call('GET', `${next.replace('limit=2', 'limit=2&ordering=-created_at')}`, { token: t.adminToken });
    expect(expectProblem(res, 422, 'validation_failed').errors?.[0]?.field).toBe('cursor');
  });

  it('counts exactly up to 10,000 and says when it stopped there; offset links still work past it', async () => {
    const provider = await makeProvider(t);
    const bulk = await makePatient(t);
    await sql`INSERT INTO appointments (provider_id, patient_id, status, start_time, end_time)
      SELECT ${provider.id}::uuid, ${bulk.id}::uuid, 'completed', s, s + interval '30 minutes'
      FROM generate_series(timestamptz '2031-01-01 00:00Z', timestamptz '2031-01-01 00:00Z' + interval '1 hour' * 10009, interval '1 hour') s`.execute(t.ctx.db);
    const exact = await list(`/api/v1/appointments?provider=${providers[0]!.id}&limit=1`);
    expect(exact.count_capped).toBeUndefined();
    const big = await list(`/api/v1/appointments?provider=${provider.id}&limit=10&offset=9995`);
    expect(big).toMatchObject({ count: 10_000, count_capped: true });
    expect(big.results).toHaveLength(10);
    expect(big.next).toContain('offset=10005');
    const end = await list(big.next!);
    expect(end.results).toHaveLength(5);
    expect(end.next).toBeNull();
  });
});
