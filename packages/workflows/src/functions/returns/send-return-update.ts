import { sendReturnUpdateEmail, type ReturnUpdateStatus } from '@storeloom/core';

import { inngest } from '../../client.ts';
import {
  returnApprovedEvent,
  returnReceivedEvent,
  returnRejectedEvent,
  returnRequestedEvent,
} from '../../events/index.ts';
import {
  dependenciesFor,
  processDependencies,
  type ResolveDependencies,
} from '../../workflow-dependencies.ts';
import { domainStep } from '../domain-step.ts';

export const sendReturnUpdateFunctionId = 'send-return-update';

/** The status a return event announces; undefined for anything else (a direct invocation). */
function statusOf(eventName: string): ReturnUpdateStatus | undefined {
  switch (eventName) {
    case returnRequestedEvent.name:
      return 'requested';
    case returnApprovedEvent.name:
      return 'approved';
    case returnRejectedEvent.name:
      return 'rejected';
    case returnReceivedEvent.name:
      return 'received';
    default:
      return undefined;
  }
}

/** Each step of a return (requested, approved, rejected, received) is one email to the shopper. */
export function createSendReturnUpdateFunction(resolve: ResolveDependencies = processDependencies) {
  return inngest.createFunction(
    {
      id: sendReturnUpdateFunctionId,
      name: 'Returns: send the return update',
      triggers: [
        returnRequestedEvent,
        returnApprovedEvent,
        returnRejectedEvent,
        returnReceivedEvent,
      ],
    },
    async ({ event, step }) => {
      const { tenantId, returnId } = event.data;
      const status = statusOf(event.name);
      if (!status) return { returnId, outcome: 'not-a-return-event' as const };
      const email = await step.run('send-return-email', () =>
        domainStep(() => {
          const { db, email: transport } = dependenciesFor(resolve, tenantId);
          return sendReturnUpdateEmail({ db, tenantId, returnId, status, transport });
        }),
      );
      return { returnId, outcome: 'notified' as const, status, email: email.status };
    },
  );
}

export const sendReturnUpdate = createSendReturnUpdateFunction();
