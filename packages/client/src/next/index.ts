export { createServerHelpers, type CreateServerHelpersOptions } from './create-server-helpers';
export {
  createTrpcRouteHandler,
  type CreateTrpcRouteHandlerOptions,
} from './create-trpc-route-handler';
