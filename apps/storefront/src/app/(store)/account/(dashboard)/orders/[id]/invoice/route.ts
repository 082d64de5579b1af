import { TRPCError } from '@trpc/server';

import { signInHref } from '~/components/account/next-path';
import { api } from '~/trpc/server';

/**
 * The order's invoice as a PDF download: a plain link, so it needs no script. Signed out, it
 * leads to sign-in and back to the order; another shopper's order is a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const file = await (await api()).storefront.account.orders.invoicePdf({ orderId: id });
    // Only safe characters in the header; the API names files like "invoice-1042.pdf".
    const filename = file.filename.replace(/[^\w.-]/g, '_');
    return new Response(Buffer.from(file.base64, 'base64'), {
      headers: {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'UNAUTHORIZED') {
      // A relative Location: the browser resolves it against the store's own host.
      const location = signInHref(`/account/orders/${encodeURIComponent(id)}`);
      return new Response(null, { status: 303, headers: { location } });
    }
    if (
      error instanceof TRPCError &&
      (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')
    ) {
      return new Response('Order not found', { status: 404 });
    }
    throw error;
  }
}
