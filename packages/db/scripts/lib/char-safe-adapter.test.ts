import { ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import { describe, expect, it } from 'vitest';
import { untagCharColumns } from './char-safe-adapter';

describe('untagCharColumns', () => {
  it('restores the name and reports the column as Character', () => {
    const result = untagCharColumns({
      columnNames: ['table_name', 'constraint_type\u0000char'],
      columnTypes: [ColumnTypeEnum.Text, ColumnTypeEnum.Text],
      rows: [['Product', 'p']],
    });
    expect(result.columnNames).toEqual(['table_name', 'constraint_type']);
    expect(result.columnTypes).toEqual([ColumnTypeEnum.Text, ColumnTypeEnum.Character]);
    expect(result.rows).toEqual([['Product', 'p']]);
  });
});
