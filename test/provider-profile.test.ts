import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeStaff, makeTopic, NOW, type Person, type TestApp } from './helpers.js';

/** A multipart/form-data body with one part. */
function multipart(field: string, filename: string, contentType: string, bytes: Buffer) {
  const boundary = `----carebook${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, bytes, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(backends)('practitioner profiles on %s', (backend) => {
  let t: TestApp;
  let provider: Person;
  let patient: Person;
  let staff: Person;
  let topic: string;

  const upload = (providerId: string, token: string, body: ReturnType<typeof multipart>) =>
    t.app.inject({ method: 'POST', url: `/api/v1/providers/${providerId}/picture`, payload: body.payload, headers: { ...body.headers, authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    t = await createTestApp(backend);
    provider = await makeProvider(t, { specialization: 'Dermatology', phone: '+91 98123 45678' });
    patient = await makePatient(t);
    staff = await makeStaff(t);
    topic = await makeTopic(t, 30);
  });
  afterAll(() => t?.close());

  it('stores the phone in E.164 and refuses one libphonenumber-js does not accept', async () => {
    const me = (await t.call('GET', `/api/v1/providers/${provider.id}`, { token: provider.token })).json();
    expect(me.user.phone).toBe('+919812345678');
    const bad = expectProblem(await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: provider.token, body: { phone: '+1 555' } }), 422, 'validation_failed');
    expect(bad.errors?.map((e) => e.field)).toEqual(['phone']);
    expectProblem(await t.call('POST', '/api/v1/providers', { token: t.adminToken, body: { email: 'x-phone@carebook.test', name: 'Dr X', password: 'provider-pass-1', phone: '12345' } }), 422);
  });

  it('shows patients the public subset and the practitioner their full profile', async () => {
    const asPatient = (await t.call('GET', `/api/v1/providers/${provider.id}`, { token: patient.token })).json();
    expect(asPatient).toMatchObject({ name: expect.any(String), specialization: 'Dermatology', picture: null, is_available: expect.any(Boolean) });
    for (const hidden of ['user', 'bank_details', 'date_joined', 'appointments_completed']) expect(asPatient).not.toHaveProperty(hidden);
    const asSelf = (await t.call('GET', `/api/v1/providers/${provider.id}`, { token: provider.token })).json();
    expect(asSelf).toMatchObject({ date_joined: expect.any(String), appointments_completed: 0, bank_details: null });
  });

  it('practitioners edit their own profile, not another one', async () => {
    const other = await makeProvider(t);
    expect((await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: provider.token, body: { specialization: 'Dermatology' } })).statusCode).toBe(200);
    expectProblem(await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: other.token, body: { specialization: 'Other' } }), 403);
  });

  it('counts completed appointments and says whether the practitioner is available now (by the injected clock)', async () => {
    const p = await makeProvider(t);
    // Mondays 09:00 to 12:00 UTC; NOW is Monday 2030-03-04 08:00 UTC.
    expect((await t.call('POST', `/api/v1/providers/${p.id}/availability`, { token: t.adminToken, body: { weekday: 'monday', start: '09:00', end: '12:00' } })).statusCode).toBe(201);
    const availableAt = async (at: string) => {
      t.clock.set(at);
      try {
        return (await t.call('GET', `/api/v1/providers/${p.id}`, { token: patient.token })).json().is_available as boolean;
      } finally {
        t.clock.set(NOW);
      }
    };
    expect(await availableAt(NOW)).toBe(false);
    expect(await availableAt('2030-03-04T09:30:00Z')).toBe(true);
    const booked = await book(t, { provider: p.id, patient: patient.id, topics: [topic], start_time: '2030-03-04T10:00:00Z' });
    expect(booked.statusCode).toBe(201);
    expect(await availableAt('2030-03-04T10:15:00Z')).toBe(false);
    expect(await availableAt('2030-03-04T10:45:00Z')).toBe(true);
    const off = await t.call('POST', `/api/v1/providers/${p.id}/time-off`, { token: t.adminToken, body: { start_time: '2030-03-04T11:00:00Z', end_time: '2030-03-04T12:00:00Z' } });
    expect(off.statusCode).toBe(201);
    expect(await availableAt('2030-03-04T11:30:00Z')).toBe(false);

    t.clock.set('2030-03-04T10:05:00Z');
    try {
      expect((await t.call('POST', `/api/v1/appointments/${booked.json().id}/complete`, { token: p.token })).statusCode).toBe(200);
    } finally {
      t.clock.set(NOW);
    }
    expect((await t.call('GET', `/api/v1/providers/${p.id}`, { token: p.token })).json().appointments_completed).toBe(1);
  });

  describe('pictures', () => {
    it('re-encodes an uploaded PNG, serves it with a cache header, and removes it', async () => {
      const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 200, g: 40, b: 40 } } }).png().toBuffer();
      const res = await upload(provider.id, provider.token, multipart('file', 'me.png', 'image/png', png));
      expect(res.statusCode, res.body).toBe(200);
      const url: string = res.json().picture;
      expect(url).toMatch(new RegExp(`^/api/v1/providers/${provider.id}/picture\\?v=`));
      expect((await t.call('GET', `/api/v1/providers/${provider.id}`, { token: patient.token })).json().picture).toBe(url);

      const served = await t.app.inject({ method: 'GET', url });
      expect(served.statusCode).toBe(200);
      expect(served.headers['content-type']).toBe('image/webp');
      expect(served.headers['cache-control']).toContain('max-age=31536000');
      expect(served.rawPayload.equals(png)).toBe(false);
      const meta = await sharp(served.rawPayload).metadata();
      expect(meta.format).toBe('webp');
      expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(512);
      const again = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': String(served.headers.etag) } });
      expect(again.statusCode).toBe(304);

      expect((await t.call('DELETE', `/api/v1/providers/${provider.id}/picture`, { token: provider.token })).statusCode).toBe(204);
      expectProblem(await t.app.inject({ method: 'GET', url }), 404);
      expect((await t.call('GET', `/api/v1/providers/${provider.id}`, { token: patient.token })).json().picture).toBeNull();
    });

    it('accepts a JPEG whatever its name says', async () => {
      const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#2060a0' } }).jpeg().toBuffer();
      expect((await upload(provider.id, staff.token, multipart('file', 'portrait.txt', 'text/plain', jpeg))).statusCode).toBe(200);
    });

    it('refuses a text file named .png, a file over 2 MB, a corrupt image, a missing file field and a JSON body', async () => {
      expectProblem(await upload(provider.id, provider.token, multipart('file', 'me.png', 'image/png', Buffer.from('hello, not an image at all'))), 415, 'unsupported_image_type');
      const big = Buffer.concat([await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).png().toBuffer(), Buffer.alloc(2 * 1024 * 1024 + 10)]);
      expectProblem(await upload(provider.id, provider.token, multipart('file', 'big.png', 'image/png', big)), 413, 'file_too_large');
      const png = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#0a0' } }).png().toBuffer();
      expectProblem(await upload(provider.id, provider.token, multipart('file', 'cut.png', 'image/png', png.subarray(0, 60))), 422, 'invalid_image');
      expectProblem(await upload(provider.id, provider.token, multipart('photo', 'me.png', 'image/png', png)), 422, 'file_required');
      expectProblem(await t.call('POST', `/api/v1/providers/${provider.id}/picture`, { token: provider.token, body: { file: 'x' } }), 415);
    });

    it('lets only the practitioner, staff and admins change it', async () => {
      const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).png().toBuffer();
      const other = await makeProvider(t);
      expectProblem(await upload(provider.id, other.token, multipart('file', 'x.png', 'image/png', png)), 403);
      expectProblem(await upload(provider.id, patient.token, multipart('file', 'x.png', 'image/png', png)), 403);
      expectProblem(await t.app.inject({ method: 'POST', url: `/api/v1/providers/${provider.id}/picture`, ...multipart('file', 'x.png', 'image/png', png) }), 401);
    });
  });
});
