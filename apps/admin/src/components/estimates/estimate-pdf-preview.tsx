'use client';

import { Card, CardHeader, CardTitle, Skeleton } from '@storeloom/ui';
import { useQuery } from '@tanstack/react-query';

import { LoadError } from '~/components/load-error';

export interface EstimatePdfPreviewProps {
  estimateId: string;
  number: number;
  /** When the estimate last changed, so a saved edit shows in the preview. */
  version: string;
}

/** The PDF route's answer as a `data:` URL, which a frame on this page may show. */
async function fetchPdfDataUrl(estimateId: string): Promise<string> {
  const response = await fetch(`/estimates/${estimateId}/pdf`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`The PDF could not be made (${String(response.status)})`);
  const pdf = new Blob([await response.arrayBuffer()], { type: 'application/pdf' });
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') resolve(reader.result);
      else reject(new Error('The PDF could not be read'));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('The PDF could not be read'));
    };
    reader.readAsDataURL(pdf);
  });
}

/**
 * The PDF the customer gets, in a frame. The admin refuses to be framed (frame-ancestors 'none',
 * against clickjacking), its PDF route included, so the frame shows a `data:` copy of it: a
 * document of the page's own making, with nothing to revoke when the preview closes.
 */
export function EstimatePdfPreview({ estimateId, number, version }: EstimatePdfPreviewProps) {
  const pdf = useQuery({
    queryKey: ['estimate-pdf-preview', estimateId, version],
    queryFn: () => fetchPdfDataUrl(estimateId),
    staleTime: Infinity,
  });

  return (
    <Card aria-labelledby="estimate-pdf-title" className="overflow-hidden">
      <CardHeader>
        <CardTitle id="estimate-pdf-title">PDF preview</CardTitle>
      </CardHeader>
      {pdf.isPending ? (
        <div aria-busy="true" aria-label="Loading the PDF" className="p-4">
          <Skeleton className="h-[60vh] w-full" />
        </div>
      ) : pdf.isError ? (
        <div className="p-4">
          <LoadError
            title="The preview could not be loaded"
            error={pdf.error}
            onRetry={() => void pdf.refetch()}
          />
        </div>
      ) : (
        <iframe
          title={`Estimate #${String(number)} PDF`}
          src={pdf.data}
          className="h-[70vh] w-full border-t border-border bg-surface-muted"
        />
      )}
    </Card>
  );
}
