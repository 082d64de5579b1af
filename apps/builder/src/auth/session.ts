import 'server-only';

import { createSessionHelpers } from '@storeloom/client/next/auth';

import { api } from '~/trpc/server';

export type { Session } from '@storeloom/client/next/auth';

export const { getSession, requireSession } = createSessionHelpers({ api });
