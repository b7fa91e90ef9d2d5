import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeTopic, type Person, type TestApp } from './helpers.js';

/*
 * Keyset paging of every list of stored rows (the appointment lists have test/keyset-pages.test.ts):
 * following `next` then `previous` cursors visits every row once, in the order offset paging gives,
 * however many rows share a sort value; filters stay in the links; a cursor the list did not hand out
 * is a 422 naming `cursor`; and a cursor only positions a page, never widens whose rows are shown.
 */

type Row = Record<string, unknown> & { id: string };
type Page = { count: number; next: string | null; previous: string | null; results: Row[] };

interface List {
  name: string;
  url: () => string;
  /** The field the list sorts on, to check the data really has ties there. */
  sort?: string;
  /** What the sort value is, to forge a cursor the database would choke on. */
  kind: 'text' | 'timestamptz' | 'integer';
  filter?: () => string;
  token?: () => string;
}

const forge = (parts: string[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
const decode = (link: string) => JSON.parse(Buffer.from(new URL(link, 'http://x').searchParams.get('cursor')!, 'base64url').toString('utf8')) as string[];

describe.each(backends)('keyset pages of every list on %s', (backend) => {
  let t: TestApp;
  let patientA: Person;
  let patientB: Person;
  let subscription: string;
  let firstAppointment: string;

  const get = async (url: string, token = t.adminToken): Promise<Page> => {
    const res = await t.call('GET', url, { token });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const withQuery = (url: string, query: string) => (query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url);
  /** Every row by offset, 200 at a time (the audit trail outgrows one page). */
  const byOffset = async (url: string, token?: string) => {
    const rows: Row[] = [];
    let link: string | null = withQuery(url, 'limit=200');
    while (link) {
      const page: Page = await get(link, token);
      rows.push(...page.results);
      link = page.next;
    }
    return rows;
  };
  /** Every page by cursor from the first, then back again from the last by `previous`. */
  const byCursor = async (url: string, limit: number, token?: string) => {
    const forward: Page[] = [];
    let link: string | null = withQuery(url, `limit=${limit}&cursor=`);
    while (link) {
      forward.push(await get(link, token));
      link = forward[forward.length - 1]!.next;
      if (forward.length > 500) throw new Error('the cursors go round in circles');
    }
    const back: Page[] = [forward[forward.length - 1]!];
    while (back[0]!.previous) back.unshift(await get(back[0]!.previous, token));
    return { forward, back };
  };

  const lists: List[] = [
    { name: 'topics', url: () => '/api/v1/topics', sort: 'name', kind: 'text', filter: () => 'search=Checkup&active=true' },
    { name: 'facilities', url: () => '/api/v1/facilities', sort: 'name', kind: 'text', filter: () => 'active=true' },
    { name: 'providers', url: () => '/api/v1/providers', sort: 'name', kind: 'text', filter: () => 'search=Same' },
    { name: 'patients', url: () => '/api/v1/patients', sort: 'name', kind: 'text', filter: () => 'search=Same' },
    { name: 'users', url: () => '/api/v1/users', sort: 'name', kind: 'text', filter: () => 'role=patient' },
    { name: 'the in-app feed', url: () => '/api/v1/notifications', kind: 'integer', filter: () => 'unread=true', token: () => patientA.token },
    { name: 'webhook subscriptions', url: () => '/api/v1/webhooks', sort: 'created_at', kind: 'timestamptz' },
    { name: 'webhook deliveries', url: () => `/api/v1/webhooks/${subscription}/deliveries`, sort: 'attempted_at', kind: 'timestamptz' },
    { name: 'API keys', url: () => '/api/v1/api-keys', sort: 'created_at', kind: 'timestamptz' },
    { name: 'payments', url: () => '/api/v1/payments', sort: 'created_at', kind: 'timestamptz', filter: () => `appointment=${firstAppointment}` },
    { name: 'the audit trail', url: () => '/api/v1/audit', sort: 'at', kind: 'timestamptz', filter: () => 'record_type=appointments' },
  ];

  beforeAll(async () => {
    t = await createTestApp(backend);
    const db = t.ctx.db;
    // Namesakes everywhere a list sorts by name: only the id tells them apart.
    const topics: string[] = [];
    for (const name of ['Checkup', 'Checkup', 'Checkup', 'Checkup', 'Annual checkup', 'Vaccination', 'Checkup']) topics.push(await makeTopic(t, 30, name));
    await t.call('PATCH', `/api/v1/topics/${topics[6]}`, { token: t.adminToken, body: { active: false } });
    const providers = [await makeProvider(t, { name: 'Dr Same' }), await makeProvider(t, { name: 'Dr Same' }), await makeProvider(t, { name: 'Dr Same' }), await makeProvider(t)];
    patientA = await makePatient(t, { name: 'Pat Same' });
    patientB = await makePatient(t, { name: 'Pat Same' });
    for (let i = 0; i < 3; i++) await makePatient(t, { name: i === 2 ? 'Pat Other' : 'Pat Same' });
    await sql`INSERT INTO facilities (name, timezone, active)
      SELECT CASE WHEN i <= 5 THEN 'Clinic' ELSE 'Clinic ' || i END, 'UTC', i <> 7 FROM generate_series(1, 8) i`.execute(db);

    // Bookings fill the feeds (both patients', alternately), the audit trail and the appointments payments name.
    const appointments: string[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await book(t, {
        provider: providers[i % 2]!.id,
        patient: (i % 2 === 0 ? patientA : patientB).id,
        topics: [topics[0]],
        start_time: new Date(Date.parse('2030-07-01T08:00:00Z') + i * 3_600_000).toISOString(),
      });
      if (res.statusCode !== 201) throw new Error(res.body);
      appointments.push(res.json().id);
    }
    firstAppointment = appointments[0]!;
    // Rows made in one instant: the id breaks the tie on the sort value.
    const at = sql`timestamptz '2030-03-01 10:00:00.123456Z'`;
    for (const [i, appointment] of appointments.entries()) {
      await sql`INSERT INTO payments (appointment_id, order_id, payment_id, amount, currency, created_at)
        VALUES (${appointment}::uuid, ${`order-${i}`}, ${`pay-${i}-${randomBytes(4).toString('hex')}`}, 1000, 'EUR', CASE WHEN ${i}::int < 5 THEN ${at} ELSE now() END)`.execute(db);
    }
    const admin = await t.call('GET', '/api/v1/users?search=&role=admin', { token: t.adminToken });
    const adminId = (admin.json() as Page).results[0]!.id;
    await sql`INSERT INTO api_keys (name, key_hash, key_prefix, scopes, created_by_user_id, created_at)
      SELECT 'key ' || i, md5(random()::text || i), 'cb_abcdef', ARRAY['appointments:read'], ${adminId}::uuid, CASE WHEN i <= 5 THEN ${at} ELSE now() END
      FROM generate_series(1, 7) i`.execute(db);
    const subscriptions = await sql<{ id: string }>`INSERT INTO webhook_subscriptions (url, events, secret_encrypted, created_at)
      SELECT 'https://hooks.example.com/' || i, ARRAY['created'], 'sealed', CASE WHEN i <= 5 THEN ${at} ELSE now() END
      FROM generate_series(1, 7) i RETURNING id`.execute(db);
    subscription = subscriptions.rows[0]!.id;
    await sql`INSERT INTO webhook_deliveries (subscription_id, notification_id, attempt, success, status_code, duration_ms, attempted_at)
      SELECT ${subscription}::uuid, n.id, 1, true, 200, 5, CASE WHEN row_number() OVER (ORDER BY n.seq) <= 6 THEN ${at} ELSE now() END
      FROM (SELECT id, seq FROM notifications ORDER BY seq LIMIT 9) n`.execute(db);
  });
  afterAll(() => t?.close());

  for (const list of lists) {
    it(`${list.name}: the cursors visit every row once, in offset order, forwards and back`, async () => {
      const token = list.token?.();
      const all = await byOffset(list.url(), token);
      expect(all.length).toBeGreaterThanOrEqual(4);
      if (list.sort) {
        // The data has namesakes / same-instant rows, so the tiebreak is what is tested.
        const ties = all.filter((r, i) => i > 0 && r[list.sort!] === all[i - 1]![list.sort!]);
        expect(ties.length).toBeGreaterThanOrEqual(2);
      }
      const ids = all.map((r) => r.id);
      const { forward, back } = await byCursor(list.url(), 2, token);
      expect(forward.flatMap((p) => p.results.map((r) => r.id))).toEqual(ids);
      expect(forward.slice(0, -1).every((p) => p.results.length === 2)).toBe(true);
      expect(forward[0]!.previous).toBeNull();
      expect(back.flatMap((p) => p.results.map((r) => r.id))).toEqual(ids);
      expect(back[0]!.previous).toBeNull();
      expect(forward.every((p) => p.count === all.length)).toBe(true);
      for (const link of forward.flatMap((p) => [p.next, p.previous]).filter((l): l is string => l !== null)) {
        expect(link).not.toContain('offset=');
        expect(link).toContain('limit=2');
      }
    });

    it(`${list.name}: offset paging is as it was (offset links, no cursors)`, async () => {
      const first = await get(withQuery(list.url(), 'limit=2'), list.token?.());
      expect(first.next).toContain('offset=2');
      expect(first.next).not.toContain('cursor=');
      expect(first.previous).toBeNull();
      const second = await get(first.next!, list.token?.());
      expect(second.previous).toContain('offset=0');
    });

    if (list.filter) {
      it(`${list.name}: filters stay in the cursor links and keep applying`, async () => {
        const filter = list.filter!();
        const token = list.token?.();
        const filtered = await byOffset(withQuery(list.url(), filter), token);
        expect(filtered.length).toBeGreaterThan(0);
        const { forward, back } = await byCursor(withQuery(list.url(), filter), 1, token);
        expect(forward.flatMap((p) => p.results.map((r) => r.id))).toEqual(filtered.map((r) => r.id));
        expect(back.flatMap((p) => p.results.map((r) => r.id))).toEqual(filtered.map((r) => r.id));
        const [key, value] = filter.split('&')[0]!.split('=');
        for (const link of [...forward, ...back].flatMap((p) => [p.next, p.previous]).filter((l): l is string => l !== null)) {
          expect(new URL(link, 'http://x').searchParams.get(key!)).toBe(value);
        }
      });
    }

    it(`${list.name}: a cursor it did not hand out is 422 naming cursor, never a 500`, async () => {
      const token = list.token?.() ?? t.adminToken;
      const own = (await get(withQuery(list.url(), 'limit=1&cursor='), token)).next!;
      const [, ordering, value, id] = decode(own);
      const bad = {
        text: ['a', ordering!, 'Clinic\u0000', id!],
        timestamptz: ['a', ordering!, '2030-02-30T10:00:00.000000Z', id!],
        integer: ['a', ordering!, '99999999999999999999999', id!],
      }[list.kind];
      const refused = [
        'not-a-cursor',
        forge(['a', ordering!, value!]),
        forge(['x', ordering!, value!, id!]),
        forge(['a', ordering!, value!, "1' OR 1=1 --"]),
        forge(bad),
        forge(['a', list.name === 'topics' ? 'facilities' : 'topics', value!, id!]),
        'x'.repeat(2001),
      ];
      for (const cursor of refused) {
        const res = await t.call('GET', withQuery(list.url(), `cursor=${encodeURIComponent(cursor)}`), { token });
        // The schema's length limit names it `querystring.cursor`; the list's own check, `cursor`.
        expect(expectProblem(res, 422, 'validation_failed').errors?.[0]?.field, cursor).toMatch(/^(querystring\.)?cursor$/);
      }
      // Its own cursor still reads.
      expect((await t.call('GET', own, { token })).statusCode).toBe(200);
    });
  }

  it('a cursor from one list is refused by another', async () => {
    const topicCursor = (await get('/api/v1/topics?limit=1&cursor=')).next!;
    const cursor = new URL(topicCursor, 'http://x').searchParams.get('cursor')!;
    for (const url of ['/api/v1/facilities', '/api/v1/providers', '/api/v1/users', '/api/v1/appointments']) {
      const res = await t.call('GET', `${url}?cursor=${cursor}`, { token: t.adminToken });
      expect(expectProblem(res, 422, 'validation_failed').errors?.[0]?.field, url).toBe('cursor');
    }
  });

  it("a patient's feed cursor on another patient's feed shows only that patient's own notifications", async () => {
    const ownA = new Set((await byOffset('/api/v1/notifications', patientA.token)).map((r) => r.id));
    const ownB = new Set((await byOffset('/api/v1/notifications', patientB.token)).map((r) => r.id));
    expect(ownA.size).toBeGreaterThan(2);
    expect(ownB.size).toBeGreaterThan(2);
    const fromA = (await get('/api/v1/notifications?limit=1&cursor=', patientA.token)).next!;
    const seen: string[] = [];
    let link: string | null = fromA;
    while (link) {
      const page: Page = await get(link, patientB.token);
      seen.push(...page.results.map((r) => r.id));
      link = page.next;
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((id) => ownB.has(id) && !ownA.has(id))).toBe(true);
  });

  it('a patient pages the patient directory and sees only themself', async () => {
    const page = await get('/api/v1/patients?limit=1&cursor=', patientA.token);
    expect(page.results.map((r) => r.id)).toEqual([patientA.id]);
    expect(page).toMatchObject({ count: 1, next: null, previous: null });
  });
});
