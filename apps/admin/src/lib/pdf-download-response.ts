import 'server-only';

import { idSchema, type DocumentFile } from '@storeloom/validators';

import { isNotFoundError } from './is-not-found-error';

function orderNotFound(): Response {
  return new Response('Order not found', { status: 404 });
}

/**
 * A document procedure's answer as a file download, so the order page can offer plain links.
 * A malformed, unknown or other store's order id is a 404; other failures surface as errors.
 */
export async function pdfDownloadResponse(
  orderId: string,
  render: (orderId: string) => Promise<DocumentFile>,
): Promise<Response> {
  if (!idSchema.safeParse(orderId).success) return orderNotFound();
  try {
    const file = await render(orderId);
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
    if (isNotFoundError(error)) return orderNotFound();
    throw error;
  }
}
