import { Alert, Badge, Table, TBody, TD, TH, THead, TR, type Tone } from '@storeloom/ui';
import type { ProductCsvLine, ProductCsvReport } from '@storeloom/validators';

import { productCount } from './product-count';

/** Beyond this many rows only the rejected ones are listed: they are what needs attention. */
const MAX_LISTED_ROWS = 500;

type Result = 'created' | 'updated' | 'will-create' | 'will-update' | 'skipped' | 'error';

const results: Record<Result, { label: string; tone: Tone }> = {
  created: { label: 'Created', tone: 'success' },
  updated: { label: 'Updated', tone: 'info' },
  'will-create': { label: 'Will create', tone: 'neutral' },
  'will-update': { label: 'Will update', tone: 'neutral' },
  skipped: { label: 'Skipped', tone: 'warning' },
  error: { label: 'Error', tone: 'danger' },
};

/**
 * A row's result. The import is all or nothing: while any row is rejected, the good rows are
 * skipped (nothing is written); a clean check says what the import will do.
 */
function resultOf(line: ProductCsvLine, report: ProductCsvReport): Result {
  if (line.outcome === 'reject') return 'error';
  if (report.applied) return line.outcome === 'create' ? 'created' : 'updated';
  if (report.rejected.length > 0) return 'skipped';
  return line.outcome === 'create' ? 'will-create' : 'will-update';
}

function Summary({ report }: { report: ProductCsvReport }) {
  const errors = new Set(report.rejected.map((r) => r.row)).size;
  if (report.applied) {
    return (
      <Alert tone="success" title="Import finished">
        {report.rows.toLocaleString('en')} rows read: {productCount(report.created)} created,{' '}
        {productCount(report.updated)} updated.
      </Alert>
    );
  }
  if (errors > 0) {
    return (
      <Alert
        tone="danger"
        title={`${errors.toLocaleString('en')} ${errors === 1 ? 'row has' : 'rows have'} errors`}
      >
        Nothing was imported: a file is imported whole or not at all. Fix the rows marked Error and
        choose the file again.
      </Alert>
    );
  }
  return (
    <Alert tone="info" title="The file is ready to import">
      {report.rows.toLocaleString('en')} rows read: {productCount(report.created)} will be created,{' '}
      {productCount(report.updated)} updated.
    </Alert>
  );
}

/** The import's outcome: counts, then one line per row with its result and any message. */
export function ImportReport({ report }: { report: ProductCsvReport }) {
  const messages = new Map<number, string[]>();
  for (const rejection of report.rejected) {
    messages.set(rejection.row, [...(messages.get(rejection.row) ?? []), rejection.message]);
  }
  const lines =
    report.lines.length > MAX_LISTED_ROWS
      ? report.lines.filter((line) => line.outcome === 'reject')
      : report.lines;
  const hidden = report.lines.length - lines.length;

  return (
    <div className="space-y-3">
      <Summary report={report} />
      {lines.length > 0 && (
        <Table
          aria-label="Import rows"
          containerClassName="max-h-80 rounded-lg border border-border"
        >
          <THead>
            <TR>
              <TH numeric className="pl-3">
                Row
              </TH>
              <TH>Handle</TH>
              <TH>SKU</TH>
              <TH>Result</TH>
              <TH className="pr-3">Message</TH>
            </TR>
          </THead>
          <TBody>
            {lines.map((line) => {
              const result = results[resultOf(line, report)];
              return (
                <TR key={line.row}>
                  <TD numeric className="pl-3 tabular-nums">
                    {line.row}
                  </TD>
                  <TD className="max-w-40 truncate">{line.handle ?? '—'}</TD>
                  <TD className="max-w-40 truncate">{line.sku ?? '—'}</TD>
                  <TD>
                    <Badge tone={result.tone}>{result.label}</Badge>
                  </TD>
                  <TD className="pr-3 text-danger">{messages.get(line.row)?.join(' ')}</TD>
                </TR>
              );
            })}
          </TBody>
        </Table>
      )}
      {hidden > 0 && (
        <p className="text-xs text-muted-foreground">
          {hidden.toLocaleString('en')} rows without errors are not listed.
        </p>
      )}
    </div>
  );
}
