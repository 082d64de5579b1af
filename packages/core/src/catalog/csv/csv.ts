/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF; a field holding a comma, a quote or
 * a line break is quoted, and a quote inside it is doubled. The parser also accepts LF-only line
 * ends and a leading byte-order mark, as spreadsheet programs write them.
 */

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** Records to CSV text, each record ended by CRLF. */
export function writeCsv(records: readonly (readonly string[])[]): string {
  return records.map((record) => `${record.map(quoteField).join(',')}\r\n`).join('');
}

export interface CsvRecord {
  /** 1-based position of the record in the file, as a spreadsheet numbers its rows. */
  row: number;
  fields: string[];
}

/** CSV text to records; throws CsvSyntaxError (with the line) for a malformed quote. */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;

  const endRecord = () => {
    fields.push(field);
    records.push({ row: records.length + 1, fields });
    fields = [];
    field = '';
  };

  while (i < input.length) {
    const char = input.charAt(i);
    if (char === '"') {
      if (field.length > 0) throw new CsvSyntaxError(line, 'a quote inside an unquoted field');
      const startLine = line;
      i += 1;
      for (;;) {
        if (i >= input.length)
          throw new CsvSyntaxError(startLine, 'a quoted field is never closed');
        const inner = input.charAt(i);
        if (inner === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (inner === '\n') line += 1;
        field += inner;
        i += 1;
      }
      const next = input[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new CsvSyntaxError(line, 'text after the closing quote of a field');
      }
      // An empty quoted field must still count as a field even though `field` is ''.
      if (next === undefined) {
        endRecord();
        return records;
      }
      continue;
    }
    if (char === ',') {
      fields.push(field);
      field = '';
      i += 1;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && input[i + 1] === '\n' ? 2 : 1;
      line += 1;
    } else {
      field += char;
      i += 1;
    }
  }
  if (field.length > 0 || fields.length > 0) endRecord();
  return records;
}
