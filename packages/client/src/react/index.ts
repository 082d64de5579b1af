export { createTRPCReactKit, type CreateTRPCReactKitOptions } from './create-trpc-react-kit';
export { createQueryClient } from './query-client';
export { useTRPC, useTRPCClient } from './trpc-context';
