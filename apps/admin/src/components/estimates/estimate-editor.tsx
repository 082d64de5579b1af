'use client';

import type { RouterOutputs } from '@storeloom/api';
import { errorMessage, fieldErrorsOf } from '@storeloom/client';
import { Alert, Button, Card, CardContent } from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

import {
  draftFromEstimate,
  emptyEstimateDraft,
  estimateInputFromDraft,
  type EstimateErrors,
} from '~/lib/estimate-draft';
import { liveEstimateTotals } from '~/lib/estimate-live-totals';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';
import { EstimateDetailsCard } from './estimate-details-card';
import { EstimateLinesCard } from './estimate-lines-card';
import { EstimateTotalsCard } from './estimate-totals-card';
import { useEstimateDraft } from './use-estimate-draft';

type Estimate = RouterOutputs['estimates']['get'];

export interface EstimateEditorProps {
  /** Null for a new estimate. */
  estimate: Estimate | null;
  currency: string;
  locale: string;
  /** Editing is not offered: no permission, or the estimate's status does not allow it. */
  readOnly: boolean;
  onNotice: (notice: Notice) => void;
  /** Unsaved changes: the page holds back sending what the customer would not see. */
  onDirtyChange?: (dirty: boolean) => void;
}

/**
 * The estimate form: customer and terms, the lines, and live totals. Save checks the form with
 * the shared schema first, so messages appear beside their cells and nothing is sent; the
 * server's own refusals are shown the same way.
 */
export function EstimateEditor({
  estimate,
  currency,
  locale,
  readOnly,
  onNotice,
  onDirtyChange,
}: EstimateEditorProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const editor = useEstimateDraft(() =>
    estimate === null ? emptyEstimateDraft() : draftFromEstimate(estimate),
  );
  // Checked on Save; after a refused save the messages follow the typing until it passes.
  const [checking, setChecking] = useState(false);
  // Two quick submits can land before React re-renders the disabled button: one save each time.
  const inFlight = useRef(false);
  const live = liveEstimateTotals(editor.draft, currency);
  const checked = estimateInputFromDraft(editor.draft, currency);
  const localErrors: EstimateErrors = checking && !checked.ok ? checked.errors : {};

  useEffect(() => {
    onDirtyChange?.(editor.dirty);
  }, [editor.dirty, onDirtyChange]);

  const create = useMutation(
    trpc.estimates.create.mutationOptions({
      onSuccess: async (saved) => {
        await queryClient.invalidateQueries(trpc.estimates.list.pathFilter());
        router.push(`/estimates/${saved.id}?created=1`);
      },
    }),
  );
  const update = useMutation(
    trpc.estimates.update.mutationOptions({
      onSuccess: async (saved) => {
        editor.reset(draftFromEstimate(saved));
        setChecking(false);
        onNotice({ tone: 'success', message: `Estimate #${String(saved.number)} was saved.` });
        await queryClient.invalidateQueries(trpc.estimates.pathFilter());
      },
    }),
  );
  const save = estimate === null ? create : update;
  const serverFieldErrors = save.isError ? fieldErrorsOf(save.error) : {};
  const formError =
    save.isError && Object.keys(serverFieldErrors).length === 0 ? errorMessage(save.error) : null;
  const errors = { ...serverFieldErrors, ...localErrors };

  return (
    <form
      id="estimate-form"
      aria-label="Estimate"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (readOnly || inFlight.current || create.isSuccess) return;
        setChecking(true);
        if (!checked.ok) {
          save.reset();
          return;
        }
        inFlight.current = true;
        const settled = {
          onSettled: () => {
            inFlight.current = false;
          },
        };
        if (estimate === null) create.mutate(checked.input, settled);
        else update.mutate({ estimateId: estimate.id, ...checked.input }, settled);
      }}
      className="grid items-start gap-4 lg:grid-cols-3"
    >
      <EstimateDetailsCard
        draft={editor.draft}
        errors={errors}
        readOnly={readOnly}
        onChange={editor.change}
        className="lg:col-span-2"
      />
      <div className="space-y-4">
        <EstimateTotalsCard totals={live.totals} currency={currency} locale={locale} />
        {!readOnly && (
          <Card>
            <CardContent className="space-y-3">
              {Object.keys(localErrors).length > 0 && (
                <Alert tone="danger">Some fields need a look; nothing was saved.</Alert>
              )}
              {formError !== null && <Alert tone="danger">{formError}</Alert>}
              {estimate?.status === 'sent' && (
                <p className="text-xs text-muted-foreground">
                  Saving takes the estimate back to draft: the link the customer has stops working
                  until you send it again.
                </p>
              )}
              {/* A created estimate stays busy until its page opens: no second one by accident. */}
              <Button type="submit" loading={save.isPending || create.isSuccess} className="w-full">
                {estimate === null ? 'Create estimate' : 'Save estimate'}
              </Button>
            </CardContent>
          </Card>
        )}
      </div>
      <EstimateLinesCard
        lines={editor.draft.lines}
        errors={errors}
        readOnly={readOnly}
        currency={currency}
        locale={locale}
        live={live}
        onChangeLine={editor.changeLine}
        onAddLine={editor.addLine}
        onRemoveLine={editor.removeLine}
        onMoveLine={editor.moveLine}
        className="lg:col-span-3"
      />
    </form>
  );
}
