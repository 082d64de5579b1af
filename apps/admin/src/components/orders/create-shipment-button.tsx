'use client';

import type { RouterOutputs } from '@storeloom/api';
import { errorMessage, fieldErrorsOf } from '@storeloom/client';
import { Button, ConfirmDialog, Field, Input } from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { localFieldErrors } from '~/lib/form-errors';
import { shipmentFormSchema, unshippedItems } from '~/lib/order-desk';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';

type Order = RouterOutputs['orders']['get'];

export interface CreateShipmentButtonProps {
  order: Order;
  onNotice: (notice: Notice) => void;
}

const emptyForm = { carrier: '', service: '', trackingNumber: '' };

/** Ships every unit still to ship in one parcel, with its carrier and tracking number. */
export function CreateShipmentButton({ order, onNotice }: CreateShipmentButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(emptyForm);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const items = unshippedItems(order);
  const itemName = new Map(order.items.map((item) => [item.id, item.name]));
  const create = useMutation(
    trpc.orders.createShipment.mutationOptions({
      onSuccess: async (_shipment, input) => {
        setOpen(false);
        setForm(emptyForm);
        onNotice({
          tone: 'success',
          message: `Shipment created with ${input.carrier} (${input.trackingNumber ?? 'no tracking'}).`,
        });
        await queryClient.invalidateQueries(trpc.orders.pathFilter());
      },
    }),
  );
  const serverErrors = create.isError ? fieldErrorsOf(create.error) : {};
  const errors = { ...serverErrors, ...localErrors };
  const formError =
    create.isError && Object.keys(serverErrors).length === 0 ? errorMessage(create.error) : null;
  const update = (field: keyof typeof emptyForm) => (event: { target: { value: string } }) => {
    setForm((current) => ({ ...current, [field]: event.target.value }));
  };

  return (
    <>
      <Button
        onClick={() => {
          create.reset();
          setLocalErrors({});
          setOpen(true);
        }}
      >
        Create shipment
      </Button>
      <ConfirmDialog
        open={open}
        title={`Ship order #${String(order.number)}`}
        description={
          <>
            Ships{' '}
            {items
              .map(
                (item) => `${String(item.quantity)} × ${itemName.get(item.orderItemId) ?? 'item'}`,
              )
              .join(', ')}
            . The customer is emailed the tracking details.
          </>
        }
        confirmLabel="Create shipment"
        pending={create.isPending}
        error={formError}
        onCancel={() => {
          setOpen(false);
        }}
        onConfirm={() => {
          const parsed = shipmentFormSchema.safeParse({
            orderId: order.id,
            carrier: form.carrier,
            service: form.service.trim() === '' ? undefined : form.service,
            trackingNumber: form.trackingNumber,
            items,
          });
          if (!parsed.success) {
            setLocalErrors(localFieldErrors(parsed.error));
            return;
          }
          setLocalErrors({});
          create.mutate(parsed.data);
        }}
      >
        <Field id="shipment-carrier" label="Carrier" required error={errors.carrier}>
          {(control) => (
            <Input
              {...control}
              name="carrier"
              placeholder="UPS, DHL, Royal Mail…"
              value={form.carrier}
              onChange={update('carrier')}
            />
          )}
        </Field>
        <Field id="shipment-service" label="Service" error={errors.service}>
          {(control) => (
            <Input
              {...control}
              name="service"
              placeholder="Ground, Express…"
              value={form.service}
              onChange={update('service')}
            />
          )}
        </Field>
        <Field
          id="shipment-tracking"
          label="Tracking number"
          required
          error={errors.trackingNumber ?? errors.items}
        >
          {(control) => (
            <Input
              {...control}
              name="trackingNumber"
              autoComplete="off"
              value={form.trackingNumber}
              onChange={update('trackingNumber')}
            />
          )}
        </Field>
      </ConfirmDialog>
    </>
  );
}
