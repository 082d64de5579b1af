import { pdfDownloadResponse } from '~/lib/pdf-download-response';
import { api } from '~/trpc/server';

/** The order's invoice as a PDF download. */
export async function GET(_request: Request, { params }: { params: Promise<{ orderId: string }> }) {
  return pdfDownloadResponse((await params).orderId, async (orderId) =>
    (await api()).orders.invoicePdf({ orderId }),
  );
}
