/**
 * yamlSource: parses a YAML document and validates it with a zod schema, reporting every problem
 * as a ContentProblem with the line it is on.
 *
 * Editors edit these files by hand; an error that says "line 14: slug must be kebab-case" is
 * worth more than a zod issue path.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from './contentError.ts';

export interface YamlSource<T> {
  value: T;
  /** 1-based line of the node at a path in the document (falls back to line 1). */
  lineOf(path: readonly PropertyKey[]): number;
}

function lineFinder(doc: Document, counter: LineCounter): (path: readonly PropertyKey[]) => number {
  return (path) => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    return 1;
  };
}

export function parseYamlSource<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  hint: string,
): YamlSource<z.output<S>> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ContentError(
      doc.errors.map((error) => ({
        file,
        line: error.linePos?.[0].line ?? 1,
        message: `This is not valid YAML: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/u, '')}`,
        hint: 'Fix the YAML syntax (indentation, quotes, a missing colon) at this line.',
      })),
    );
  }
  const lineOf = lineFinder(doc, counter);
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    const problems: ContentProblem[] = result.error.issues.map((issue) => ({
      file,
      // An unknown key is reported on its object; point at the key itself.
      line: lineOf(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path),
      message: `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
      hint,
    }));
    throw new ContentError(problems);
  }
  return { value: result.data, lineOf };
}
