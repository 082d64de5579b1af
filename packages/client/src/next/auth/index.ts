export { AuthProvider, type AuthProviderProps } from './auth-provider';
export { REQUEST_PATH_HEADER } from './request-path';
export { createSessionHelpers, type CreateSessionHelpersOptions, type Session } from './session';
export { createSignInPage, type CreateSignInPageOptions } from './sign-in-page';
export {
  SignedInRootLayout,
  signedInAppMetadata,
  signedInAppViewport,
  type SignedInRootLayoutProps,
} from './signed-in-root-layout';
