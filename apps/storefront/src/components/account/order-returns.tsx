'use client';

import { Alert, Button, useHydrated } from '@storeloom/ui';
import { useRef, useState } from 'react';

import { AccountSection } from './account-section';
import type { AccountOrder, MoneyFormat } from './account-types';
import { ReturnList } from './return-list';
import { ReturnRequestForm } from './return-request-form';

export interface OrderReturnsProps {
  order: AccountOrder;
  money: MoneyFormat;
  /** A return was requested: the order should be read again (returnable units, the list). */
  onRequested: () => void;
}

/** The order's returns and, while delivered units are left, the form to ask for another. */
export function OrderReturns({ order, money, onRequested }: OrderReturnsProps) {
  // "Request a return" only works with the script; it stays disabled until it runs.
  const hydrated = useHydrated();
  const [returning, setReturning] = useState(false);
  const [requested, setRequested] = useState<number | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const returnable = order.items.filter((line) => line.returnableQuantity > 0);

  if (order.returns.length === 0 && returnable.length === 0 && requested === null) return null;

  return (
    <AccountSection
      title="Returns"
      action={
        returnable.length > 0 && !returning ? (
          <Button
            variant="secondary"
            disabled={!hydrated}
            onClick={() => {
              setRequested(null);
              setReturning(true);
            }}
          >
            Request a return
          </Button>
        ) : undefined
      }
    >
      <div className="space-y-4">
        {requested !== null && (
          <div ref={noticeRef} tabIndex={-1} className="outline-hidden">
            <Alert tone="success" title={`Return #${requested} requested`}>
              The store will review it and email you the next steps.
            </Alert>
          </div>
        )}
        {returning && (
          <ReturnRequestForm
            orderId={order.orderId}
            lines={returnable}
            onCancel={() => {
              setReturning(false);
            }}
            onRequested={(number) => {
              setReturning(false);
              setRequested(number);
              onRequested();
              // The form is gone: keep the keyboard user's place on the confirmation.
              requestAnimationFrame(() => noticeRef.current?.focus());
            }}
          />
        )}
        {order.returns.length > 0 ? (
          <ReturnList returns={order.returns} lines={order.items} money={money} />
        ) : (
          !returning &&
          requested === null && (
            <p className="text-sm text-muted-foreground">
              Delivered items can be sent back. Choose what to return and tell the store why.
            </p>
          )
        )}
      </div>
    </AccountSection>
  );
}
