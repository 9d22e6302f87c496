import { Suspense, type ReactNode } from 'react';
import { LoadingState } from './loading-state';

/** A page whose code is loaded on first visit: the loading state until it is there. */
export function PageLoading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState />}>{children}</Suspense>;
}
