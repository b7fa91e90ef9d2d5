// Compiles src/ to dist/ (one JavaScript file per TypeScript file, with source maps) when dist/ is
// missing or older than the sources, so `npm start` runs plain JavaScript and a second start skips
// the compile. Type checking is `npm run typecheck`'s job; esbuild only strips the types.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
