export { DemoAccountList, type DemoAccountListProps } from './demo-account-list';
export { safeNextPath } from './safe-next-path';
export { signInResultFromError } from './sign-in-error';
export { SignInForm, type SignInFormProps } from './sign-in-form';
export { SignInPanel, type SignInPanelProps } from './sign-in-panel';
export type {
  DemoAccountOption,
  SignInCredentials,
  SignInFieldErrors,
  SignInResult,
} from './types';
