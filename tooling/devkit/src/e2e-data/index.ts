// What end-to-end specs use to prepare rows in the running e2e server's database.
export { withE2eDatabase, storeIdOf } from './e2e-database';
export { createFailedWorkflowRun, type FailedWorkflowRun } from './workflow-runs';
export { createFailedOutboxEmail } from './outbox-emails';
