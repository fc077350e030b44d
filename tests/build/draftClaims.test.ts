/**
 * `npm run draft-claims` end to end, in a temporary copy of the project: the refusals write
 * nothing; the drafts of the five articles, moved into content/claims/ in place of the editors'
 * claims, build, and every claim page says it is a draft not yet reviewed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { axeProblems, htmlProblems } from '../helpers/builtPageChecks.ts';
import { projectRoot, tempProject, type TempProject } from '../helpers/tempProject.ts';

let project: TempProject;
let drafted: { status: number | null; stdout: string; stderr: string };
let build: { status: number | null; output: string };
const claimsDir = () => path.join(project.dir, 'content/claims');
/** The command run directly with the project's Node (the first run goes through npm): lighter on a shared machine. */
function draft(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(path.join(projectRoot, 'node_modules/.bin/node'), ['scripts/draft-claims.ts', ...args], { cwd: project.dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, INIT_CWD: project.dir } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  project = tempProject();
  drafted = project.run('draft-claims', ['--out', 'drafts.yaml']);
  // A project whose articles.yaml names a file that is not there.
  mkdirSync(path.join(project.dir, 'broken/content/articles'), { recursive: true });
  project.write('broken/content/articles/articles.yaml', '- { file: missing.txt, slug: missing, outlet: x, label: x, attribution: unattributed, foundAt: null, evidence: x, lineage: x }\n');
  // An editor starts the event from the drafts alone: no other claims, no not-claims list.
  for (const name of readdirSync(claimsDir())) rmSync(path.join(claimsDir(), name), { recursive: true, force: true });
  project.write('content/claims/drafts.yaml', readFileSync(path.join(project.dir, 'drafts.yaml')));
  build = project.build();
}, 300_000);

afterAll(() => project?.dispose());

describe('draft-claims', () => {
  it('drafts the five articles and prints a summary', () => {
    expect(drafted.stderr).toBe('');
    expect(drafted.status).toBe(0);
    expect(drafted.stdout).toMatch(/^Drafted \d+ claims for event "csto-summit-kazakhstan-2022" from 5 articles in \d+ ms\./u);
    const file = parse(readFileSync(path.join(project.dir, 'drafts.yaml'), 'utf8')) as { claims: Array<{ status: string }> };
    expect(file.claims.length).toBeGreaterThan(20);
    expect(file.claims.every((claim) => claim.status === 'draft')).toBe(true);
  });

  it('prints the summary as JSON with --json', () => {
    const result = draft(['--out', 'drafts-2.yaml', '--json']);
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(summary).sort()).toEqual(['articles', 'claims', 'divergent', 'event', 'groups', 'milliseconds', 'out', 'quotes', 'singles', 'skippedSentences']);
    expect(readFileSync(path.join(project.dir, 'drafts-2.yaml'), 'utf8')).toBe(readFileSync(path.join(project.dir, 'drafts.yaml'), 'utf8'));
  });

  it.each([
    ['an unknown option', ['--out', 'x.yaml', '--bogus'], /Unknown option '--bogus'/u],
    ['an unknown event', ['--event', 'elsewhere', '--out', 'x.yaml'], /Unknown event "elsewhere"\.\n {2}→ Known events: csto-summit-kazakhstan-2022\./u],
    ['no --out', [], /Say where to write the drafts: --out <file>/u],
    ['an existing --out without --force', ['--out', 'drafts.yaml'], /The file exists: .*drafts\.yaml/u],
    ['a positional argument', ['--out', 'x.yaml', 'extra'], /Unexpected argument 'extra'/u],
    ['a project without articles', ['--out', 'x.yaml', '--root', 'content/claims'], /No articles: /u],
    ['articles that do not load', ['--out', 'x.yaml', '--root', 'broken'], /The articles do not load as the build would load them:\n.*missing\.txt does not exist/u],
  ])('refuses %s and writes nothing', (_, args, message) => {
    const before = readFileSync(path.join(project.dir, 'drafts.yaml'), 'utf8');
    const result = draft(args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Nothing was written\./u);
    expect(existsSync(path.join(project.dir, 'x.yaml'))).toBe(false);
    expect(readFileSync(path.join(project.dir, 'drafts.yaml'), 'utf8')).toBe(before);
  });

  it('replaces an existing file with --force', () => {
    const result = draft(['--out', 'drafts.yaml', '--force']);
    expect(result.status).toBe(0);
  });

  it('drafts a fixture event with --root', () => {
    const result = draft(['--root', path.join(projectRoot, 'tests/fixtures/draft-claims/river-flood'), '--out', 'flood.yaml']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/from 3 articles/u);
  });

  it('builds with the drafts as the only claims, each page marked as not yet reviewed', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    const file = parse(readFileSync(path.join(claimsDir(), 'drafts.yaml'), 'utf8')) as { claims: Array<{ id: string }> };
    for (const { id } of file.claims) {
      const page = readFileSync(path.join(project.dir, 'dist/claims', id, 'index.html'), 'utf8');
      expect(page, id).toContain('Draft: not yet reviewed.');
      expect(page, id).toContain('<meta name="robots" content="noindex">');
    }
  });

  it('shows a draft claim page and the compare matrix valid and accessible, in both themes', async () => {
    const file = parse(readFileSync(path.join(claimsDir(), 'drafts.yaml'), 'utf8')) as { claims: Array<{ id: string }> };
    const urls = [`/claims/${file.claims[0]?.id}/`, '/compare/', '/'];
    const dist = path.join(project.dir, 'dist');
    expect(await htmlProblems(dist, urls)).toEqual([]);
    expect(await axeProblems(dist, urls)).toEqual([]);
  }, 120_000);
});
