import { describe, expect, it } from 'vitest';
import { applyEnv, parseEnvFile } from './env-file';

describe('parseEnvFile', () => {
  it('reads plain, exported, quoted and commented assignments', () => {
    const { values, invalidLines } = parseEnvFile(
      [
        '# a comment',
        '',
        'PLAIN=value',
        'export EXPORTED=yes',
        'SPACED = padded  ',
        'INLINE=abc # trailing comment',
        'HASH=abc#not-a-comment',
        "SINGLE='literal $HOME \\n'",
        'DOUBLE="line1\\nline2 \\"quoted\\""',
        'EMPTY=',
        'URL=postgresql://u:p@127.0.0.1:5432/db?sslmode=disable',
      ].join('\n'),
    );
    expect(Object.fromEntries(values)).toEqual({
      PLAIN: 'value',
      EXPORTED: 'yes',
      SPACED: 'padded',
      INLINE: 'abc',
      HASH: 'abc#not-a-comment',
      SINGLE: 'literal $HOME \\n',
      DOUBLE: 'line1\nline2 "quoted"',
      EMPTY: '',
      URL: 'postgresql://u:p@127.0.0.1:5432/db?sslmode=disable',
    });
    expect(invalidLines).toEqual([]);
  });

  it('keeps multi-line double-quoted values such as PEM keys', () => {
    const { values } = parseEnvFile(
      'KEY="-----BEGIN PUBLIC KEY-----\nabc\n-----END PUBLIC KEY-----"\nNEXT=1\n',
    );
    expect(values.get('KEY')).toBe('-----BEGIN PUBLIC KEY-----\nabc\n-----END PUBLIC KEY-----');
    expect(values.get('NEXT')).toBe('1');
  });

  it('handles CRLF line endings and a byte order mark', () => {
    const { values } = parseEnvFile('\uFEFFA=1\r\nB=2\r\n');
    expect(Object.fromEntries(values)).toEqual({ A: '1', B: '2' });
  });

  it('reports lines that are not assignments', () => {
    expect(parseEnvFile('A=1\nnot an assignment\n1BAD=2\n').invalidLines).toEqual([2, 3]);
  });
});

describe('applyEnv', () => {
  it('never overrides what the shell already set', () => {
    const target: NodeJS.ProcessEnv = { KEEP: 'shell' };
    const applied = applyEnv(
      new Map([
        ['KEEP', 'file'],
        ['NEW', 'file'],
      ]),
      target,
    );
    expect(target).toEqual({ KEEP: 'shell', NEW: 'file' });
    expect(applied).toEqual(['NEW']);
  });
});
