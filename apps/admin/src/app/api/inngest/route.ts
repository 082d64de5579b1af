import { createInngestRouteHandlers } from '@storeloom/api';

// Inngest Cloud / self-hosted Inngest syncs and calls the workflow functions here. Without
// INNGEST_* configured the local runner runs them in-process and this route answers 404.
export const { GET, POST, PUT } = createInngestRouteHandlers();
