export { inngest, createInngestClient, inngestAppId, type InngestClient } from './client.ts';
export { workflowEngine, workflowProcessingEnabled, type WorkflowEngine } from './env.ts';
export * from './events/index.ts';
export { functions } from './functions/index.ts';
export { relayDomainEvents, toWorkflowEvent, type RelayOptions } from './relay-domain-events.ts';
export {
  startLocalRunner,
  type LocalRunner,
  type LocalRunnerOptions,
} from './local-runner/start-local-runner.ts';
export { startOutboxRelay } from './outbox-relay-loop.ts';
export { startWorkflowsInProcess } from './start-workflows-in-process.ts';
