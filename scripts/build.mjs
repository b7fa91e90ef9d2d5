// Compiles src/ to dist/ (one JavaScript file per TypeScript file, with source maps) when dist/ is
// missing or older than the sources, so `npm start` runs plain JavaScript and a second start skips
// the compile. Type checking is `npm run typecheck`'s job; esbuild only strips the types.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');
const stampFile = join(dist, '.build-stamp');

const sources = readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
  .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
  .sort();

const hash = createHash('sha256');
for (const file of [...sources, join(root, 'package-lock.json')]) {
  const { size, mtimeMs } = statSync(file);
  hash.update(`${relative(root, file)}\0${size}\0${mtimeMs}\n`);
}
const stamp = hash.digest('hex');

let current = '';
try {
  current = readFileSync(stampFile, 'utf8');
} catch {
  // no build yet
}
if (current !== stamp) {
  const { build } = await import('esbuild');
  const started = Date.now();
  rmSync(dist, { recursive: true, force: true });
  await build({ entryPoints: sources, outdir: dist, outbase: src, format: 'esm', platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' });
  writeFileSync(stampFile, stamp);
  console.log(`Compiled ${sources.length} files into dist/ in ${Date.now() - started} ms`);
}

// The web app (web/ → web/dist, served at /): rebuilt by Vite when its sources or the lockfile changed
// since the last build. Its type check against the API's types is `npm run typecheck`'s job
// (`npm run build:web` regenerates the types, checks and builds in one go).
const web = join(root, 'web');
const webDist = join(web, 'dist');
const webStampFile = join(webDist, '.build-stamp');
const webSources = readdirSync(web, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
  .filter((file) => !relative(web, file).startsWith('dist') && !relative(web, file).includes('node_modules'))
  .sort();
const webHash = createHash('sha256');
for (const file of [...webSources, join(root, 'package-lock.json')]) {
  const { size, mtimeMs } = statSync(file);
  webHash.update(`${relative(root, file)}\0${size}\0${mtimeMs}\n`);
}
const webStamp = webHash.digest('hex');
let currentWeb = '';
try {
  currentWeb = readFileSync(webStampFile, 'utf8');
} catch {
  // never built
}
if (currentWeb !== webStamp || !existsSync(join(webDist, 'index.html'))) {
  let vite;
  try {
    vite = await import('vite');
  } catch {
    vite = null;
  }
  if (!vite) {
    console.warn('The web app is not rebuilt: Vite is not installed (npm ci installs it).');
  } else {
    const started = Date.now();
    await vite.build({ configFile: join(web, 'vite.config.ts'), logLevel: 'warn' });
    writeFileSync(webStampFile, webStamp);
    console.log(`Built the web app into web/dist/ in ${Date.now() - started} ms`);
  }
}
