/**
 * The layout of src/lib is its architecture: each domain folder's README says which other folders
 * it may import ("May import: …"), and this test reads every import of every module and fails on
 * one that crosses those lines, on a module outside the known folders, and on a module over 600
 * lines.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const libDir = fileURLToPath(new URL('../../src/lib/', import.meta.url));
const LOOSE = 'loose';
const MAX_LINES = 600;
const MAX_LOOSE_MODULES = 4;

/** Every module under src/lib, relative to it, with '/' separators. */
function modules(dir = libDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return modules(full);
    return entry.name.endsWith('.ts') ? [path.relative(libDir, full).split(path.sep).join('/')] : [];
  });
}

/** The module specifiers a source file imports or re-exports, static or dynamic. */
function importSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/^\s*\/\/.*$/gmu, '');
  const found: string[] = [];
  for (const match of code.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/gu)) found.push(match[1] as string);
  for (const match of code.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/gu)) found.push(match[1] as string);
  for (const match of code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/gu)) found.push(match[1] as string);
  return found;
}

/** The folder a module belongs to, or LOOSE for a module directly in src/lib. */
const domainOf = (module: string): string => (module.includes('/') ? (module.split('/')[0] as string) : LOOSE);

/** Each folder's allowed imports, read from the "May import:" line of its README. */
function allowedImports(): Map<string, Set<string>> {
  const allowed = new Map<string, Set<string>>();
  const folders = readdirSync(libDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  for (const folder of [...folders.map((f) => f.name), LOOSE]) {
    const readme = readFileSync(path.join(libDir, folder === LOOSE ? '' : folder, 'README.md'), 'utf8');
    const line = /^May import: (.*)$/mu.exec(readme)?.[1];
    if (line === undefined) throw new Error(`src/lib/${folder === LOOSE ? '' : `${folder}/`}README.md has no "May import:" line.`);
    const names = /^nothing\b/u.test(line) ? [] : line.replace(/\.$/u, '').split(/,\s*/u);
    // Loose modules may use each other; folders list `loose` when they use them.
    allowed.set(folder, new Set(folder === LOOSE ? [LOOSE] : names));
  }
  return allowed;
}

describe('src/lib architecture', () => {
  const all = modules();
  const allowed = allowedImports();

  it('has domain folders, each with a README, and at most four loose modules', () => {
    expect([...allowed.keys()].sort()).toEqual(['articles', 'charts', 'claims', 'drafting', 'editor', 'events', 'figures', LOOSE, 'search', 'site', 'text']);
    const loose = all.filter((m) => domainOf(m) === LOOSE);
    expect(loose.length, loose.join(', ')).toBeLessThanOrEqual(MAX_LOOSE_MODULES);
  });

  it('names only existing folders in the READMEs', () => {
    for (const [folder, names] of allowed) {
      for (const name of names) expect(allowed.has(name), `${folder} may import unknown folder "${name}"`).toBe(true);
    }
  });

  it('imports only across the lines the READMEs allow, and never outside src/lib', () => {
    const crossings: string[] = [];
    for (const module of all) {
      const from = domainOf(module);
      const source = readFileSync(path.join(libDir, module), 'utf8');
      for (const specifier of importSpecifiers(source)) {
        if (!specifier.startsWith('.')) continue; // packages and node: built-ins
        const target = path.relative(libDir, path.resolve(path.dirname(path.join(libDir, module)), specifier)).split(path.sep).join('/');
        if (target.startsWith('..')) {
          crossings.push(`src/lib/${module} imports ${specifier}, outside src/lib`);
          continue;
        }
        const to = domainOf(target);
        if (to !== from && !allowed.get(from)?.has(to)) crossings.push(`src/lib/${module} (${from}) imports ${target} (${to})`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it(`keeps every module under ${MAX_LINES} lines`, () => {
    const long = all
      .map((module) => ({ module, lines: readFileSync(path.join(libDir, module), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('reads the import forms the modules use', () => {
    const specifiers = importSpecifiers(
      [
        "import { a } from './a.ts';",
        "import type { B } from '../b/b.ts';",
        'import {',
        '  c,',
        "} from './c.ts';",
        "export { d } from './d.ts';",
        "import './side-effect.ts';",
        "const e = await import('../e/e.ts');",
        "// import { f } from '../commented.ts';",
      ].join('\n'),
    );
    expect(specifiers.sort()).toEqual(['../b/b.ts', '../e/e.ts', './a.ts', './c.ts', './d.ts', './side-effect.ts']);
  });
});
