import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createFailedWorkflowRun, withE2eDatabase } from '@storeloom/devkit/e2e-data';

import { signInAs } from '../fixtures/sign-in';
import { urls } from '../fixtures/urls';

// No workflow function has this id, so after the retry no runner picks the run up and it stays
// visibly queued instead of racing a real execution (see createFailedWorkflowRun).
const functionId = 'sync-supplier-prices';
const workflowName = 'Sync supplier prices';

/** A failed run of Demo Store with an error no other run has, so its row can be told apart. */
function createRun() {
  return withE2eDatabase((db) =>
    createFailedWorkflowRun(db, {
      storeSlug: 'demo-store',
      functionId,
      failedStep: 'capture-payment',
      error: `Payment provider timed out (${randomUUID().slice(0, 8)})`,
    }),
  );
}

function runStatus(runId: string) {
  return withE2eDatabase(async (db) => {
    const run = await db.workflowRun.findUniqueOrThrow({ where: { id: runId } });
    return run.status;
  });
}

test.describe('admin workflow runs', () => {
  test('an owner finds a failed run, reads the failing step and retries it', async ({ page }) => {
    const run = await createRun();
    await signInAs(page, 'Demo Store Owner');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Workflows' })
      .click();
    await page.waitForURL(`${urls.admin}/workflows`);
    await expect(page.getByRole('heading', { level: 1, name: 'Workflows' })).toBeVisible();
    const tabs = page.getByRole('navigation', { name: 'Filter runs by status' });
    await tabs.getByRole('link', { name: /^Failed/ }).click();
    await page.waitForURL(`${urls.admin}/workflows?status=failed`);
    await expect(tabs.getByRole('link', { name: /^Failed/ })).toHaveAttribute(
      'aria-current',
      'page',
    );

    const row = page.getByRole('row').filter({ hasText: run.error });
    await expect(row.getByText('Failed', { exact: true })).toBeVisible();
    await expect(row.getByText('order/placed')).toBeVisible();
    await row.getByRole('link', { name: workflowName }).click();

    await page.waitForURL(`${urls.admin}/workflows/${run.runId}`);
    await expect(page.getByRole('heading', { level: 1, name: workflowName })).toBeVisible();
    const steps = page.getByRole('region', { name: 'Steps' });
    const failedStep = steps.getByRole('row').filter({ hasText: 'Capture payment' });
    await expect(failedStep.getByText('Failed', { exact: true })).toBeVisible();
    await expect(failedStep.getByText(run.error)).toBeVisible();
    await expect(steps.getByRole('row').filter({ hasText: 'Load order' })).toContainText(
      'Completed',
    );

    await page.getByRole('button', { name: 'Retry run' }).click();
    const dialog = page.getByRole('dialog', { name: `Retry ${workflowName}?` });
    await expect(dialog).toContainText('starts again from its last completed step');
    await dialog.getByRole('button', { name: 'Retry run' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'was queued again' })).toBeVisible();
    await expect(dialog).toBeHidden();
    const summary = page.getByRole('region', { name: 'Run' });
    await expect(summary.getByText('Running', { exact: true })).toBeVisible();
    // The failed step is forgotten (it runs again); the completed one is kept.
    await expect(steps.getByRole('row').filter({ hasText: 'Capture payment' })).toHaveCount(0);
    await expect(steps.getByRole('row').filter({ hasText: 'Load order' })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Retry run' })).toHaveCount(0);
    expect(await runStatus(run.runId)).toBe('running');
  });

  test('a viewer sees the failed run but is offered no retry', async ({ page }) => {
    const run = await createRun();
    await signInAs(page, 'Demo Store Viewer');

    await page.goto(`${urls.admin}/workflows/${run.runId}`);
    await expect(page.getByRole('heading', { level: 1, name: workflowName })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Run' }).getByText(run.error)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry run' })).toHaveCount(0);
    expect(await runStatus(run.runId)).toBe('failed');
  });

  test('another store’s run is not found', async ({ page }) => {
    const foreign = await withE2eDatabase((db) =>
      createFailedWorkflowRun(db, {
        storeSlug: 'tech-gadgets',
        functionId,
        failedStep: 'capture-payment',
        error: 'Tech Gadgets only',
      }),
    );
    await signInAs(page, 'Demo Store Owner');

    await page.goto(`${urls.admin}/workflows/${foreign.runId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByText('Tech Gadgets only')).toHaveCount(0);
  });
});
