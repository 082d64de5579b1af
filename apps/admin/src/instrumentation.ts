/**
 * Next.js calls this once when the server starts. The admin process runs the workflow engine's
 * background work: the local runner (no INNGEST_* configured) or the outbox relay (with Inngest).
 */
export async function register() {
  // NEXT_RUNTIME is set by Next itself (not configuration): the runner needs Node, not the edge.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ startWorkflowsInProcess }, { getDatabase }] = await Promise.all([
    import('@storeloom/api'),
    import('@storeloom/db'),
  ]);
  try {
    startWorkflowsInProcess({ db: getDatabase() });
  } catch (error) {
    // No database yet (e.g. started without `pnpm start`): the app still serves; workflows wait.
    console.error('[workflows] not started:', error);
  }
}
