import { handlePaymentWebhook } from '@storeloom/api';

// Signature checks need the exact bytes and Node's crypto; every delivery is handled fresh.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Payment provider webhooks, one endpoint per provider and store: /api/webhooks/stripe/{storeId}. */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ provider: string; storeId: string }> },
) {
  return handlePaymentWebhook(request, await params);
}
