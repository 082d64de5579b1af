'use client';

import { TRPCReactProvider } from '~/trpc/react';

import { EstimateAnswerButtons } from './estimate-answer-buttons';

/** The page's only script: the two answer buttons with the API client around them. */
export function EstimateAnswer({ token }: { token: string }) {
  return (
    <TRPCReactProvider>
      <EstimateAnswerButtons token={token} />
    </TRPCReactProvider>
  );
}
