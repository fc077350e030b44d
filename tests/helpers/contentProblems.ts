/**
 * The problems of the ContentError a call throws, for assertions on bad-input messages. Fails the
 * test when the call throws anything else, or nothing.
 */
import { expect } from 'vitest';
import { ContentError, type ContentProblem } from '../../src/lib/contentError.ts';

export function problemsOf(run: () => unknown): readonly ContentProblem[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected a ContentError, nothing was thrown');
}
