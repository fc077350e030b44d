/**
 * A throwaway copy of the project (sources, content, config; node_modules linked) to build with
 * altered content, for tests of what a broken input does to the build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface TempProject {
  dir: string;
  /** Rewrites a file of the copy (path relative to the project root). */
  edit(file: string, change: (text: string) => string): void;
  write(file: string, content: string | Uint8Array): void;
  remove(file: string): void;
  /** Replaces the copy's content/ folder with another (e.g. a fixture folder). */
  useContent(dir: string): void;
  /** Runs the project's `npm run build` in the copy. */
  build(): { status: number | null; output: string };
  /** Runs an npm script of the copy with arguments, from the copy's root. */
  run(script: string, args?: readonly string[]): { status: number | null; stdout: string; stderr: string };
  dispose(): void;
}

export function tempProject(): TempProject {
  const dir = mkdtempSync(path.join(tmpdir(), 'coverage-compare-'));
  for (const entry of ['src', 'scripts', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return {
    dir,
    edit(file, change) {
      const target = path.join(dir, file);
      const before = readFileSync(target, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`tempProject.edit: ${file} did not change`);
      writeFileSync(target, after);
    },
    write(file, content) {
      writeFileSync(path.join(dir, file), content);
    },
    remove(file) {
      rmSync(path.join(dir, file));
    },
    useContent(source) {
      rmSync(path.join(dir, 'content'), { recursive: true, force: true });
      cpSync(source, path.join(dir, 'content'), { recursive: true });
    },
    build() {
      const result = spawnSync('npm', ['run', '--silent', 'build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
        timeout: 180_000,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    run(script, args = []) {
      const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
        timeout: 120_000,
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
