import type { RouterOutputs } from '@storeloom/api';
import {
  Badge,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  DateTime,
} from '@storeloom/ui';
import { useId } from 'react';

import type { Notice } from '@storeloom/ui';
import { AddNoteForm } from './add-note-form';
import { DeleteNoteButton } from './delete-note-button';

type Order = RouterOutputs['orders']['get'];

export interface OrderNotesCardProps {
  order: Order;
  canWrite: boolean;
  currentUserId: string;
  locale: string;
  timeZone: string;
  onNotice: (notice: Notice) => void;
}

/** The team's notes on the order, oldest first; customer-visible ones are marked as such. */
export function OrderNotesCard({
  order,
  canWrite,
  currentUserId,
  locale,
  timeZone,
  onNotice,
}: OrderNotesCardProps) {
  const titleId = useId();
  return (
    <Card aria-labelledby={titleId}>
      <CardHeader>
        <CardTitle id={titleId}>Notes</CardTitle>
        <CardDescription>
          Internal notes are for your team; notes visible to the customer show on their order page.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {order.notes.length === 0 ? (
          <p className="text-sm text-muted-foreground">No notes yet.</p>
        ) : (
          <ul className="divide-y divide-border">
            {order.notes.map((note) => (
              <li key={note.id} className="flex items-start justify-between gap-3 py-3 text-sm">
                <div className="min-w-0 space-y-1">
                  <p className="break-words whitespace-pre-line">{note.body}</p>
                  <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                    <DateTime value={note.createdAt} locale={locale} timeZone={timeZone} />
                    {note.authorId === currentUserId && <span>by you</span>}
                    <Badge tone={note.visibility === 'customer' ? 'info' : 'neutral'}>
                      {note.visibility === 'customer' ? 'Visible to the customer' : 'Internal'}
                    </Badge>
                  </p>
                </div>
                {canWrite && note.authorId === currentUserId && (
                  <DeleteNoteButton note={note} onNotice={onNotice} />
                )}
              </li>
            ))}
          </ul>
        )}
        {canWrite && <AddNoteForm orderId={order.id} onNotice={onNotice} />}
      </CardContent>
    </Card>
  );
}
