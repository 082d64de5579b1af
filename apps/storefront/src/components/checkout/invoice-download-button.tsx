'use client';

import { errorMessage } from '@storeloom/client';
import { useTRPCClient } from '@storeloom/client/react';
import { Button, ReceiptIcon } from '@storeloom/ui';
import { useState } from 'react';

import { downloadBase64File } from './download-file';

/**
 * Downloads the order's invoice. The PDF is rendered on request for the shopper who placed the
 * order (their cart cookie or account), so it is fetched on click rather than linked.
 */
export function InvoiceDownloadButton({ orderId }: { orderId: string }) {
  const client = useTRPCClient();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function download() {
    setPending(true);
    setMessage(null);
    try {
      downloadBase64File(await client.storefront.checkout.invoicePdf.query({ orderId }));
    } catch (error) {
      setMessage(`The invoice could not be downloaded. ${errorMessage(error)}`);
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-2">
      <Button variant="secondary" size="lg" loading={pending} onClick={() => void download()}>
        {!pending && <ReceiptIcon className="size-4" />}
        Download invoice (PDF)
      </Button>
      {message !== null && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}
