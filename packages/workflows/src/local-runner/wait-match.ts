/**
 * The part of CEL that `step.waitForEvent({ if })` uses in our functions: comparisons of the
 * triggering `event` and the awaited `async` event by dotted path, or against a string or number
 * literal, joined by `&&`. Anything else is rejected with a message naming the expression.
 */
type Operand =
  | { kind: 'path'; root: 'event' | 'async'; path: string[] }
  | { kind: 'literal'; value: string | number };

export interface WaitMatch {
  comparisons: { left: Operand; right: Operand }[];
}

export class UnsupportedWaitMatchError extends Error {
  constructor(expression: string, reason: string) {
    super(`Unsupported waitForEvent condition "${expression}": ${reason}`);
    this.name = 'UnsupportedWaitMatchError';
  }
}

const pathPattern = /^(event|async)((?:\.[A-Za-z_][A-Za-z0-9_]*)+)$/;
const stringPattern = /^(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")$/;
const numberPattern = /^-?\d+(?:\.\d+)?$/;

function parseOperand(text: string, expression: string): Operand {
  const path = pathPattern.exec(text);
  if (path) {
    const root = path[1] === 'event' ? 'event' : 'async';
    return { kind: 'path', root, path: (path[2] ?? '').slice(1).split('.') };
  }
  const string = stringPattern.exec(text);
  if (string) {
    const raw = string[1] ?? string[2] ?? '';
    return { kind: 'literal', value: raw.replace(/\\(.)/g, '$1') };
  }
  if (numberPattern.test(text)) return { kind: 'literal', value: Number(text) };
  throw new UnsupportedWaitMatchError(
    expression,
    `"${text}" is neither event.<path>, async.<path> nor a literal`,
  );
}

export function parseWaitMatch(expression: string): WaitMatch {
  const clauses = expression.split('&&').map((clause) => clause.trim());
  const comparisons = clauses.map((clause) => {
    const sides = clause.split('==');
    if (sides.length !== 2) {
      throw new UnsupportedWaitMatchError(expression, 'only `a == b` joined by `&&` is supported');
    }
    const [left = '', right = ''] = sides.map((side) => side.trim());
    return { left: parseOperand(left, expression), right: parseOperand(right, expression) };
  });
  const usesAsync = comparisons.some(
    ({ left, right }) =>
      (left.kind === 'path' && left.root === 'async') ||
      (right.kind === 'path' && right.root === 'async'),
  );
  if (!usesAsync) {
    throw new UnsupportedWaitMatchError(expression, 'it never looks at the awaited `async` event');
  }
  return { comparisons };
}

function valueAt(source: unknown, path: string[]): unknown {
  let value = source;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function resolve(operand: Operand, event: unknown, asyncEvent: unknown): unknown {
  if (operand.kind === 'literal') return operand.value;
  return valueAt(operand.root === 'event' ? event : asyncEvent, operand.path);
}

/** Whether `asyncEvent` satisfies the condition for the run triggered by `event`. */
export function waitMatches(match: WaitMatch, event: unknown, asyncEvent: unknown): boolean {
  return match.comparisons.every(({ left, right }) => {
    const a = resolve(left, event, asyncEvent);
    // A missing field never matches, not even another missing field.
    return a !== undefined && a === resolve(right, event, asyncEvent);
  });
}
