/**
 * jsonStream: reads a JSON text in pieces (as a file is read) and hands over, parsed one at a
 * time, the values at the paths asked for: every element of an array (`elements`) or a whole
 * value (`value`). Paths are object keys joined with dots from the top ("claims.docs").
 *
 * The shard cut (searchShardCut.ts) reads the search file with it: the file can be larger than
 * what JSON.parse of the whole text would leave room for, while one record is small. Memory is
 * one element at a time, whatever the size of the text. Pure: no Node APIs.
 */

export type JsonTargets = Readonly<Record<string, 'elements' | 'value'>>;
export type JsonEmit = (path: string, value: unknown, index: number) => void;

interface Frame {
  array: boolean;
  path: string;
  key: string;
  /** Elements of this array are handed over. */
  elements: boolean;
  count: number;
}

/** What the reader expects next (numbers: no enum, the file also runs type-stripped). */
const State = { Value: 0, Key: 1, Colon: 2, After: 3, Primitive: 4 } as const;
type State = (typeof State)[keyof typeof State];

export interface JsonStream {
  write(chunk: string): void;
  /** Checks that the text was complete. */
  end(): void;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

export function jsonStream(targets: JsonTargets, emit: JsonEmit): JsonStream {
  const stack: Frame[] = [{ array: false, path: '', key: '', elements: false, count: 0 }];
  let state: State = State.Value;
  let inString = false;
  let escape = false;
  let stringIsKey = false;
  let keyPieces: string[] = [];
  let keyFrom = -1;
  /** The value being captured: its pieces so far, where it started in this chunk, its depth. */
  let pieces: string[] | null = null;
  let from = 0;
  let depth = -1;
  let capturePath = '';
  let captureIndex = 0;
  let started = false;
  let done = false;

  const top = () => stack[stack.length - 1] as Frame;
  const pathOf = (frame: Frame) => (frame.array ? `${frame.path}[]` : frame.path === '' ? frame.key : `${frame.path}.${frame.key}`);

  function finishCapture(chunk: string, end: number): void {
    if (!pieces) return;
    pieces.push(chunk.slice(from, end));
    const text = pieces.join('');
    pieces = null;
    emit(capturePath, JSON.parse(text), captureIndex);
  }

  /** A value (container, string or primitive) starts at chunk[i]. */
  function startValue(chunk: string, i: number): void {
    const parent = top();
    const path = pathOf(parent);
    const index = parent.count;
    parent.count += 1;
    if (!pieces && (parent.elements || (!parent.array && targets[path] === 'value'))) {
      pieces = [];
      from = i;
      depth = stack.length;
      capturePath = parent.elements ? parent.path : path;
      captureIndex = index;
    }
    const c = chunk.charCodeAt(i);
    if (c === 123 /* { */) {
      stack.push({ array: false, path, key: '', elements: false, count: 0 });
      state = State.Key;
    } else if (c === 91 /* [ */) {
      stack.push({ array: true, path, key: '', elements: !pieces && targets[path] === 'elements', count: 0 });
      state = State.Value;
    } else if (c === 34 /* " */) {
      inString = true;
      stringIsKey = false;
    } else state = State.Primitive;
  }

  /** The value that ended at chunk[end - 1] is complete. */
  function valueDone(chunk: string, end: number): void {
    if (pieces && stack.length === depth) finishCapture(chunk, end);
    if (stack.length === 1) done = true;
    state = State.After;
  }

  function write(chunk: string): void {
    for (let i = 0; i < chunk.length; i += 1) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escape) escape = false;
        else if (c === 92 /* \ */) escape = true;
        else if (c === 34) {
          inString = false;
          if (stringIsKey) {
            keyPieces.push(chunk.slice(keyFrom, i + 1));
            top().key = JSON.parse(keyPieces.join('')) as string;
            keyPieces = [];
            state = State.Colon;
          } else valueDone(chunk, i + 1);
        }
        continue;
      }
      switch (state) {
        case State.Value:
          if (isSpace(c)) break;
          if (c === 93 /* ] */ && top().array) {
            stack.pop();
            valueDone(chunk, i + 1);
            break;
          }
          started = true;
          startValue(chunk, i);
          break;
        case State.Key:
          if (isSpace(c)) break;
          if (c === 125 /* } */) {
            stack.pop();
            valueDone(chunk, i + 1);
          } else if (c === 34) {
            inString = true;
            stringIsKey = true;
            keyFrom = i;
          } else throw new SyntaxError(`jsonStream: expected a key at ${String.fromCharCode(c)}`);
          break;
        case State.Colon:
          if (isSpace(c)) break;
          if (c !== 58 /* : */) throw new SyntaxError('jsonStream: expected ":"');
          state = State.Value;
          break;
        case State.Primitive:
          if (c === 44 || c === 93 || c === 125 || isSpace(c)) {
            valueDone(chunk, i);
            i -= 1; // the delimiter is read again after the value
          }
          break;
        case State.After:
          if (isSpace(c)) break;
          if (c === 44 /* , */) state = top().array ? State.Value : State.Key;
          else if (c === 93 || c === 125) {
            stack.pop();
            valueDone(chunk, i + 1);
          } else throw new SyntaxError(`jsonStream: unexpected ${String.fromCharCode(c)}`);
          break;
      }
    }
    if (pieces) {
      pieces.push(chunk.slice(from));
      from = 0;
    }
    if (inString && stringIsKey) {
      keyPieces.push(chunk.slice(keyFrom));
      keyFrom = 0;
    }
  }

  return {
    write,
    end() {
      if (!started || !done || inString) throw new SyntaxError('jsonStream: the JSON text ended early');
    },
  };
}
