'use client';

import dynamic from 'next/dynamic';

/*
 * Clerk's components, loaded on demand: these are only rendered when a publishable key is set,
 * so a deployment on local auth never downloads or runs Clerk's code.
 */
export const LazyClerkSignIn = dynamic(
  () => import('./clerk-sign-in').then((module) => module.ClerkSignIn),
  { ssr: false },
);

export const LazyClerkSignOutButton = dynamic(
  () => import('./clerk-sign-out-button').then((module) => module.ClerkSignOutButton),
  { ssr: false },
);
