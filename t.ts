import { openDatabase } from './src/db/database.js';
import { migrateToLatest } from './src/db/migrate.js';
const d = await openDatabase({});
try { console.log(await migrateToLatest(d.db)); } catch (e) { console.log('ERR', (e as Error).message); }
await d.close();
