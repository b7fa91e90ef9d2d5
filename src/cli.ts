import { parseArgs } from 'node:util';
import { createContext } from './app.js';
import { loadConfig } from './config.js';
import type { AppContext } from './context.js';
import { AppError } from './http/errors.js';
import { createPatient, createProvider, createStaffUser } from './people/people.service.js';
import { seedDemo } from './demo.js';

const USAGE = `Usage:
  npm run cli -- create-user --role <admin|staff|provider|patient> --email <email> --password <password> --name <name>
  npm run cli -- seed-demo      create demo topics, providers, patients and appointments (prints their logins)

Uses the same DATABASE_URL / DATA_DIR as the server, and works while the server runs.`;

async function createUser(ctx: AppContext, args: Record<string, string | undefined>) {
  const { role, email, password, name } = args;
  if (!role || !email || !password || !name) throw new Error(`create-user needs --role, --email, --password and --name\n\n${USAGE}`);
  const input = { email: email.trim().toLowerCase(), password, name };
  if (role === 'provider') return (await createProvider(ctx, null, { ...input, timezone: 'UTC' })).user_id;
  if (role === 'patient') return (await createPatient(ctx, input)).user_id;
  if (role === 'admin' || role === 'staff') return (await createStaffUser(ctx, { ...input, role })).id;
  throw new Error(`Unknown role "${role}"`);
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
  });
  const command = positionals[0];
  if (!command || command === 'help') {
    console.log(USAGE);
    return;
  }
  // `attach`: while a server runs on the same DATA_DIR, the CLI works through that server's PostgreSQL.
  const ctx = await createContext({ ...loadConfig(), LOG_LEVEL: 'silent' }, { attach: true });
  try {
    if (command === 'create-user') console.log(`created user ${await createUser(ctx, values)}`);
    else if (command === 'seed-demo') console.log(await seedDemo(ctx));
    else throw new Error(`Unknown command "${command}"\n\n${USAGE}`);
  } finally {
    await ctx.database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof AppError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
