/**
 * contentError: the one error type for bad editorial input (article files, metadata, claims).
 *
 * Every problem names the file, where in it (line or byte offset, or an id), what is wrong and
 * what to do, so a build failure reads like an editor's note instead of a stack trace.
 */
export interface ContentProblem {
  /** Path of the offending file, relative to the project root. */
  file: string;
  /** 1-based line number, when the problem has one. */
  line?: number;
  /** 0-based byte offset, for problems below the line level (encoding). */
  byteOffset?: number;
  /** The id (article slug, claim id) concerned, when there is one. */
  id?: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it. */
  hint: string;
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: ContentProblem | readonly ContentProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems as ContentProblem];
    super(list.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = list;
  }
}

/** `file:line: message (id) → hint`, the form editors and terminals both understand. */
export function formatProblem(problem: ContentProblem): string {
  const byte = problem.byteOffset !== undefined ? ` (byte ${problem.byteOffset})` : '';
  const where = `${problem.file}${problem.line !== undefined ? `:${problem.line}` : ''}${byte}`;
  const id = problem.id !== undefined ? ` [${problem.id}]` : '';
  return `${where}:${id} ${problem.message}\n  → ${problem.hint}`;
}
