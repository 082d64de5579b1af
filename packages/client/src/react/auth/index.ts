export { LazyClerkSignIn, LazyClerkSignOutButton } from './clerk-components';
export {
  LocalSignInPanel,
  type LocalSignInPanelProps,
  type LocalSignInProps,
} from './local-sign-in';
export { SignOutButton, type SignOutButtonProps } from './sign-out-button';
