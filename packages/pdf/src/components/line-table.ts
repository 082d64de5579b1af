import { Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';

import { palette, styles } from './theme.ts';

export interface TableColumn {
  label: string;
  /** Share of the row's width, as a flex grow factor. */
  width: number;
  align?: 'left' | 'right';
}

/** A cell: its main text, and an optional smaller line under it (variant, SKU, description). */
export interface TableCell {
  text: string;
  detail?: string | null;
  /** An empty square to tick by hand (the packing slip's "packed" column). */
  checkbox?: boolean;
}

const cellStyle = (column: TableColumn) => ({
  flexGrow: column.width,
  flexBasis: 0,
  paddingHorizontal: 4,
  textAlign: column.align ?? 'left',
});

/**
 * Lines of a document. The header row is fixed, so it repeats at the top of every page the table
 * runs onto, and a row never splits across two pages.
 */
export function LineTable({
  columns,
  rows,
  accent,
}: {
  columns: readonly TableColumn[];
  rows: readonly (readonly TableCell[])[];
  accent: string;
}) {
  const header = h(
    View,
    {
      fixed: true,
      style: {
        flexDirection: 'row',
        borderBottomWidth: 1,
        borderBottomColor: accent,
        paddingVertical: 4,
      },
    },
    ...columns.map((column) =>
      h(Text, { style: [cellStyle(column), styles.bold, { fontSize: 8 }] }, column.label),
    ),
  );
  const body = rows.map((row, index) =>
    h(
      View,
      {
        wrap: false,
        style: {
          flexDirection: 'row',
          paddingVertical: 4,
          borderBottomWidth: 0.5,
          borderBottomColor: palette.rule,
          backgroundColor: index % 2 === 1 ? palette.stripe : undefined,
        },
      },
      ...columns.map((column, columnIndex) => {
        const cell = row[columnIndex] ?? { text: '' };
        return h(
          View,
          { style: cellStyle(column) },
          cell.checkbox
            ? h(View, {
                style: {
                  width: 9,
                  height: 9,
                  borderWidth: 1,
                  borderColor: palette.text,
                  alignSelf: column.align === 'right' ? 'flex-end' : 'flex-start',
                },
              })
            : h(Text, null, cell.text),
          cell.detail ? h(Text, { style: [styles.muted, { fontSize: 8 }] }, cell.detail) : null,
        );
      }),
    ),
  );
  return h(View, { style: { marginBottom: 8 } }, header, ...body);
}
