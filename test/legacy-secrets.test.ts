import { createCipheriv, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/app.js';
import { resealLegacySecrets } from '../src/crypto/legacy-secrets.js';
import { openSecret, purposeKey, type SecretPurpose } from '../src/crypto/secrets.js';
import { backends } from './databases.js';
import { createTestApp, makePatient, makeProvider, type TestApp } from './helpers.js';

/** The format secrets were stored in before JWE: `v1.` + base64url(iv | tag | AES-256-GCM ciphertext), the context as AAD. */
function sealTheOldWay(material: string, purpose: SecretPurpose, plain: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', purposeKey(material, purpose), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/**
 * Secrets stored by an earlier version (webhook signing keys, linked calendar addresses, patients'
 * personal fields, codes waiting in the outbox) still open after the move to JWE: the next start
 * seals each again, once, and they read the same.
 */
describe.each(backends)('secrets stored in the earlier format on %s', (backend) => {
  let t: TestApp;
  const personal = { address: { line1: '1 Old Road', line2: null, postal_code: '560001', city: 'Bengaluru', state: 'KA', country: 'IN' }, nationality: 'IN', gender: 'female' };
  const planted = {} as { webhook: string; source: string; patient: { id: string; token: string }; mail: string; userId: string };

  /** Writes one of each kind the old way, and leaves the task for the next start. */
  async function plantLegacySecrets() {
    const material = t.ctx.keys.encryptionKey;
    const db = t.ctx.db;
    await db
      .updateTable('webhook_subscriptions')
      .set({ secret_encrypted: sealTheOldWay(material, 'webhook-secret-encryption', 'whsec_old', planted.webhook) })
      .where('id', '=', planted.webhook)
      .execute();
    await db
      .updateTable('calendar_sources')
      .set({ url_encrypted: sealTheOldWay(material, 'webhook-secret-encryption', 'https://calendar.example/old.ics', `calendar-source:${planted.source}`) })
      .where('id', '=', planted.source)
      .execute();
    await db
      .updateTable('patients')
      .set({ personal_sealed: sealTheOldWay(material, 'patient-personal-data', JSON.stringify(personal), `patient:${planted.patient.id}`) })
      .where('id', '=', planted.patient.id)
      .execute();
    const payload = { kind: 'account', purpose: 'verify_email', name: 'Old Mail', expires_in_minutes: 10, sealed_code: sealTheOldWay(material, 'account-mail-code', '424242', `account-mail:${planted.userId}:verify_email`) };
    await db.updateTable('notifications').set({ payload: JSON.stringify(payload) }).where('id', '=', planted.mail).execute();
    await db.insertInto('pending_tasks').values({ name: 'reseal_legacy_secrets' }).execute();
  }

  const stored = async () => ({
    webhook: (await t.ctx.db.selectFrom('webhook_subscriptions').select('secret_encrypted').where('id', '=', planted.webhook).executeTakeFirstOrThrow()).secret_encrypted,
    source: (await t.ctx.db.selectFrom('calendar_sources').select('url_encrypted').where('id', '=', planted.source).executeTakeFirstOrThrow()).url_encrypted,
    patient: (await t.ctx.db.selectFrom('patients').select('personal_sealed').where('id', '=', planted.patient.id).executeTakeFirstOrThrow()).personal_sealed!,
    mail: ((await t.ctx.db.selectFrom('notifications').select('payload').where('id', '=', planted.mail).executeTakeFirstOrThrow()).payload as unknown as { sealed_code: string }).sealed_code,
  });

  beforeAll(async () => {
    t = await createTestApp(backend);
    const webhook = await t.call('POST', '/api/v1/webhooks', { token: t.adminToken, body: { url: 'https://hooks.example/carebook', events: ['appointment.created'] } });
    expect(webhook.statusCode).toBe(201);
    planted.webhook = webhook.json().id;
    const provider = await makeProvider(t);
    planted.source = randomUUID();
    await t.ctx.db.insertInto('calendar_sources').values({ id: planted.source, provider_id: provider.id, name: 'Old calendar', url_encrypted: 'replaced below', url_host: 'calendar.example' }).execute();
    const patient = await makePatient(t);
    planted.patient = patient;
    planted.userId = patient.userId;
    const mail = await t.ctx.db
      .insertInto('notifications')
      .values({ appointment_id: null, user_id: patient.userId, audience: 'patient', event: 'account.verify_email', channel: 'email', recipient: patient.email, payload: '{}', next_attempt_at: t.clock.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    planted.mail = mail.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('are sealed again as JWE at the next start, and read as before', async () => {
    await plantLegacySecrets();
    for (const value of Object.values(await stored())) expect(value).toMatch(/^v1\./);

    // A restart on the same database (the same keys).
    await createContext(t.ctx.config, { database: t.ctx.database });

    const now = await stored();
    for (const value of Object.values(now)) expect(value.split('.')).toHaveLength(5); // compact JWE
    expect(await openSecret(t.ctx.keys, 'webhook-secret-encryption', now.webhook, planted.webhook)).toBe('whsec_old');
    expect(await openSecret(t.ctx.keys, 'webhook-secret-encryption', now.source, `calendar-source:${planted.source}`)).toBe('https://calendar.example/old.ics');
    expect(await openSecret(t.ctx.keys, 'account-mail-code', now.mail, `account-mail:${planted.userId}:verify_email`)).toBe('424242');
    const profile = await t.call('GET', '/api/v1/me/profile', { token: planted.patient.token });
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({ address: personal.address, nationality: 'IN', gender: 'female' });
    expect(await t.ctx.db.selectFrom('pending_tasks').selectAll().execute()).toEqual([]);
  });

  it('happens once: with the task done, a later start reads nothing and changes nothing', async () => {
    const before = await stored();
    expect(await resealLegacySecrets(t.ctx.db, t.ctx.keys)).toBe(0);
    expect(await stored()).toEqual(before);
  });

  it('is all or nothing: a secret that does not open (another key) leaves every row and the task as they were', async () => {
    await plantLegacySecrets();
    const planted = await stored();
    const otherKeys = { ...t.ctx.keys, encryptionKey: `another-${randomUUID()}` };
    await expect(resealLegacySecrets(t.ctx.db, otherKeys)).rejects.toThrow(/Cannot decrypt a stored secret of the earlier format/);
    expect(await stored()).toEqual(planted);
    expect(await t.ctx.db.selectFrom('pending_tasks').select('name').execute()).toEqual([{ name: 'reseal_legacy_secrets' }]);
    expect(await resealLegacySecrets(t.ctx.db, t.ctx.keys)).toBe(4);
  });
});
