import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checksumMatches, migrationChecksum } from './checksum';

describe('migrationChecksum', () => {
  it('is the sha256 hex of the file, as Prisma stores it', () => {
    const sql = 'CREATE TABLE a (id int);\n';
    expect(migrationChecksum(sql)).toBe(createHash('sha256').update(sql).digest('hex'));
    expect(migrationChecksum(sql)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('tolerates a CRLF checkout but not a content change', () => {
    const stored = migrationChecksum('a;\nb;\n');
    expect(checksumMatches(stored, 'a;\r\nb;\r\n')).toBe(true);
    expect(checksumMatches(stored, 'a;\nc;\n')).toBe(false);
  });
});
