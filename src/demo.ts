import { createAppointment } from './appointments/appointments.service.js';
import type { AppContext } from './context.js';
import type { Caller } from './http/auth.js';
import { findUserByEmail } from './people/people.repository.js';
import { createPatient, createProvider, createStaffUser } from './people/people.service.js';
import { insertTopic } from './topics/topics.repository.js';

const DEMO_PASSWORD = 'demo-password';

/** Creates a small, realistic data set for trying the API; safe to run twice (it stops if the demo exists). */
export async function seedDemo(ctx: AppContext): Promise<string> {
  if (await findUserByEmail(ctx.db, 'dr.ada@demo.carebook')) return 'Demo data already present.';
  const [checkup, biteCare, fatigue] = await Promise.all([
    insertTopic(ctx.db, { name: 'Primary Care Checkup', duration: 30 }),
    insertTopic(ctx.db, { name: 'Bug Bite', duration: 15 }),
    insertTopic(ctx.db, { name: 'Fatigue', duration: 45 }),
  ]);
  const ada = await createProvider(ctx, null, { email: 'dr.ada@demo.carebook', name: 'Dr. Ada Okafor', password: DEMO_PASSWORD, specialization: 'General practice', timezone: 'Europe/Berlin' });
  const ravi = await createProvider(ctx, null, { email: 'dr.ravi@demo.carebook', name: 'Dr. Ravi Menon', password: DEMO_PASSWORD, specialization: 'Dermatology', timezone: 'Asia/Kolkata' });
  // Someone who can see and change everything the demo made: without an admin, a newcomer cannot sign in as staff.
  const admin = await createStaffUser(ctx, { email: 'admin@demo.carebook', name: 'Demo Admin', password: DEMO_PASSWORD, role: 'admin' });
  const jane = await createPatient(ctx, { email: 'jane@demo.carebook', name: 'Jane Doe', password: DEMO_PASSWORD });
  const john = await createPatient(ctx, { email: 'john@demo.carebook', name: 'John Roe', password: DEMO_PASSWORD });

  const asAda: Caller = { userId: ada.user_id, role: 'provider', email: ada.email ?? '', name: ada.name, providerId: ada.id, patientId: null };
  const tomorrow = new Date(ctx.clock.now().getTime() + 24 * 3600_000);
  tomorrow.setUTCHours(9, 0, 0, 0);
  await createAppointment(ctx, asAda, { patient: jane.id, topics: [checkup.id], start_time: tomorrow.toISOString() });
  await createAppointment(ctx, asAda, { patient: john.id, topics: [biteCare.id, fatigue.id], start_time: new Date(tomorrow.getTime() + 3600_000).toISOString() });

  return [
    'Demo data created. Every demo account uses the password "demo-password":',
    `  admin:     admin@demo.carebook (${admin.id})`,
    `  providers: dr.ada@demo.carebook (${ada.id}), dr.ravi@demo.carebook (${ravi.id})`,
    `  patients:  jane@demo.carebook (${jane.id}), john@demo.carebook (${john.id})`,
    `  topics:    ${[checkup, biteCare, fatigue].map((t) => `${t.name} (${t.id})`).join(', ')}`,
  ].join('\n');
}
