import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layout the README describes, checked: SQL lives in repositories, and code below the composition
// roots names the parts of the context it uses instead of taking all of it.

const root = join(import.meta.dirname, '..');
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
const files = sources('src').map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));

/** Where SQL may be written: repositories, and the database layer itself (pools, migrations, paging, locks). */
const mayHoldSql = (path: string) => path.endsWith('.repository.ts') || path.startsWith('src/db/');
/** Kysely's query builders and its `sql` tag: what writing SQL looks like in this codebase. */
const SQL = /\b(?:selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(|\bsql(?:<[^>]*>)?`|\bsql\.(?:raw|ref|table|id|lit|join|val)\(/;

/** The composition roots: they build or hold the whole context and hand parts of it on. */
const COMPOSITION_ROOTS = new Set(['src/app.ts', 'src/server.ts', 'src/cli.ts', 'src/context.ts', 'src/demo.ts', 'src/http/plugins.ts', 'src/jobs/worker.ts', 'src/jobs/worker-main.ts']);
const isCompositionRoot = (path: string) => COMPOSITION_ROOTS.has(path) || path.endsWith('.routes.ts');
/** A parameter typed as the whole context: `ctx: AppContext`, `context: AppContext,` and the like. */
const WHOLE_CONTEXT = /\b\w+\??:\s*AppContext\b(?!\[)/;

const offending = (keep: (path: string) => boolean, pattern: RegExp) =>
  files.filter(({ path }) => !keep(path)).flatMap(({ path, text }) =>
    text.split('\n').flatMap((line, i) => (pattern.test(line) && !line.trimStart().startsWith('*') && !line.trimStart().startsWith('//') ? [`${relative(root, join(root, path))}:${i + 1}: ${line.trim()}`] : [])),
  );

describe('layout', () => {
  it('writes SQL only in repositories and the database layer', () => {
    expect(offending(mayHoldSql, SQL)).toEqual([]);
  });

  it('hands code below the composition roots only the parts of the context it uses', () => {
    expect(offending(isCompositionRoot, WHOLE_CONTEXT)).toEqual([]);
  });
});
