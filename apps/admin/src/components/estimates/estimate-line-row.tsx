import { Button, ChevronDownIcon, Money, Select, TD, TR, TrashIcon } from '@storeloom/ui';
import type { KeyboardEvent } from 'react';

import type { EstimateErrors, EstimateLineDraft, EstimateLineKind } from '~/lib/estimate-draft';

import { LineCellInput } from './line-cell-input';

const lineKinds: readonly EstimateLineKind[] = ['material', 'labour', 'other'];

const kindLabels: Record<EstimateLineKind, string> = {
  material: 'Material',
  labour: 'Labour',
  other: 'Other',
};

/** What the three number cells mean: units and unit prices, or hours and hourly rates. */
function cellLabels(kind: EstimateLineKind) {
  return kind === 'labour'
    ? { quantity: 'hours', cost: 'hourly cost', price: 'hourly rate' }
    : { quantity: 'quantity', cost: 'unit cost', price: 'unit price' };
}

export interface EstimateLineRowProps {
  line: EstimateLineDraft;
  index: number;
  count: number;
  errors: EstimateErrors;
  readOnly: boolean;
  currency: string;
  locale: string;
  /** The line's sell total as the server will price it; null until its cells are valid. */
  total: number | null;
  onChange: (patch: Partial<EstimateLineDraft>) => void;
  onRemove: () => void;
  onMove: (offset: -1 | 1) => void;
  /** Enter in a cell: a new line under this one. */
  onEnter: () => void;
}

export function EstimateLineRow({
  line,
  index,
  count,
  errors,
  readOnly,
  currency,
  locale,
  total,
  onChange,
  onRemove,
  onMove,
  onEnter,
}: EstimateLineRowProps) {
  const number = index + 1;
  const id = `line-${String(index)}`;
  const path = `items.${String(index)}`;
  const labels = cellLabels(line.kind);
  const errorOf = (field: string) => errors[`${path}.${field}`];
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || readOnly) return;
    // Not a submit: Enter in the lines table adds the next line, as in a spreadsheet.
    event.preventDefault();
    onEnter();
  };
  const cell = (field: 'quantity' | 'unitCost' | 'unitPrice' | 'markupPercent', label: string) => (
    <LineCellInput
      id={`${id}-${field}`}
      label={`Line ${String(number)} ${label}`}
      value={line[field]}
      // "Give a price or a markup" sits on unitPrice in the schema, whichever cell is shown.
      error={
        field === 'markupPercent' ? (errorOf('markupBps') ?? errorOf('unitPrice')) : errorOf(field)
      }
      readOnly={readOnly}
      numeric
      onChange={(value) => {
        onChange({ [field]: value });
      }}
      onKeyDown={onKeyDown}
    />
  );

  return (
    <TR>
      <TD className="w-36 min-w-32 pl-4 align-top">
        <Select
          id={`${id}-kind`}
          aria-label={`Line ${String(number)} type`}
          value={line.kind}
          disabled={readOnly || line.variantId !== undefined}
          onChange={(event) => {
            const kind = lineKinds.find((option) => option === event.target.value);
            if (kind !== undefined) onChange({ kind });
          }}
        >
          {lineKinds.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabels[kind]}
            </option>
          ))}
        </Select>
      </TD>
      <TD className="min-w-44 align-top">
        <LineCellInput
          id={`${id}-name`}
          label={`Line ${String(number)} description`}
          value={line.name}
          error={errorOf('name')}
          readOnly={readOnly}
          placeholder={line.kind === 'labour' ? 'e.g. Fitting' : 'e.g. Oak boards'}
          onChange={(name) => {
            onChange({ name });
          }}
          onKeyDown={onKeyDown}
        />
        {line.variantId !== undefined && (
          <p className="mt-1 text-xs text-muted-foreground">Linked to a product</p>
        )}
      </TD>
      <TD className="w-24 min-w-20 align-top">{cell('quantity', labels.quantity)}</TD>
      <TD className="w-28 min-w-24 align-top">{cell('unitCost', labels.cost)}</TD>
      <TD className="w-52 min-w-48 align-top">
        <div className="flex items-start gap-1">
          <Select
            aria-label={`Line ${String(number)} pricing`}
            value={line.pricing}
            disabled={readOnly}
            className="w-26 pr-7 pl-2"
            onChange={(event) => {
              onChange({ pricing: event.target.value === 'markup' ? 'markup' : 'price' });
            }}
          >
            <option value="price">Price</option>
            <option value="markup">Markup %</option>
          </Select>
          {line.pricing === 'price'
            ? cell('unitPrice', labels.price)
            : cell('markupPercent', 'markup percent')}
        </div>
      </TD>
      <TD numeric className="w-24 pt-3.5 align-top font-medium">
        {total === null ? (
          <span className="text-subtle-foreground">—</span>
        ) : (
          <Money amountMinor={total} currency={currency} locale={locale} />
        )}
      </TD>
      <TD className="w-24 pr-3 align-top">
        {!readOnly && (
          <div className="flex justify-end">
            <Button
              variant="ghost"
              size="sm"
              aria-label={`Move line ${String(number)} up`}
              disabled={index === 0}
              onClick={() => {
                onMove(-1);
              }}
            >
              <ChevronDownIcon className="size-4 rotate-180" />
            </Button>
            <Button
              variant="ghost"
              size="sm"
              aria-label={`Move line ${String(number)} down`}
              disabled={index === count - 1}
              onClick={() => {
                onMove(1);
              }}
            >
              <ChevronDownIcon className="size-4" />
            </Button>
            <Button
              variant="ghost"
              size="sm"
              aria-label={`Remove line ${String(number)}`}
              onClick={onRemove}
            >
              <TrashIcon className="size-4" />
            </Button>
          </div>
        )}
      </TD>
    </TR>
  );
}
