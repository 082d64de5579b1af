'use client';

import { errorMessage } from '@storeloom/client';
import { Alert, Button, Field, Input } from '@storeloom/ui';
import type { ProductCsvReport } from '@storeloom/validators';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';

import { useTRPC } from '~/trpc/react';

import { ImportReport } from './import-report';
import { productCount } from './product-count';
import { readCsvFile } from './read-csv-file';
import { useRefreshProducts } from './use-refresh-products';

export interface ImportProductsDialogProps {
  onClose: () => void;
}

/**
 * Pick a CSV file, check it (`importCsv` in `validate` mode: nothing is written), then import it
 * (`apply`). Each step shows the row-by-row report; the product list refreshes after an import.
 */
export function ImportProductsDialog({ onClose }: ImportProductsDialogProps) {
  const trpc = useTRPC();
  const refresh = useRefreshProducts();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [csv, setCsv] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [report, setReport] = useState<ProductCsvReport | null>(null);
  const run = useMutation(
    trpc.products.importCsv.mutationOptions({
      onSuccess: async (result) => {
        setReport(result);
        if (result.applied) await refresh();
      },
    }),
  );

  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);

  const close = () => {
    if (!run.isPending) onClose();
  };
  const ready =
    report !== null &&
    report.mode === 'validate' &&
    report.rejected.length === 0 &&
    report.lines.length > 0;

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: React decides, so a running import is not left without its report.
        event.preventDefault();
        close();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-3xl rounded-xl border border-border bg-surface p-0 text-left text-foreground shadow-xl backdrop:bg-zinc-950/40"
    >
      <div className="space-y-4 px-5 pt-5 pb-4">
        <div className="space-y-1">
          <h2 id={titleId} className="text-base font-semibold">
            Import products
          </h2>
          <p className="text-sm text-muted-foreground">
            A CSV file with the columns of an export, one row per variant. Products are matched by
            handle and variants by SKU: existing ones are updated, new ones created.
          </p>
        </div>
        <Field
          id="product-import-file"
          label="CSV file"
          hint="At most 2 MB. The file is checked before anything is imported."
          error={fileError}
        >
          {(control) => (
            <Input
              {...control}
              type="file"
              name="file"
              accept=".csv,text/csv"
              disabled={run.isPending}
              onChange={(event) => {
                const file = event.target.files?.[0];
                setCsv(null);
                setReport(null);
                setFileError(null);
                run.reset();
                if (file === undefined) return;
                void readCsvFile(file).then((read) => {
                  if ('error' in read) setFileError(read.error);
                  else setCsv(read.csv);
                });
              }}
            />
          )}
        </Field>
        {run.isError && <Alert tone="danger">{errorMessage(run.error)}</Alert>}
        {report !== null && <ImportReport report={report} />}
      </div>
      <div className="flex justify-end gap-2 border-t border-border bg-surface-muted/50 px-5 py-3">
        <Button variant="secondary" onClick={close} disabled={run.isPending}>
          {report?.applied === true ? 'Done' : 'Cancel'}
        </Button>
        {ready ? (
          <Button
            loading={run.isPending}
            onClick={() => {
              run.mutate({ csv: csv ?? '', mode: 'apply' });
            }}
          >
            Import {productCount(report.created + report.updated)}
          </Button>
        ) : (
          report?.applied !== true && (
            <Button
              loading={run.isPending}
              disabled={csv === null}
              onClick={() => {
                if (csv !== null) run.mutate({ csv, mode: 'validate' });
              }}
            >
              Check file
            </Button>
          )
        )}
      </div>
    </dialog>
  );
}
