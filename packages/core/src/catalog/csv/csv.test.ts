import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { CsvSyntaxError, parseCsv, writeCsv } from './csv.ts';

const fieldsOf = (text: string) => parseCsv(text).map((record) => record.fields);

describe('writeCsv', () => {
  it('quotes only fields that need it and ends every record with CRLF', () => {
    expect(
      writeCsv([
        ['a', 'b c', ''],
        ['1', '2', '3'],
      ]),
    ).toBe('a,b c,\r\n1,2,3\r\n');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(writeCsv([['x,y', 'say "hi"', 'two\nlines', 'cr\rlf']])).toBe(
      '"x,y","say ""hi""","two\nlines","cr\rlf"\r\n',
    );
  });
});

describe('parseCsv', () => {
  it('reads CRLF and LF records and numbers them like spreadsheet rows', () => {
    expect(parseCsv('a,b\r\n1,2\n3,4')).toEqual([
      { row: 1, fields: ['a', 'b'] },
      { row: 2, fields: ['1', '2'] },
      { row: 3, fields: ['3', '4'] },
    ]);
  });

  it('reads quoted fields with commas, escaped quotes and line breaks', () => {
    expect(fieldsOf('"x,y","say ""hi""","two\r\nlines"\r\nnext,,""\r\n')).toEqual([
      ['x,y', 'say "hi"', 'two\r\nlines'],
      ['next', '', ''],
    ]);
  });

  it('keeps empty fields, including a trailing one and an empty quoted last field', () => {
    expect(fieldsOf('a,,\r\n')).toEqual([['a', '', '']]);
    expect(fieldsOf('a,""')).toEqual([['a', '']]);
  });

  it('skips a byte-order mark', () => {
    expect(fieldsOf('\uFEFFhandle,title\r\n')).toEqual([['handle', 'title']]);
  });

  it('refuses malformed quoting with the line it happened on', () => {
    expect(() => parseCsv('a,b\r\n"open,c\r\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\r\n"open,c\r\n')).toThrow(/Line 2: a quoted field is never closed/);
    expect(() => parseCsv('a,b"c\r\n')).toThrow(/Line 1: a quote inside an unquoted field/);
    expect(() => parseCsv('"a"b,c\r\n')).toThrow(/text after the closing quote/);
  });

  it('round-trips anything the writer writes', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', ',', '"', '\r', '\n', ' ', 'é') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (records) => {
          // A record of one empty field is written as an empty line, which is not a record.
          const meaningful = records.filter((r) => !(r.length === 1 && r[0] === ''));
          expect(fieldsOf(writeCsv(meaningful))).toEqual(meaningful);
        },
      ),
    );
  });
});
