import { serve } from 'inngest/next';

import { inngest } from './client.ts';
import { workflowEngine, type WorkflowEngine } from './env.ts';
import { functions } from './functions/index.ts';

const notServed = () =>
  Promise.resolve(
    Response.json(
      { error: 'Workflows run in-process here: no INNGEST_* is configured.' },
      { status: 404 },
    ),
  );

/**
 * GET/POST/PUT for the admin app's `/api/inngest`, where Inngest (Cloud or self-hosted) syncs
 * and calls the functions, requests signed with INNGEST_SIGNING_KEY. Without INNGEST_* the local
 * runner drives the functions in-process and the route answers 404, so no unsigned function
 * endpoint is ever exposed.
 */
export function createInngestRouteHandlers(engine: WorkflowEngine = workflowEngine) {
  if (engine !== 'inngest') return { GET: notServed, POST: notServed, PUT: notServed };
  const handler = serve({ client: inngest, functions });
  return { GET: handler.GET, POST: handler.POST, PUT: handler.PUT };
}
