'use client';

import { errorMessage } from '@storeloom/client';
import { Button } from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';

export interface MarkDeliveredButtonProps {
  shipment: { id: string; carrier: string; trackingNumber: string | null };
  onNotice: (notice: Notice) => void;
}

/**
 * Records that the parcel arrived. No confirmation: repeating it changes nothing, and the order
 * only becomes delivered once every line has shipped and every parcel arrived.
 */
export function MarkDeliveredButton({ shipment, onNotice }: MarkDeliveredButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const parcel =
    shipment.trackingNumber === null
      ? `The ${shipment.carrier} parcel`
      : `Parcel ${shipment.trackingNumber}`;
  const deliver = useMutation(
    trpc.orders.markShipmentDelivered.mutationOptions({
      onSuccess: async () => {
        onNotice({ tone: 'success', message: `${parcel} was marked delivered.` });
        // The order's statuses may have moved too, which the list shows.
        await queryClient.invalidateQueries(trpc.orders.pathFilter());
      },
      onError: (error) => {
        onNotice({ tone: 'danger', message: errorMessage(error) });
      },
    }),
  );

  return (
    <Button
      variant="secondary"
      size="sm"
      loading={deliver.isPending}
      onClick={() => {
        deliver.mutate({ shipmentId: shipment.id });
      }}
    >
      Mark delivered
    </Button>
  );
}
