import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { problemsOf } from '../../helpers/contentProblems.ts';
import { checkAliasNames, parseAliasesFile } from '../../../src/lib/claims/speakerAliases.ts';
import { ContentError } from '../../../src/lib/contentError.ts';
import { defaultPaths, loadCorpus } from '../../../src/loaders/loadCorpus.ts';

const FILE = 'content/claims/aliases.yaml';

const valid = `aliases:
  - name: Kassym-Jomart Tokayev
    aliases: [the Kazakh leader, the Kazakh president]
  - name: Vladimir Putin
    aliases:
      - the Russian leader
`;

describe('parseAliasesFile', () => {
  it('reads each name with its aliases and its line', () => {
    expect(parseAliasesFile(valid, FILE)).toEqual({
      file: FILE,
      entries: [
        { name: 'Kassym-Jomart Tokayev', aliases: ['the Kazakh leader', 'the Kazakh president'], line: 2 },
        { name: 'Vladimir Putin', aliases: ['the Russian leader'], line: 4 },
      ],
    });
  });

  it.each([
    ['no aliases', 'aliases:\n  - name: Vladimir Putin\n    aliases: []\n', 3, /at least one alias/],
    ['an alias too short to mean anyone', 'aliases:\n  - name: Vladimir Putin\n    aliases: [VP]\n', 3, /fewer than 3 characters/],
    ['an empty name', 'aliases:\n  - name: " "\n    aliases: [the Russian leader]\n', 2, /as the claims spell it/],
    ['not YAML', 'aliases:\n  - name: [unclosed\n', 3, /not valid YAML/],
  ])('%s is an error at its line', (_, text, line, message) => {
    const [problem] = problemsOf(() => parseAliasesFile(text, FILE));
    expect(problem).toMatchObject({ file: FILE, line });
    expect(problem?.message).toMatch(message);
  });

  it('a misspelt key is reported at its line, and the list it should have held as missing', () => {
    const problems = problemsOf(() => parseAliasesFile('aliases:\n  - name: Vladimir Putin\n    alias: [the Russian leader]\n', FILE));
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'aliases.0.aliases: give the aliases as a list of phrases: aliases: [the Kazakh leader, the Kazakh president]'],
      [3, expect.stringMatching(/unrecognized key.*"alias"/i)],
    ]);
  });

  it('a name listed twice, and an alias given to two names, are errors naming both', () => {
    const text = `aliases:
  - name: Vladimir Putin
    aliases: [the Russian leader]
  - name: Kassym-Jomart Tokayev
    aliases: [the leader]
  - name: Vladimir Putin
    aliases: [the Kremlin chief, The  Leader]
`;
    const problems = problemsOf(() => parseAliasesFile(text, FILE));
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [6, '"Vladimir Putin" is listed twice (first at line 2).'],
      [7, 'The alias "The  Leader" is also given to "Kassym-Jomart Tokayev": it cannot say which of the two it means.'],
    ]);
  });

  it('every name must be a source the claims use', () => {
    const aliases = parseAliasesFile(valid, FILE);
    expect(() => checkAliasNames(aliases, ['Kassym-Jomart Tokayev', 'Vladimir Putin', 'the outlet'])).not.toThrow();
    const [problem] = problemsOf(() => checkAliasNames(aliases, ['Kassym-Jomart Tokayev']));
    expect(problem).toMatchObject({ file: FILE, line: 4, id: 'Vladimir Putin' });
    expect(problem?.message).toBe('No claim has "Vladimir Putin" as its speaker or attributedTo.');
  });
});

describe('the loader reads the aliases file beside the claims, not as a claims file', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const copy = mkdtempSync(path.join(tmpdir(), 'aliases-'));
  cpSync(path.join(root, 'content'), path.join(copy, 'content'), { recursive: true });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  const load = () => loadCorpus(defaultPaths(pathToFileURL(`${copy}/`)));

  it('the real aliases file loads, and its names are sources of the claims', async () => {
    const corpus = await load();
    expect(corpus.aliases.find((entry) => entry.name === 'Kassym-Jomart Tokayev')?.aliases).toContain('the Kazakh leader');
  });

  it('a misspelt name fails the load with the file and line', async () => {
    writeFileSync(path.join(copy, FILE), 'aliases:\n  - name: Kassym-Jomart Tokaev\n    aliases: [the Kazakh leader]\n');
    const error = await load().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toContain(`${FILE}:2: [Kassym-Jomart Tokaev] No claim has "Kassym-Jomart Tokaev"`);
  });

  it('without the file there are no aliases', async () => {
    rmSync(path.join(copy, FILE));
    expect((await load()).aliases).toEqual([]);
  });
});
