import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo.js';
import { backends } from './databases.js';
import { createTestApp, type TestApp } from './helpers.js';

describe.each(backends)('seed-demo on %s', (backend) => {
  let t: TestApp;
  let printed: string;
  beforeAll(async () => {
    t = await createTestApp(backend);
    printed = await seedDemo(t.ctx);
  });
  afterAll(() => t?.close());

  it('prints every login it makes, an admin among them, and each one signs in', async () => {
    const emails = [...printed.matchAll(/[\w.+-]+@demo\.carebook/g)].map((m) => m[0]);
    expect(emails).toContain('admin@demo.carebook');
    const made = await t.ctx.db.selectFrom('users').select(['email', 'role']).where('email', 'like', '%@demo.carebook').execute();
    expect(new Set(emails)).toEqual(new Set(made.map((u) => u.email)));
    expect(made.find((u) => u.email === 'admin@demo.carebook')?.role).toBe('admin');
    const password = /password "([^"]+)"/.exec(printed)![1]!;
    for (const email of emails) await t.login(email, password);
  });

  it('a second run changes nothing', async () => {
    expect(await seedDemo(t.ctx)).toMatch(/already present/);
  });
});
