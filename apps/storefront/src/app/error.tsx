'use client';

import { RouteError } from '@storeloom/ui';
import type { ErrorInfo } from 'next/error';

export default function ErrorPage(props: ErrorInfo) {
  return <RouteError {...props} homeLabel="Back to the store" />;
}
