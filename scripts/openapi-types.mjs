#!/usr/bin/env node
/**
 * TypeScript types of the served OpenAPI document, by openapi-typescript.
 *
 *   node scripts/openapi-types.mjs OUTPUT.d.ts            the document of the app as built now
 *   node scripts/openapi-types.mjs OUTPUT.d.ts --from X   the document at a URL or in a JSON file
 *
 * Without --from the app is built (buildApp) on a throwaway database, DATABASE_URL's server when set,
 * else an embedded PostgreSQL in a temporary folder, and asked for /openapi.json. Any client folder
 * (sdk/, web/) can call it with its own output path, or import `openapiTypes` and `servedDocument`.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const BANNER = '// Generated from /openapi.json by scripts/openapi-types.mjs (openapi-typescript). Do not edit: run `npm run sdk:generate`.\n\n';

/** The types for a document (an object), as the text of a .d.ts file. */
export async function openapiTypes(document) {
  const ast = await openapiTS(structuredClone(document), { alphabetize: true });
  return BANNER + astToString(ast);
}

/** /openapi.json of the app built from src/ now, on a database of its own that is dropped afterwards. */
export async function servedDocument() {
  const { tsImport } = await import('tsx/esm/api');
  const here = import.meta.url;
  const { buildApp, createContext } = await tsImport('../src/app.ts', here);
  const { testConfig } = await tsImport('../src/config.ts', here);
  const { openDatabase } = await tsImport('../src/db/database.ts', here);
  const dataDir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'carebook-openapi-'));
  if (dataDir) chmodSync(dataDir, 0o755); // as root, the cluster's owner (postgres) must get through
  const database = await openDatabase({ url: process.env.DATABASE_URL, dataDir });
  try {
    const ctx = await createContext(testConfig(), { database });
    const app = await buildApp(ctx);
    try {
      const res = await app.inject({ method: 'GET', url: '/openapi.json' });
      if (res.statusCode !== 200) throw new Error(`/openapi.json answered ${res.statusCode}`);
      return res.json();
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

async function documentFrom(source) {
  if (/^https?:\/\//.test(source)) {
    const res = await fetch(source);
    if (!res.ok) throw new Error(`${source} answered ${res.status}`);
    return res.json();
  }
  return JSON.parse(readFileSync(source, 'utf8'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [output, flag, source] = process.argv.slice(2);
  if (!output || (flag !== undefined && (flag !== '--from' || !source))) {
    console.error('usage: node scripts/openapi-types.mjs OUTPUT.d.ts [--from URL|FILE]');
    process.exit(2);
  }
  const document = source ? await documentFrom(source) : await servedDocument();
  writeFileSync(output, await openapiTypes(document));
  console.log(`wrote ${output}`);
}
