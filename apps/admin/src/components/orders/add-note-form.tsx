'use client';

import { errorMessage, fieldErrorsOf } from '@storeloom/client';
import { Button, Field, Select, Textarea } from '@storeloom/ui';
import { addOrderNoteInputSchema } from '@storeloom/validators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { localFieldErrors } from '~/lib/form-errors';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';

type Visibility = 'internal' | 'customer';

export interface AddNoteFormProps {
  orderId: string;
  onNotice: (notice: Notice) => void;
}

/** A new note, internal by default; checked with the shared validator before it is sent. */
export function AddNoteForm({ orderId, onNotice }: AddNoteFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('internal');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const add = useMutation(
    trpc.orders.addNote.mutationOptions({
      onSuccess: async (_note, input) => {
        setBody('');
        onNotice({
          tone: 'success',
          message:
            input.visibility === 'customer'
              ? 'Note added. The customer can see it.'
              : 'Internal note added.',
        });
        await queryClient.invalidateQueries(trpc.orders.get.queryFilter({ orderId }));
      },
    }),
  );
  const serverErrors = add.isError ? fieldErrorsOf(add.error) : {};
  const errors = { ...serverErrors, ...localErrors };
  const formError =
    add.isError && Object.keys(serverErrors).length === 0 ? errorMessage(add.error) : null;

  return (
    <form
      noValidate
      aria-label="Add a note"
      className="space-y-3 border-t border-border pt-4"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = addOrderNoteInputSchema.safeParse({ orderId, body, visibility });
        if (!parsed.success) {
          setLocalErrors(localFieldErrors(parsed.error));
          return;
        }
        setLocalErrors({});
        add.mutate(parsed.data);
      }}
    >
      <Field id="order-note-body" label="Note" error={errors.body ?? formError}>
        {(control) => (
          <Textarea
            {...control}
            name="body"
            rows={3}
            value={body}
            onChange={(event) => {
              setBody(event.target.value);
            }}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <Field id="order-note-visibility" label="Visible to" className="w-56">
          {(control) => (
            <Select
              {...control}
              name="visibility"
              value={visibility}
              onChange={(event) => {
                setVisibility(event.target.value === 'customer' ? 'customer' : 'internal');
              }}
            >
              <option value="internal">Your team only</option>
              <option value="customer">The customer too</option>
            </Select>
          )}
        </Field>
        <Button type="submit" loading={add.isPending}>
          Add note
        </Button>
      </div>
    </form>
  );
}
