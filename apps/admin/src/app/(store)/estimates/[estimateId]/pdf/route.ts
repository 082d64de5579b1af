import { pdfDownloadResponse } from '~/lib/pdf-download-response';
import { api } from '~/trpc/server';

/** The estimate as the customer will read it, as a PDF download (the preview frames it too). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ estimateId: string }> },
) {
  return pdfDownloadResponse((await params).estimateId, async (estimateId) =>
    (await api()).estimates.pdf({ estimateId }),
  );
}
