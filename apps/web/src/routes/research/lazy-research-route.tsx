import { lazy } from 'react';
import { PageLoading } from '../../features/states/page-loading';

// The dashboard's charts are drawn with recharts and the libraries it brings (about 1.5 MB of
// source, a third of the app's code): loaded when the dashboard is opened, not on every page —
// the explorer, where coordinators and researchers land, compiles that much less as it opens.
const ResearchRoute = lazy(async () => ({
  default: (await import('./research-route')).ResearchRoute,
}));

/** The research dashboard, loaded on first visit. */
export function LazyResearchRoute() {
  return (
    <PageLoading>
      <ResearchRoute />
    </PageLoading>
  );
}
