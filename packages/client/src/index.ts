export {
  createStoreloomClient,
  type CreateStoreloomClientOptions,
  type StoreloomClient,
} from './create-storeloom-client';
export type { AppRouter, RouterInputs, RouterOutputs } from '@storeloom/api';
export { errorMessage, fieldErrorsOf } from './error-message';
