/**
 * speakerAliases: the other ways articles name a claim's source (content/claims/aliases.yaml),
 * parsed and validated with line numbers. "The Kazakh leader" is Kassym-Jomart Tokayev in this
 * corpus, but nothing in the name says so: the editors write it down once, here.
 *
 * ```yaml
 * aliases:
 *   - name: Kassym-Jomart Tokayev        # as the claims spell it in `speaker` / `attributedTo`
 *     aliases: [the Kazakh leader, the Kazakh president, Kazakhstan's president]
 * ```
 *
 * The forms a person's own name gives (surname, full name, "Mr/Ms/President <surname>", the
 * possessive) need no entry: the claim suggestions derive them. The file is optional; the build
 * validates it and fails on a name no claim uses (a typo would silently match nothing) or an alias
 * given to two names (it could not say whom it means).
 */
import { z } from 'astro/zod';
import { ContentError, type ContentProblem } from '../contentError.ts';
import { parseYamlSource } from '../yamlSource.ts';

export const aliasesFileSchema = z.strictObject({
  aliases: z.array(
    z.strictObject({
      /** The source's name exactly as the claims spell it. */
      name: z.string().trim().min(1, 'give the name as the claims spell it in speaker or attributedTo'),
      /** Phrases articles use for that source ("the Kazakh leader"). */
      aliases: z
        .array(z.string().trim().min(3, 'an alias of fewer than 3 characters would match too much'), {
          error: 'give the aliases as a list of phrases: aliases: [the Kazakh leader, the Kazakh president]',
        })
        .min(1, 'give at least one alias'),
    }),
  ),
});

export interface SpeakerAlias {
  name: string;
  aliases: string[];
}

export interface AliasesFile {
  file: string;
  entries: Array<SpeakerAlias & { line: number }>;
}

const hint = 'Fix this entry; the README describes the aliases file (content/claims/aliases.yaml).';

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').trim();

export function parseAliasesFile(yamlText: string, file: string): AliasesFile {
  const { value, lineOf } = parseYamlSource(yamlText, aliasesFileSchema, file, hint);
  const problems: ContentProblem[] = [];
  const names = new Map<string, number>();
  const owners = new Map<string, string>();
  value.aliases.forEach((entry, i) => {
    const line = lineOf(['aliases', i]);
    if (names.has(entry.name)) {
      problems.push({ file, line, id: entry.name, message: `"${entry.name}" is listed twice (first at line ${names.get(entry.name)}).`, hint: 'Merge the two entries into one.' });
    } else names.set(entry.name, line);
    entry.aliases.forEach((alias, a) => {
      const owner = owners.get(fold(alias));
      if (owner !== undefined && owner !== entry.name) {
        problems.push({
          file,
          line: lineOf(['aliases', i, 'aliases', a]),
          id: entry.name,
          message: `The alias "${alias}" is also given to "${owner}": it cannot say which of the two it means.`,
          hint: 'Keep it under one name only, or make it more specific.',
        });
      } else owners.set(fold(alias), entry.name);
    });
  });
  if (problems.length > 0) throw new ContentError(problems);
  return { file, entries: value.aliases.map((entry, i) => ({ ...entry, line: lineOf(['aliases', i]) })) };
}

/**
 * Every alias entry must name a source the claims use (a `speaker` or an `attributedTo`): a
 * misspelt name would match nothing and nobody would notice.
 */
export function checkAliasNames(aliases: AliasesFile, knownSources: Iterable<string>): void {
  const known = new Set(knownSources);
  const problems: ContentProblem[] = aliases.entries
    .filter((entry) => !known.has(entry.name))
    .map((entry) => ({
      file: aliases.file,
      line: entry.line,
      id: entry.name,
      message: `No claim has "${entry.name}" as its speaker or attributedTo.`,
      hint: 'Spell the name exactly as the claims files do (e.g. "Kassym-Jomart Tokayev"), or remove the entry.',
    }));
  if (problems.length > 0) throw new ContentError(problems);
}
