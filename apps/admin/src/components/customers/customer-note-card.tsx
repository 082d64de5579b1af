'use client';

import type { RouterOutputs } from '@storeloom/api';
import { errorMessage, fieldErrorsOf } from '@storeloom/client';
import {
  Badge,
  Button,
  Card,
  CardContent,
  CardHeader,
  CardTitle,
  Field,
  Input,
  Textarea,
  type Notice,
} from '@storeloom/ui';
import { updateCustomerInputSchema } from '@storeloom/validators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';

import { formatTagList, parseTagList } from '~/lib/customer-tags';
import { localFieldErrors } from '~/lib/form-errors';
import { useTRPC } from '~/trpc/react';

type Customer = RouterOutputs['customers']['get'];

export interface CustomerNoteCardProps {
  customer: Customer;
  canWrite: boolean;
  onNotice: (notice: Notice) => void;
}

/** The team's own note and tags on a customer; the customer never sees them. */
export function CustomerNoteCard({ customer, canWrite, onNotice }: CustomerNoteCardProps) {
  const titleId = useId();
  return (
    <Card aria-labelledby={titleId}>
      <CardHeader>
        <CardTitle id={titleId}>Note and tags</CardTitle>
      </CardHeader>
      <CardContent className="text-sm">
        {canWrite ? (
          <CustomerNoteForm customer={customer} onNotice={onNotice} />
        ) : (
          <div className="space-y-3">
            <p className={customer.note === null ? 'text-muted-foreground' : 'whitespace-pre-line'}>
              {customer.note ?? 'No note.'}
            </p>
            {customer.tags.length > 0 && (
              <p className="flex flex-wrap gap-1">
                {customer.tags.map((tag) => (
                  <Badge key={tag}>{tag}</Badge>
                ))}
              </p>
            )}
          </div>
        )}
      </CardContent>
    </Card>
  );
}

function CustomerNoteForm({ customer, onNotice }: Omit<CustomerNoteCardProps, 'canWrite'>) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [note, setNote] = useState(customer.note ?? '');
  const [tags, setTags] = useState(formatTagList(customer.tags));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const save = useMutation(
    trpc.customers.update.mutationOptions({
      onSuccess: async () => {
        onNotice({ tone: 'success', message: 'Note and tags saved.' });
        await Promise.all([
          queryClient.invalidateQueries(
            trpc.customers.get.queryFilter({ customerId: customer.id }),
          ),
          queryClient.invalidateQueries(trpc.customers.list.pathFilter()),
        ]);
      },
    }),
  );
  const serverErrors = save.isError ? fieldErrorsOf(save.error) : {};
  const errors = { ...serverErrors, ...localErrors };
  const formError =
    save.isError && Object.keys(serverErrors).length === 0 ? errorMessage(save.error) : null;
  const unchanged =
    note.trim() === (customer.note ?? '') &&
    formatTagList(parseTagList(tags)) === formatTagList(customer.tags);

  return (
    <form
      noValidate
      aria-label="Note and tags"
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = updateCustomerInputSchema.safeParse({
          customerId: customer.id,
          // An emptied note is cleared rather than saved as "".
          note: note.trim() === '' ? null : note,
          tags: parseTagList(tags),
        });
        if (!parsed.success) {
          setLocalErrors(localFieldErrors(parsed.error));
          return;
        }
        setLocalErrors({});
        save.mutate(parsed.data);
      }}
    >
      <Field
        id="customer-note"
        label="Note"
        hint="Only your team sees it."
        error={errors.note ?? formError}
      >
        {(control) => (
          <Textarea
            {...control}
            name="note"
            rows={4}
            value={note}
            onChange={(event) => {
              setNote(event.target.value);
            }}
          />
        )}
      </Field>
      <Field id="customer-tags" label="Tags" hint="Separated by commas." error={errors.tags}>
        {(control) => (
          <Input
            {...control}
            name="tags"
            value={tags}
            onChange={(event) => {
              setTags(event.target.value);
            }}
          />
        )}
      </Field>
      <div className="flex justify-end">
        <Button type="submit" loading={save.isPending} disabled={unchanged}>
          Save
        </Button>
      </div>
    </form>
  );
}
