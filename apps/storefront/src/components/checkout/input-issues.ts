import { errorMessage } from '@storeloom/client';

/** One problem with one input field, as zod reports it (the client's own check or the API's). */
export interface InputIssue {
  path: readonly PropertyKey[];
  code: string;
  message: string;
  maximum?: number | bigint;
}

function isIssue(value: unknown): value is InputIssue {
  return (
    typeof value === 'object' &&
    value !== null &&
    'path' in value &&
    Array.isArray(value.path) &&
    'message' in value &&
    typeof value.message === 'string' &&
    'code' in value &&
    typeof value.code === 'string'
  );
}

/**
 * The API answers an input it refuses with BAD_REQUEST whose message is zod's list of issues
 * (JSON, with full paths; `data.zodError` only keeps the top-level keys). Null for any other
 * error, whose message is written for people.
 */
export function issuesOf(error: unknown): InputIssue[] | null {
  if (!(error instanceof Error) || !error.message.startsWith('[')) return null;
  try {
    const parsed: unknown = JSON.parse(error.message);
    return Array.isArray(parsed) && parsed.every(isIssue) ? parsed : null;
  } catch {
    return null;
  }
}

/** A failed step: a sentence for the form, and messages for the fields they belong to. */
export interface StepError {
  message: string;
  fields: Record<string, string>;
}

function fieldOf(issue: InputIssue, prefix: readonly string[]): string | null {
  const field = issue.path[prefix.length];
  const matches = prefix.every((part, index) => issue.path[index] === part);
  return matches && typeof field === 'string' ? field : null;
}

/**
 * Sorts issues into fields: those whose path starts with `prefix` are keyed by the next part
 * (`['address', 'line1']` with prefix `['address']` is `line1`); `describe` turns each into the
 * sentence shown under its field. The first issue of a field wins.
 */
export function fieldMessages(
  issues: readonly InputIssue[],
  prefix: readonly string[],
  describe: (field: string, issue: InputIssue) => string,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const field = fieldOf(issue, prefix);
    if (field !== null && !(field in fields)) fields[field] = describe(field, issue);
  }
  return fields;
}

/**
 * What a step shows when its mutation fails: messages under the fields of refused input (and a
 * sentence pointing at them), or the API's own sentence for anything else.
 */
export function stepErrorOf(
  error: unknown,
  prefix: readonly string[],
  describe: (field: string, issue: InputIssue) => string,
): StepError {
  const issues = issuesOf(error);
  if (issues === null) return { message: errorMessage(error), fields: {} };
  const fields = fieldMessages(issues, prefix, describe);
  const elsewhere = issues.filter((issue) => fieldOf(issue, prefix) === null);
  return {
    message:
      elsewhere.length > 0
        ? elsewhere.map((issue) => issue.message).join('. ')
        : 'Some details need fixing: see the highlighted fields.',
    fields,
  };
}
