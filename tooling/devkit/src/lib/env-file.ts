import { readFile } from 'node:fs/promises';

export interface ParsedEnvFile {
  values: Map<string, string>;
  /** 1-based numbers of lines that are neither blank, comments nor KEY=value. */
  invalidLines: number[];
}

const assignment = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s?(.*)$/;

function unescapeDouble(value: string): string {
  return value.replace(/\\([nrt"\\])/g, (_match, char: string) => {
    switch (char) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      default:
        return char;
    }
  });
}

/** Index of the closing quote, skipping backslash escapes in double quotes; -1 if absent. */
function closingQuote(text: string, quote: string): number {
  for (let i = 0; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

/**
 * Parses dotenv syntax: `KEY=value`, optional `export`, `#` comments, single quotes (literal),
 * double quotes (with \n escapes, may span lines: PEM keys), and unquoted values with
 * trailing ` # comments`. Tiny on purpose: the devkit needs nothing beyond this.
 */
export function parseEnvFile(text: string): ParsedEnvFile {
  const values = new Map<string, string>();
  const invalidLines: number[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = assignment.exec(line);
    const key = match?.[1];
    if (key === undefined) {
      invalidLines.push(i + 1);
      continue;
    }
    const raw = (match?.[2] ?? '').trimStart();
    const quote = raw[0];
    if (quote === '"' || quote === "'") {
      let body = raw.slice(1);
      let end = closingQuote(body, quote);
      // A quoted value may continue on the following lines until its closing quote.
      while (end === -1 && i + 1 < lines.length) {
        i++;
        body += `\n${lines[i] ?? ''}`;
        end = closingQuote(body, quote);
      }
      const inner = end === -1 ? body : body.slice(0, end);
      values.set(key, quote === '"' ? unescapeDouble(inner) : inner);
    } else {
      values.set(key, raw.replace(/\s+#.*$/, '').trim());
    }
  }
  return { values, invalidLines };
}

/** Copies values into `target` without overriding what the shell already set; returns the keys set. */
export function applyEnv(values: Map<string, string>, target: NodeJS.ProcessEnv): string[] {
  const applied: string[] = [];
  for (const [key, value] of values) {
    if (target[key] !== undefined) continue;
    target[key] = value;
    applied.push(key);
  }
  return applied;
}

export interface LoadedEnvFile {
  applied: string[];
  invalidLines: number[];
}

/** Loads `path` into `target` if the file exists; `undefined` when there is no such file. */
export async function loadEnvFile(
  path: string,
  target: NodeJS.ProcessEnv,
): Promise<LoadedEnvFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const parsed = parseEnvFile(text);
  return { applied: applyEnv(parsed.values, target), invalidLines: parsed.invalidLines };
}
