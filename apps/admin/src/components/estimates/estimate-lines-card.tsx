import {
  Alert,
  Button,
  Card,
  cn,
  Money,
  CardHeader,
  CardTitle,
  PlusIcon,
  Table,
  TBody,
  TH,
  THead,
  TR,
} from '@storeloom/ui';

import type { EstimateErrors, EstimateLineDraft, EstimateLineKind } from '~/lib/estimate-draft';

import type { LiveEstimateTotals } from '~/lib/estimate-live-totals';

import { EstimateLineRow } from './estimate-line-row';
import { MarginBadge } from './margin-badge';

export interface EstimateLinesCardProps {
  lines: EstimateLineDraft[];
  errors: EstimateErrors;
  readOnly: boolean;
  currency: string;
  locale: string;
  /** The live pricing: each line's total and the estimate's, with its margin. */
  live: LiveEstimateTotals;
  className?: string;
  onChangeLine: (index: number, patch: Partial<EstimateLineDraft>) => void;
  onAddLine: (kind: EstimateLineKind, at?: number) => void;
  onRemoveLine: (index: number) => void;
  onMoveLine: (index: number, offset: -1 | 1) => void;
}

/** Materials and labour: a spreadsheet-like table; Tab moves through cells, Enter adds a line. */
export function EstimateLinesCard({
  lines,
  errors,
  readOnly,
  currency,
  locale,
  live,
  onChangeLine,
  onAddLine,
  onRemoveLine,
  onMoveLine,
  className,
}: EstimateLinesCardProps) {
  return (
    <Card aria-labelledby="estimate-lines-title" className={cn('overflow-hidden', className)}>
      <CardHeader>
        <CardTitle id="estimate-lines-title">Lines</CardTitle>
      </CardHeader>
      {errors.items !== undefined && (
        <div className="px-4 pb-3">
          <Alert tone="danger">{errors.items}</Alert>
        </div>
      )}
      {lines.length === 0 ? (
        <p className="px-4 pb-4 text-sm text-muted-foreground">
          No lines yet. Add the materials the job needs and the hours it takes.
        </p>
      ) : (
        <Table>
          <THead>
            <TR>
              <TH className="pl-4">Type</TH>
              <TH>Description</TH>
              <TH numeric>Qty / hours</TH>
              <TH numeric>Cost</TH>
              <TH>Sell</TH>
              <TH numeric>Total</TH>
              <TH className="pr-4">
                <span className="sr-only">Actions</span>
              </TH>
            </TR>
          </THead>
          <TBody>
            {lines.map((line, index) => (
              <EstimateLineRow
                key={line.key}
                line={line}
                index={index}
                count={lines.length}
                errors={errors}
                readOnly={readOnly}
                currency={currency}
                locale={locale}
                total={live.lines[index]?.total ?? null}
                onChange={(patch) => {
                  onChangeLine(index, patch);
                }}
                onRemove={() => {
                  onRemoveLine(index);
                }}
                onMove={(offset) => {
                  onMoveLine(index, offset);
                }}
                onEnter={() => {
                  onAddLine(line.kind, index + 1);
                }}
              />
            ))}
          </TBody>
        </Table>
      )}
      <div className="flex flex-wrap items-center gap-2 border-t border-border p-3">
        {!readOnly && (
          <>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => {
                onAddLine('material');
              }}
            >
              <PlusIcon className="size-4" />
              Add material
            </Button>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => {
                onAddLine('labour');
              }}
            >
              <PlusIcon className="size-4" />
              Add labour
            </Button>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => {
                onAddLine('other');
              }}
            >
              <PlusIcon className="size-4" />
              Add other
            </Button>
          </>
        )}
        {/* The sums again under the lines, so the margin stays in view while pricing. */}
        <p className="ml-auto flex items-center gap-3 pr-1 text-sm text-muted-foreground">
          <span>
            Total{' '}
            <Money
              amountMinor={live.totals.total}
              currency={currency}
              locale={locale}
              className="font-medium text-foreground"
            />
          </span>
          <span>
            Profit{' '}
            <Money
              amountMinor={live.totals.profit}
              currency={currency}
              locale={locale}
              className="font-medium text-foreground"
            />
          </span>
          <MarginBadge
            marginBps={live.totals.marginBps}
            revenue={live.totals.total}
            locale={locale}
          />
        </p>
      </div>
    </Card>
  );
}
