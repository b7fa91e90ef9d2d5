import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Backend } from './databases.js';
import { createTestApp, makePatient, makeProvider, type Person, refusalCode, type TestApp } from './helpers.js';
import { buildWorld, unique, type World } from './support/fixtures-world.js';
import { sseHead } from './support/sse-client.js';

/**
 * Hostile input against every operation in /openapi.json: malformed and hostile bodies, query
 * strings, path parameters and headers, generated with fast-check from each operation's own schema.
 *
 * For every request: no 5xx; every 4xx is an RFC 9457 problem; and a rejected request (any 4xx) or
 * any GET leaves every table exactly as it was (row count and the sum of row versions per table).
 * HOSTILE_VERBOSE=1 prints the statuses seen per operation; HOSTILE_TRACE=1 prints every request.
 *
 * Reproduce a failure with the seed in the test name: HOSTILE_SEED=<seed> HOSTILE_RUNS=<n>.
 */
export const SEED = Number(process.env.HOSTILE_SEED ?? 20_300_304);
/** Runs per operation: the embedded server is the CI budget (~60 s for the file); CI's PostgreSQL runs fewer. */
const RUNS: Record<Backend, number> = {
  embedded: Number(process.env.HOSTILE_RUNS ?? 50),
  postgres: Number(process.env.HOSTILE_RUNS_PG ?? process.env.HOSTILE_RUNS ?? 20),
};
/** BODY_LIMIT_BYTES by default: the suite runs the app as configured out of the box. */
const BODY_LIMIT = 65_536;
const ALL_WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));

// ---- the document -------------------------------------------------------------------------

type Schema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  default?: unknown;
};

interface Operation {
  method: string;
  path: string;
  key: string;
  pathParams: string[];
  query: { name: string; schema: Schema; required: boolean }[];
  body?: { schema: Schema; required: boolean };
  stream: boolean;
}

function operationsOf(doc: any): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      if (!['get', 'put', 'post', 'delete', 'patch'].includes(method)) continue;
      const params: any[] = op.parameters ?? [];
      const json = op.requestBody?.content?.['application/json'];
      ops.push({
        method: method.toUpperCase(),
        path,
        key: `${method.toUpperCase()} ${path}`,
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {}, required: Boolean(p.required) })),
        body: json ? { schema: json.schema ?? {}, required: op.requestBody.required !== false } : undefined,
        stream: Object.values<any>(op.responses ?? {}).some((r) => r?.content?.['text/event-stream']),
      });
    }
  }
  return ops;
}

// The operations are read from the app itself, so a route added tomorrow is attacked tomorrow. The
// embedded suite then attacks this same app.
const embeddedApp = await createTestApp('embedded');
const OPERATIONS: Operation[] = operationsOf((await embeddedApp.call('GET', '/openapi.json')).json());

// ---- hostile values -----------------------------------------------------------------------

/** A JSON fragment written into the body verbatim (NaN, 1e999, deep nesting, `__proto__` keys...). */
interface Raw {
  raw: string;
}
const raw = (text: string): Raw => ({ raw: text });
const isRaw = (v: unknown): v is Raw => typeof v === 'object' && v !== null && 'raw' in v && Object.keys(v).length === 1;

const deepArray = (n: number) => '['.repeat(n) + ']'.repeat(n);
const deepObject = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  "1; SELECT pg_sleep(10)--",
  '" OR ""="',
  "') UNION SELECT password_hash FROM users --",
  '\\',
  "\\'",
  '%',
  '_',
  '%%',
  '$1',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%s%s%s%n',
  '*',
  'null',
  'undefined',
  'true',
  '[object Object]',
  '__proto__',
  'constructor',
];
const ODD_UNICODE = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uDBFFy',
  '\u202Eevil\u202C',
  '\u200F\u200E',
  '\u200B\u200C\u200D',
  '\uFEFF',
  '\uFFFE\uFFFF',
  '👩‍⚕️🩺💉',
  '🏳️‍🌈',
  'e\u0301\u0301\u0301\u0301',
  'Ω≈ç√∫',
  'ﷺ',
  '\u0085\u2028\u2029',
  '\r\n\t\v\f',
  '\u001b[31m',
  'İıŞ',
  '𝕳𝖊𝖑𝖑𝖔',
];
const DATES = [
  '2030-02-30',
  '2030-02-29',
  '2028-02-30',
  '2030-13-01',
  '2030-00-10',
  '0000-01-01',
  '9999-12-31',
  '1899-12-31',
  '+275760-09-13',
  '2030-02-30T10:00:00Z',
  '2030-03-05T24:00:00Z',
  '2030-03-05T23:60:00Z',
  '2030-03-05T10:00:00',
  '2030-03-05T10:00:00+99:00',
  '2030-03-05T10:00:00.123456789Z',
  '2030-03-10T02:30:00-05:00',
  '1970-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '0001-01-01T00:00:00Z',
  '275760-09-13T00:00:00Z',
  '2030-03-05 10:00:00Z',
  '2030-W10-2',
  '1e10',
  'now',
  'today',
  'Infinity',
];
const TIMES = ['24:00', '23:60', '-01:00', '25:00', '9:00', '09:00:00', '00:00', '24:01', '12:00 PM'];
const ZONES = ['Mars/Olympus_Mons', 'UTC\u0000', 'Etc/GMT+14', 'Etc/GMT-15', '../../../etc/localtime', 'America/New_York ', 'utc', '+05:30'];
const UUIDS = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '12345678-1234-1234-1234-123456789012',
  '6f9619ff-8b86-d011-b42d-00cf4fc964ff',
  '6F9619FF-8B86-4011-B42D-00CF4FC964FF',
  '6f9619ff8b864011b42d00cf4fc964ff',
  '{6f9619ff-8b86-4011-b42d-00cf4fc964ff}',
  '6f9619ff-8b86-4011-b42d-00cf4fc964ff\u0000',
  '6f9619ff-8b86-4011-b42d-00cf4fc964ff ',
  'urn:uuid:6f9619ff-8b86-4011-b42d-00cf4fc964ff',
];
const NUMERIC_STRINGS = ['0', '-0', '-1', '1.5', '1e308', '-1e308', '1e999', 'NaN', 'Infinity', '-Infinity', '9223372036854775808', '-9223372036854775809', '18446744073709551616', '0x10', '0b1', '1_000', ' 1', '1 ', '+1', '.5', '00012', '٣'];
const EMAILS = ['a@b', '@carebook.test', 'a@@b.c', 'admin@carebook.test', 'ADMIN@CAREBOOK.TEST', ' admin@carebook.test', 'x@[127.0.0.1]', '"a b"@c.d', 'a@b.c\u0000', `${'a'.repeat(320)}@b.c`];
const URLS = ['javascript:alert(1)', 'file:///etc/passwd', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]:22/', 'http://localhost:0', 'gopher://x', 'http://', 'http://a b', `http://x/${'a'.repeat(3000)}`];

/**
 * Percent-encodes the UTF-8 bytes of a string. Unlike encodeURIComponent it never throws: a lone
 * surrogate goes out as the bytes of U+FFFD, as any HTTP client would send it.
 */
const enc = (s: string) =>
  Array.from(Buffer.from(s, 'utf8'))
    .map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');

const knownStrings = fc.constantFrom(...INJECTIONS, ...ODD_UNICODE, ...DATES, ...TIMES, ...ZONES, ...UUIDS, ...NUMERIC_STRINGS, ...EMAILS, ...URLS, '', ' ', randomUUID());
/** Any UTF-16 code unit, lone surrogates and NUL included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const hostileString = fc.oneof(
  { arbitrary: knownStrings, weight: 6 },
  { arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 1 },
  { arbitrary: fc.tuple(knownStrings, knownStrings).map(([a, b]) => a + b), weight: 1 },
);
/** 1 KB to 100 KB: under and over the body limit. */
const hugeString = fc
  .tuple(fc.integer({ min: 1_000, max: 100_000 }), fc.constantFrom('a', '🩺', '\u202E', "'", '\u0000', '%', 'é', '\uD800'))
  .map(([bytes, unit]) => unit.repeat(Math.ceil(bytes / Math.max(1, Buffer.byteLength(unit)))));

const hostileNumber = fc.oneof(
  fc.constantFrom(0, -1, 1.5, -1.5, 1e308, -1e308, 2 ** 31, -(2 ** 31), 2 ** 53, 2 ** 63, -(2 ** 63), Number.MIN_VALUE, Number.EPSILON, 1440, 1441, 525_601, 1_000_000_001),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);
const rawLiterals = fc.constantFrom(
  raw('NaN'),
  raw('Infinity'),
  raw('-Infinity'),
  raw('1e999'),
  raw('-1e999'),
  raw('-0'),
  raw('9223372036854775808'),
  raw('-9223372036854775809'),
  raw('123456789012345678901234567890'),
  raw('0.1e-400'),
  raw('"\\ud800"'),
  raw('"\\udfff\\ud800"'),
  raw('"\\u0000"'),
  raw('{"__proto__": {"role": "admin", "isAdmin": true}}'),
  raw('{"constructor": {"prototype": {"isAdmin": true}}}'),
  raw(deepArray(1000)),
  raw(deepObject(1000)),
  raw(`[${'1,'.repeat(5000)}1]`),
);
const objectish = fc.constantFrom<unknown>({}, [], [null], [[]], { $gt: '' }, { $ne: null }, { $where: 'sleep(1000)' }, { toString: 'x' }, { valueOf: 1 }, { length: 1e9 }, ['a', 1, null, true], { '': '' });

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>(null, true, false), weight: 2 },
  { arbitrary: hostileNumber, weight: 3 },
  { arbitrary: hostileString, weight: 6 },
  { arbitrary: hugeString, weight: 1 },
  { arbitrary: rawLiterals, weight: 3 },
  { arbitrary: objectish, weight: 2 },
  { arbitrary: fc.array(hostileString, { maxLength: 5 }), weight: 1 },
);

/** Whole bodies that are not what any route expects. */
const hostileWholeBody = fc.oneof(
  fc.constantFrom<unknown>(null, 0, -1, 'string', true, [], [{}], ''),
  rawLiterals,
  hugeString.map((s) => ({ name: s, notes: s })),
);
const malformedJson = fc.constantFrom(
  '{',
  '}',
  '{"a":}',
  '{"a" 1}',
  "{'a': 1}",
  '{"a":1,}',
  '[1,2',
  '{"a":1}{"b":2}',
  '{"a":1} trailing',
  'undefined',
  'NaN',
  '\u0000',
  '\uFEFF{}',
  '{"a":"\\x41"}',
  '{"a":"\\u12"}',
  '{"a":1,"a":2}',
  '  ',
  '//',
  '{"a":01}',
  '{"a":"line\nbreak"}',
);
const contentTypes = fc.constantFrom(
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/xml',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/jsonx',
  'application/vnd.api+json',
  'application/problem+json',
  '*/*',
  'json',
  '',
);
const queryJunk = fc.constantFrom(
  '%',
  '%E0%A4%A',
  '%ZZ',
  '%00',
  '=&=&=',
  '&&&',
  'a[b]=c',
  '__proto__=1',
  '__proto__[role]=admin',
  'constructor[prototype][x]=1',
  'limit=1&limit=2',
  'limit[]=1',
  'offset=-0',
  'limit=%00',
  `x=${'y'.repeat(30_000)}`,
  ';',
  '#fragment',
  '?',
  'a=%C0%AF',
  'a=%ED%A0%80',
);
const pathJunk = fc.oneof(
  fc.constantFrom(
    '..',
    '.',
    '%2e%2e',
    '%2F',
    '..%2F..%2F',
    '%00',
    '%',
    '%ZZ',
    '%E0%A4%A',
    '%ED%A0%80',
    '%C0%AF',
    'a'.repeat(201),
    'a'.repeat(5000),
    ' ',
    '%20',
    'null',
    'undefined',
    '-1',
    '0',
    '1e308',
    '9223372036854775808',
    "'%20OR%20'1'%3D'1",
    '%7B%22%24gt%22%3A%22%22%7D',
    '__proto__',
    'constructor',
  ),
  fc.constantFrom(...UUIDS).map(enc),
  hostileString.map(enc),
);
const authHeaders = fc.constantFrom(
  'Bearer',
  'Bearer ',
  'Bearer null',
  'Bearer undefined',
  'bearer x.y.z',
  'Basic YWRtaW46YWRtaW4=',
  'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
  `Bearer ${'a'.repeat(10_000)}`,
  'Bearer a b',
  'Token abc',
  '',
);

// ---- plans: what one request does, drawn by fast-check --------------------------------------

type Caller = 'admin' | 'patient' | 'anonymous';
type Plan =
  | { caller: Caller; pick: number; target: 'body-field'; at: number; value: unknown }
  | { caller: Caller; pick: number; target: 'body-extra'; key: string; value: unknown }
  | { caller: Caller; pick: number; target: 'body-whole'; value: unknown }
  | { caller: Caller; pick: number; target: 'body-malformed'; text: string }
  | { caller: Caller; pick: number; target: 'body-content-type'; contentType: string }
  | { caller: Caller; pick: number; target: 'query-param'; at: number; value: string | string[] }
  | { caller: Caller; pick: number; target: 'query-junk'; junk: string }
  | { caller: Caller; pick: number; target: 'path'; at: number; segment: string }
  | { caller: Caller; pick: number; target: 'auth'; header: string };

const callerArb = fc.oneof(
  { arbitrary: fc.constant<Caller>('admin'), weight: 6 },
  { arbitrary: fc.constant<Caller>('patient'), weight: 3 },
  { arbitrary: fc.constant<Caller>('anonymous'), weight: 1 },
);
const extraKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', '$where', '$gt', 'role', 'is_admin', 'id', 'user_id', 'password_hash', 'created_at', 'status', 'active', '', ' ', '\u0000', 'a'.repeat(10_000));

function planArb(op: Operation): fc.Arbitrary<Plan> {
  const base = { caller: callerArb, pick: fc.nat() };
  const choices: { arbitrary: fc.Arbitrary<Plan>; weight: number }[] = [
    { arbitrary: fc.record({ ...base, target: fc.constant('auth' as const), header: authHeaders }), weight: 1 },
  ];
  if (op.body || op.method !== 'GET') {
    choices.push(
      { arbitrary: fc.record({ ...base, target: fc.constant('body-field' as const), at: fc.nat(), value: hostileValue }), weight: op.body ? 8 : 1 },
      { arbitrary: fc.record({ ...base, target: fc.constant('body-extra' as const), key: extraKeys, value: hostileValue }), weight: 2 },
      { arbitrary: fc.record({ ...base, target: fc.constant('body-whole' as const), value: hostileWholeBody }), weight: 2 },
      { arbitrary: fc.record({ ...base, target: fc.constant('body-malformed' as const), text: malformedJson }), weight: 2 },
      { arbitrary: fc.record({ ...base, target: fc.constant('body-content-type' as const), contentType: contentTypes }), weight: 1 },
    );
  }
  choices.push(
    {
      arbitrary: fc.record({
        ...base,
        target: fc.constant('query-param' as const),
        at: fc.nat(),
        value: fc.oneof({ arbitrary: hostileString, weight: 4 }, { arbitrary: fc.array(hostileString, { minLength: 2, maxLength: 60 }), weight: 1 }, { arbitrary: hugeString.map((s) => s.slice(0, 30_000)), weight: 1 }),
      }),
      weight: op.query.length > 0 ? 6 : 1,
    },
    { arbitrary: fc.record({ ...base, target: fc.constant('query-junk' as const), junk: queryJunk }), weight: 2 },
  );
  if (op.pathParams.length > 0) {
    choices.push({ arbitrary: fc.record({ ...base, target: fc.constant('path' as const), at: fc.nat(), segment: pathJunk }), weight: 5 });
  }
  return fc.oneof(...choices);
}

// ---- turning a plan into a request --------------------------------------------------------

/** The real records requests are aimed at, kept fresh so that later runs still reach deep code. */
interface Targets {
  provider: Person;
  patient: Person;
  user: string;
  topic: string;
  facility: string;
  appointment: string;
  rule: string;
  timeOff: string;
  notification: string;
  webhook: string;
  webhookNotification: string;
}

interface Built {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  describe: string;
}

const PLACEHOLDER = (i: number) => `\u0001RAW${i}\u0001`;

/** JSON.stringify, with Raw fragments written in verbatim. */
function serialize(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v) => {
    if (isRaw(v)) {
      raws.push(v.raw);
      return PLACEHOLDER(raws.length - 1);
    }
    return v;
  });
  return (text ?? 'null').replace(/"\\u0001RAW(\d+)\\u0001"/g, (_m, i) => raws[Number(i)]!);
}

const firstNonNull = (s: Schema): Schema => {
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return firstNonNull(alternatives.find((a) => a.type !== 'null') ?? alternatives[0]!);
  if (s.allOf?.length) return firstNonNull(s.allOf[0]!);
  return s;
};

function createPlausible(w: World, targets: Targets) {
  let lastStart = 0;
  const freshStart = () => {
    const at = w.nextSlot();
    lastStart = Date.parse(at);
    return at;
  };
  const byName: Record<string, () => unknown> = {
    provider: () => targets.provider.id,
    patient: () => targets.patient.id,
    topics: () => [w.topic],
    topic: () => w.topic,
    facility: () => null,
    facilities: () => [targets.facility],
    appointment_id: () => targets.appointment,
    appointment: () => targets.appointment,
    start_time: freshStart,
    end_time: () => new Date((lastStart || Date.parse(freshStart())) + 3_600_000).toISOString(),
    email: () => `hostile-${unique()}@carebook.test`,
    password: () => 'hostile-pass-1',
    name: () => 'Hostile Name',
    phone: () => '+14155550100',
    timezone: () => 'UTC',
    url: () => 'https://hooks.example.org/hostile',
    currency: () => 'EUR',
    price: () => null,
    events: () => ['*'],
    role: () => 'staff',
    date: () => '2031-05-05',
    date_of_birth: () => '1990-05-05',
    valid_from: () => '2031-01-01',
    valid_until: () => '2031-12-31',
    start: () => '09:00',
    open: () => '09:00',
    end: () => '17:00',
    close: () => '17:00',
    from: () => '2030-03-05',
    to: () => '2030-03-06',
    active: () => true,
    status: () => 'user_canceled',
    payment_id: () => `pay_${unique()}`,
    order_id: () => `order_${unique()}`,
    amount: () => w.price,
    duration: () => 30,
    on_behalf_of: () => 'patient',
  };

  /** A value the schema accepts (or nearly): the body a client would send, before it is spoiled. */
  function plausible(schema: Schema, name: string | undefined, pick: number): unknown {
    if (name && byName[name]) return byName[name]!();
    const s = firstNonNull(schema);
    if (s.enum) return s.enum[0];
    const type = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
    switch (type) {
      case 'string':
        if (s.format === 'uuid') return targets.appointment;
        if (s.format === 'date-time') return freshStart();
        if (s.format === 'email') return `hostile-${unique()}@carebook.test`;
        if (s.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return '2031-05-05';
        if (s.pattern?.includes(':[0-5]\\d')) return '09:00';
        return 'plausible text'.slice(0, Math.max(s.minLength ?? 1, Math.min(s.maxLength ?? 14, 14)));
      case 'integer':
      case 'number':
        return Math.min(Math.max(30, s.minimum ?? 30), s.maximum ?? 30);
      case 'boolean':
        return true;
      case 'array': {
        const n = Math.max(1, s.minItems ?? 0);
        return Array.from({ length: n }, () => plausible(s.items ?? {}, undefined, pick));
      }
      case 'object':
      default: {
        if (!s.properties) return {};
        const out: Record<string, unknown> = {};
        const required = new Set(s.required ?? []);
        Object.entries(s.properties).forEach(([key, sub], i) => {
          // Required fields always; optional ones as the plan's bits say, so each run has its own shape.
          if (required.has(key) || (pick >> i) & 1) out[key] = plausible(sub, key, pick >> 3);
        });
        return out;
      }
    }
  }
  return plausible;
}

/** Every place inside a JSON value that a hostile value can take: [] is the value itself. */
function slotsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push([...prefix, i], ...slotsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push([...prefix, k], ...slotsOf(v, [...prefix, k]));
  return out;
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy: any = Array.isArray(root) ? [...root] : { ...(root as object) };
  const [head, ...rest] = path;
  copy[head!] = setAt(copy[head!], rest, value);
  return copy;
}

function paramTarget(path: string, name: string, targets: Targets): string {
  const before = path.split('/').findIndex((seg) => seg === `{${name}}`);
  const owner = path.split('/')[before - 1];
  switch (owner) {
    case 'providers':
    case 'by-provider':
      return targets.provider.id;
    case 'patients':
    case 'by-patient':
      return targets.patient.id;
    case 'users':
      return targets.user;
    case 'topics':
      return targets.topic;
    case 'facilities':
      return targets.facility;
    case 'appointments':
      return targets.appointment;
    case 'availability':
      return targets.rule;
    case 'time-off':
      return targets.timeOff;
    case 'notifications':
      return targets.notification;
    case 'webhooks':
      return targets.webhook;
    case 'deliveries':
      return targets.webhookNotification;
    default:
      // A route this file does not know yet still gets attacked, aimed at a record that does not exist.
      return randomUUID();
  }
}

/**
 * Queries that some operations need whole to get past validation (the schema alone does not say
 * which parameters go together); each run spoils one parameter of it.
 */
const GOOD_QUERIES: Record<string, (targets: Targets) => [string, string][]> = {
  'GET /api/v1/slots': (tg) => [['provider', tg.provider.id], ['from', '2030-03-05'], ['to', '2030-03-07'], ['duration', '30']],
  'GET /api/v1/providers/{id}/availability/explain': () => [['start_time', '2030-06-03T10:00:00Z'], ['duration', '30']],
  'GET /api/v1/schedule': (tg) => [['from', '2030-03-05'], ['to', '2030-03-06'], ['provider', tg.provider.id]],
};

function plausibleQuery(op: Operation, targets: Targets, plausible: ReturnType<typeof createPlausible>, pick: number): [string, string][] {
  const good = GOOD_QUERIES[op.key];
  if (good) return good(targets);
  const out: [string, string][] = [];
  op.query.forEach((q, i) => {
    if (!(q.required || (pick >> (i % 16)) & 1)) return;
    if (q.name === 'provider') return out.push(['provider', targets.provider.id]);
    if (q.name === 'patient') return out.push(['patient', targets.patient.id]);
    if (['limit', 'offset'].includes(q.name)) return out.push([q.name, q.name === 'limit' ? '5' : '0']);
    const v = plausible(q.schema, q.name, 0);
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== null && value !== undefined && typeof value !== 'object') out.push([q.name, String(value)]);
  });
  return out;
}

const truncate = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

function build(op: Operation, plan: Plan, w: World, targets: Targets, plausible: ReturnType<typeof createPlausible>): Built {
  const segments = op.pathParams.map((name) => paramTarget(op.path, name, targets));
  if (plan.target === 'path') segments[plan.at % segments.length] = plan.segment;
  let i = 0;
  let url = op.path.replace(/\{[^}]+\}/g, () => segments[i++]!);

  const query = plausibleQuery(op, targets, plausible, plan.pick);
  let queryText = query.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
  if (plan.target === 'query-param') {
    const names = op.query.length > 0 ? op.query.map((q) => q.name) : ['search', 'limit', 'q'];
    const name = names[plan.at % names.length]!;
    const values = Array.isArray(plan.value) ? plan.value : [plan.value];
    const kept = query.filter(([k]) => k !== name);
    queryText = [...kept.map(([k, v]) => `${enc(k)}=${enc(v)}`), ...values.map((v) => `${enc(name)}=${enc(v)}`)].join('&');
  }
  if (plan.target === 'query-junk') queryText = queryText ? `${queryText}&${plan.junk}` : plan.junk;
  if (queryText) url += `?${queryText}`;

  const token = plan.caller === 'admin' ? w.admin.token : plan.caller === 'patient' ? w.patientA.token : undefined;
  const headers: Record<string, string> = {};
  if (plan.target === 'auth') headers.authorization = plan.header;
  else if (token) headers.authorization = `Bearer ${token}`;

  let payload: string | undefined;
  const sendsBody = op.body !== undefined || plan.target.startsWith('body-');
  if (sendsBody && op.method !== 'GET') {
    const base = op.body ? plausible(op.body.schema, undefined, plan.pick) : {};
    let value: unknown = base;
    if (plan.target === 'body-field') {
      const slots = slotsOf(base);
      value = slots.length > 0 ? setAt(base, slots[plan.at % slots.length]!, plan.value) : plan.value;
    } else if (plan.target === 'body-extra') {
      const inner = serialize(base);
      payload = `${inner.slice(0, -1)}${inner.length > 2 ? ',' : ''}${JSON.stringify(plan.key)}:${serialize(plan.value)}}`;
      if (!inner.startsWith('{')) payload = `{${JSON.stringify(plan.key)}:${serialize(plan.value)}}`;
    } else if (plan.target === 'body-whole') {
      value = plan.value;
    }
    if (plan.target === 'body-malformed') payload = plan.text;
    payload ??= serialize(value);
    headers['content-type'] = plan.target === 'body-content-type' ? plan.contentType : 'application/json';
    if (headers['content-type'] === '') delete headers['content-type'];
  }
  return {
    method: op.method,
    url,
    headers,
    payload,
    describe: `${op.method} ${truncate(url)} as ${plan.caller} [${plan.target}]${payload !== undefined ? ` body ${truncate(payload)}` : ''}${plan.target === 'auth' ? ` authorization ${truncate(plan.header, 60)}` : ''}`,
  };
}

// ---- checks -------------------------------------------------------------------------------

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/**
 * No 5xx; a 4xx is a complete problem document, or under /fhir/R4 a FHIR OperationOutcome whose
 * issues carry the same stable code.
 */
function checkAnswer(answer: Answer, what: string) {
  if (answer.status >= 500) throw new Error(`5xx for ${what}: ${answer.status} ${truncate(answer.body, 500)}`);
  if (answer.status < 400) return;
  if (/ \/fhir\/R4\//.test(what) && answer.contentType.startsWith('application/fhir+json')) {
    const outcome = JSON.parse(answer.body) as { resourceType?: string; issue?: { severity?: string; code?: string; details?: { coding?: { code?: string }[] } }[] };
    const issue = outcome.issue?.[0];
    if (outcome.resourceType !== 'OperationOutcome' || issue?.severity !== 'error' || !issue.code || !/^[a-z]+(_[a-z]+)*$/.test(issue.details?.coding?.[0]?.code ?? '')) {
      throw new Error(`incomplete OperationOutcome for ${what}: ${truncate(answer.body, 300)}`);
    }
    return;
  }
  if (!answer.contentType.startsWith('application/problem+json')) {
    throw new Error(`${answer.status} without problem+json for ${what}: ${answer.contentType} ${truncate(answer.body, 300)}`);
  }
  let problem: any;
  try {
    problem = JSON.parse(answer.body);
  } catch {
    throw new Error(`unparseable problem for ${what}: ${truncate(answer.body)}`);
  }
  const fields = ['type', 'title', 'detail', 'code'].filter((f) => typeof problem[f] !== 'string' || problem[f].length === 0);
  if (fields.length > 0 || problem.status !== answer.status || !/^[a-z]+(_[a-z]+)*$/.test(problem.code)) {
    throw new Error(`incomplete problem (${fields.join(', ') || 'status/code'}) for ${what}: ${truncate(answer.body)}`);
  }
}

function diff(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => before[k] !== after[k]);
}

/** fast-check's own report prints whole counterexamples (100 KB strings): say what failed, briefly. */
async function report(details: fc.RunDetails<[Plan]>): Promise<void> {
  if (!details.failed) return;
  const plan = details.counterexample?.[0];
  const shown = plan ? truncate(JSON.stringify(plan), 400) : 'none';
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${truncate(error, 1500)}\n  plan: ${shown}\n  replay: { seed: ${details.seed}, path: "${details.counterexamplePath}" } after ${details.numRuns} runs`);
}

// ---- the suite ----------------------------------------------------------------------------

describe.each(backends)(`hostile input on %s (seed ${SEED})`, (backend) => {
  let w: World;
  let t: TestApp;
  let base: string;
  let targets: Targets;
  let plausible: ReturnType<typeof createPlausible>;
  /** The last snapshot known to match the database, or undefined when something may have changed since. */
  let known: Record<string, string> | undefined;
  const statusCounts = new Map<string, Map<number, number>>();

  const adminCall = (method: string, url: string, body?: unknown) => t.call(method, url, { token: w.admin.token, ...(body !== undefined ? { body } : {}) });
  const created = async (res: LightMyRequestResponse, what: string) => {
    if (res.statusCode !== 201) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
    return res.json().id as string;
  };
  const newRule = () => adminCall('POST', `/api/v1/providers/${targets.provider.id}/availability`, { date: '2031-03-03', start: '08:00', end: '09:00' }).then((r) => created(r, 'rule'));
  const newTimeOff = () =>
    adminCall('POST', `/api/v1/providers/${targets.provider.id}/time-off`, { start_time: '2036-01-01T00:00:00Z', end_time: '2036-01-01T01:00:00Z' }).then((r) => created(r, 'time off'));
  const newWebhook = () => adminCall('POST', '/api/v1/webhooks', { url: 'https://hooks.example.org/target', events: ['*'] }).then((r) => created(r, 'webhook'));

  /** Valid but odd settings (a new time zone, buffers, a horizon, other weekly hours) would make fresh slots unbookable. */
  async function resetProvider() {
    const res = await adminCall('PATCH', `/api/v1/providers/${targets.provider.id}`, {
      active: true,
      timezone: 'UTC',
      slot_minutes: 15,
      min_notice_minutes: 0,
      max_days_ahead: null,
      buffer_before_minutes: 0,
      buffer_after_minutes: 0,
      patient_cancel_cutoff_minutes: 0,
      facilities: [targets.facility],
      schedule: ALL_WEEK,
    });
    if (res.statusCode !== 200) throw new Error(`provider reset: ${res.statusCode} ${res.body}`);
  }

  /** After a request that succeeded and changed things, put the targets back in shape for the next run. */
  async function heal(op: Operation) {
    known = undefined;
    const db = t.ctx.db;
    if (op.path.startsWith('/api/v1/appointments/{id}') || op.path === '/api/v1/payments') targets.appointment = await w.bookAppointment(targets.patient, targets.provider);
    if (op.method === 'DELETE' && op.path.includes('/availability/')) targets.rule = await newRule();
    if (op.method === 'DELETE' && op.path.includes('/time-off/')) targets.timeOff = await newTimeOff();
    if (op.method === 'DELETE' && op.path.startsWith('/api/v1/webhooks/')) {
      // A new subscription, and a message for it to replay.
      targets.webhook = await newWebhook();
      await w.bookAppointment(targets.patient, targets.provider);
      targets.webhookNotification = (
        await db.selectFrom('notifications').select('id').where('subscription_id', '=', targets.webhook).orderBy('seq').executeTakeFirstOrThrow()
      ).id;
    }
    if (op.path.startsWith('/api/v1/providers/{id}')) await resetProvider();
    // Hostile but valid changes may switch the targets off or move their calendars: switch them back on.
    await db.updateTable('users').set({ active: true }).where('id', 'in', [targets.provider.userId, targets.patient.userId, targets.user, w.patientA.userId]).execute();
    await db.updateTable('topics').set({ active: true }).where('id', 'in', [targets.topic, w.topic]).execute();
    await db.updateTable('facilities').set({ active: true }).where('id', '=', targets.facility).execute();
    await db.updateTable('webhook_subscriptions').set({ active: true }).where('id', '=', targets.webhook).execute();
  }

  async function send(op: Operation, req: Built): Promise<Answer> {
    if (op.stream) {
      // A granted stream never ends by itself: read its head over real HTTP (own connection), then hang up.
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([, v]) => /^[\x20-\x7e]*$/.test(v)));
      return sseHead(`${base}${req.url}`, headers);
    }
    const res = await t.app.inject({ method: req.method as 'GET', url: req.url, headers: req.headers, ...(req.payload !== undefined ? { payload: req.payload } : {}) });
    return { status: res.statusCode, contentType: String(res.headers['content-type'] ?? ''), body: res.body };
  }

  /** Sends one request and checks the three promises; returns the status. */
  async function attack(op: Operation, req: Built): Promise<number> {
    if (process.env.HOSTILE_TRACE) process.stderr.write(`TRACE ${truncate(req.describe, 400)}\n`);
    const before = known ?? (await w.snapshot());
    const answer = await send(op, req);
    checkAnswer(answer, req.describe);
    const counts = statusCounts.get(op.key) ?? new Map<number, number>();
    counts.set(answer.status, (counts.get(answer.status) ?? 0) + 1);
    statusCounts.set(op.key, counts);
    if (answer.status >= 400 || op.method === 'GET') {
      const after = await w.snapshot();
      const changed = diff(before, after);
      if (changed.length > 0) throw new Error(`${answer.status} for ${req.describe} changed ${changed.join(', ')}: ${truncate(answer.body)}`);
      known = after;
    } else {
      await heal(op);
    }
    return answer.status;
  }

  beforeAll(async () => {
    t = backend === 'embedded' ? embeddedApp : await createTestApp(backend);
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    w = await buildWorld(t);
    const facility = await created(await adminCall('POST', '/api/v1/facilities', { name: 'Hostile Clinic', timezone: 'UTC' }), 'facility');
    const provider = await makeProvider(t, {
      name: 'Target Provider',
      facilities: [facility],
      schedule: ALL_WEEK,
    });
    const patient = await makePatient(t, { name: 'Target Patient' });
    const user = await created(await adminCall('POST', '/api/v1/users', { email: `target-${unique()}@carebook.test`, name: 'Target Staff', password: 'target-pass-1', role: 'staff' }), 'user');
    const topic = await created(await adminCall('POST', '/api/v1/topics', { name: 'Target Topic', duration: 30 }), 'topic');
    targets = {
      provider,
      patient,
      user,
      topic,
      facility,
      appointment: await w.bookAppointment(patient, provider),
      rule: '',
      timeOff: '',
      notification: w.notificationA,
      webhook: w.webhook,
      webhookNotification: w.webhookNotification,
    };
    targets.rule = await newRule();
    targets.timeOff = await newTimeOff();
    plausible = createPlausible(w, targets);
  });

  afterAll(async () => {
    if (process.env.HOSTILE_VERBOSE) {
      for (const [op, counts] of statusCounts) console.log(`${op} ${JSON.stringify(Object.fromEntries(counts))}`);
    }
    await t?.close();
  });

  it('attacks every operation of the document, under the default body limit', () => {
    expect(OPERATIONS.length).toBeGreaterThan(60);
    expect(t.ctx.config.BODY_LIMIT_BYTES).toBe(BODY_LIMIT);
  });

  for (const op of OPERATIONS) {
    it(`${op.key}: ${RUNS[backend]} hostile requests (seed ${SEED})`, async () => {
      await fc.assert(
        fc.asyncProperty(planArb(op), async (plan) => {
          await attack(op, build(op, plan, w, targets, plausible));
        }),
        { seed: SEED, numRuns: RUNS[backend], endOnFailure: true, asyncReporter: report },
      );
    });
  }

  describe('bodies over the limit', () => {
    const bodyOps = OPERATIONS.filter((op) => op.method !== 'GET');
    for (const op of bodyOps) {
      it(`${op.key}: ${BODY_LIMIT + 1} bytes → 413`, async () => {
        const filler = 'x'.repeat(BODY_LIMIT + 1 - '{"name":""}'.length);
        const req = build(op, { caller: 'admin', pick: 0, target: 'body-whole', value: { name: filler } }, w, targets, plausible);
        expect(Buffer.byteLength(req.payload!)).toBe(BODY_LIMIT + 1);
        const before = await w.snapshot();
        const answer = await send(op, req);
        checkAnswer(answer, req.describe);
        expect(answer.status).toBe(413);
        expect(refusalCode(answer.body)).toBe('payload_too_large');
        expect(diff(before, await w.snapshot())).toEqual([]);
        known = undefined;
      });
    }
  });

  describe('valid-looking values that name nothing real', () => {
    const cases: { name: string; method: string; url: (tg: Targets) => string; body?: (tg: Targets) => unknown; status: number }[] = [
      { name: 'booking on 30 February', method: 'POST', url: () => '/api/v1/appointments', body: (tg) => ({ provider: tg.provider.id, patient: tg.patient.id, topics: [w.topic], start_time: '2030-02-30T10:00:00Z' }), status: 422 },
      { name: 'booking at 24:00', method: 'POST', url: () => '/api/v1/appointments', body: (tg) => ({ provider: tg.provider.id, patient: tg.patient.id, topics: [w.topic], start_time: '2030-03-05T24:00:00Z' }), status: 422 },
      { name: 'booking with an offset of +99:00', method: 'POST', url: () => '/api/v1/appointments', body: (tg) => ({ provider: tg.provider.id, patient: tg.patient.id, topics: [w.topic], start_time: '2030-03-05T10:00:00+99:00' }), status: 422 },
      { name: 'booking in year 275760', method: 'POST', url: () => '/api/v1/appointments', body: (tg) => ({ provider: tg.provider.id, patient: tg.patient.id, topics: [w.topic], start_time: '+275760-09-13T00:00:00Z' }), status: 422 },
      { name: 'booking an unknown provider', method: 'POST', url: () => '/api/v1/appointments', body: (tg) => ({ provider: randomUUID(), patient: tg.patient.id, topics: [w.topic], start_time: w.nextSlot() }), status: 422 },
      { name: 'booking an unknown topic', method: 'POST', url: () => '/api/v1/appointments', body: (tg) => ({ provider: tg.provider.id, patient: tg.patient.id, topics: [randomUUID()], start_time: w.nextSlot() }), status: 422 },
      { name: 'booking a patient id as the provider', method: 'POST', url: () => '/api/v1/appointments', body: (tg) => ({ provider: tg.patient.id, patient: tg.patient.id, topics: [w.topic], start_time: w.nextSlot() }), status: 422 },
      { name: 'time off from 30 February', method: 'POST', url: (tg) => `/api/v1/providers/${tg.provider.id}/time-off`, body: () => ({ start_time: '2030-02-30T09:00:00Z', end_time: '2030-03-01T09:00:00Z' }), status: 422 },
      { name: 'a dated rule on 29 February 2031', method: 'POST', url: (tg) => `/api/v1/providers/${tg.provider.id}/availability`, body: () => ({ date: '2031-02-29', start: '09:00', end: '10:00' }), status: 422 },
      { name: 'a rule from 23:60', method: 'POST', url: (tg) => `/api/v1/providers/${tg.provider.id}/availability`, body: () => ({ weekday: 'monday', start: '23:60', end: '24:00' }), status: 422 },
      { name: 'a facility closed on 31 April', method: 'POST', url: () => '/api/v1/facilities', body: () => ({ name: 'Closed', timezone: 'UTC', closures: [{ date: '2031-04-31' }] }), status: 422 },
      { name: 'a facility on Mars time', method: 'POST', url: () => '/api/v1/facilities', body: () => ({ name: 'Mars', timezone: 'Mars/Olympus_Mons' }), status: 422 },
      { name: 'a patient born on 30 February', method: 'POST', url: () => '/api/v1/patients', body: () => ({ email: `feb-${unique()}@carebook.test`, name: 'Feb', password: 'feb-pass-123', date_of_birth: '1990-02-30' }), status: 422 },
      { name: 'slots on 30 February', method: 'GET', url: (tg) => `/api/v1/slots?provider=${tg.provider.id}&date=2030-02-30&duration=30`, status: 422 },
      { name: 'schedule from 30 February', method: 'GET', url: () => '/api/v1/schedule?from=2030-02-30&to=2030-03-02', status: 422 },
      { name: 'explain at 30 February', method: 'GET', url: (tg) => `/api/v1/providers/${tg.provider.id}/availability/explain?start_time=2030-02-30T10:00:00Z&duration=30`, status: 422 },
      { name: 'an unknown appointment', method: 'GET', url: () => `/api/v1/appointments/${randomUUID()}`, status: 404 },
      { name: 'an unknown appointment, in capitals', method: 'GET', url: () => `/api/v1/appointments/${randomUUID().toUpperCase()}`, status: 404 },
      { name: 'a provider id used as an appointment id', method: 'GET', url: (tg) => `/api/v1/appointments/${tg.provider.id}`, status: 404 },
      { name: 'the nil uuid', method: 'GET', url: () => '/api/v1/patients/00000000-0000-0000-0000-000000000000', status: 404 },
      { name: 'paying for an unknown appointment', method: 'POST', url: () => `/api/v1/appointments/${randomUUID()}/checkout`, status: 404 },
      { name: 'cancelling an unknown appointment', method: 'POST', url: () => `/api/v1/appointments/${randomUUID()}/cancel`, body: () => ({ on_behalf_of: 'patient' }), status: 404 },
      { name: 'replaying an unknown delivery', method: 'POST', url: (tg) => `/api/v1/webhooks/${tg.webhook}/deliveries/${randomUUID()}/replay`, status: 404 },
    ];
    for (const c of cases) {
      it(`${c.name} → ${c.status}`, async () => {
        const before = await w.snapshot();
        const res = await adminCall(c.method, c.url(targets), c.body?.(targets));
        const answer = { status: res.statusCode, contentType: String(res.headers['content-type'] ?? ''), body: res.body };
        checkAnswer(answer, `${c.method} ${c.url(targets)}`);
        expect(res.statusCode, res.body).toBe(c.status);
        expect(diff(before, await w.snapshot())).toEqual([]);
        known = undefined;
      });
    }
  });
});
