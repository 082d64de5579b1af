// react-dom ships no types and @types/react-dom is not a dependency of this package; the render
// tests need only this one function.
declare module 'react-dom/server' {
  import type { ReactNode } from 'react';

  export function renderToStaticMarkup(element: ReactNode): string;
}
