'use client';

import { errorMessage } from '@storeloom/client';
import { Button, ConfirmDialog, TrashIcon } from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';

export interface DeleteNoteButtonProps {
  note: { id: string; orderId: string; body: string };
  onNotice: (notice: Notice) => void;
}

/** Deletes one's own note after a confirmation; the order's timeline keeps a trace of it. */
export function DeleteNoteButton({ note, onNotice }: DeleteNoteButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation(
    trpc.orders.deleteNote.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        onNotice({ tone: 'success', message: 'Note deleted.' });
        await queryClient.invalidateQueries(trpc.orders.get.queryFilter({ orderId: note.orderId }));
      },
    }),
  );

  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        aria-label="Delete note"
        onClick={() => {
          remove.reset();
          setConfirming(true);
        }}
      >
        <TrashIcon className="size-4" />
      </Button>
      <ConfirmDialog
        open={confirming}
        tone="danger"
        title="Delete this note?"
        description={<p className="line-clamp-3 break-words">“{note.body}”</p>}
        confirmLabel="Delete note"
        pending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : null}
        onCancel={() => {
          setConfirming(false);
        }}
        onConfirm={() => {
          remove.mutate({ noteId: note.id });
        }}
      />
    </>
  );
}
