import { TRPCError } from '@trpc/server';

import { isEstimateTokenShape } from '~/lib/estimate-link';
import { api } from '~/trpc/server';

/**
 * The estimate as a PDF download: a plain link, so it needs no script. Whoever can open the
 * estimate's page can download it; a link that opens nothing on this store is a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const missing = () => new Response('Estimate not found', { status: 404 });
  if (!isEstimateTokenShape(token)) return missing();
  try {
    const file = await (await api()).storefront.estimates.pdf({ token });
    // Only safe characters in the header; the API names files like "estimate-57.pdf".
    const filename = file.filename.replace(/[^\w.-]/g, '_');
    return new Response(Buffer.from(file.base64, 'base64'), {
      headers: {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'private, no-store',
        'x-robots-tag': 'noindex',
      },
    });
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')
    ) {
      return missing();
    }
    throw error;
  }
}
