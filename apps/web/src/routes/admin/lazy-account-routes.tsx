import { lazy } from 'react';
import { PageLoading } from '../../features/states/page-loading';

// The account forms check a new password as the API does, with zxcvbn-ts and its dictionaries
// (~850 kB gzip): loaded when an admin opens them, never in the bundle every user downloads.
const AccountsRoute = lazy(async () => ({ default: (await import('./accounts-route')).AccountsRoute }));
const NewAccountRoute = lazy(async () => ({ default: (await import('./new-account-route')).NewAccountRoute }));

/** The accounts list (with its edit dialog), loaded on first visit. */
export function LazyAccountsRoute() {
  return (
    <PageLoading>
      <AccountsRoute />
    </PageLoading>
  );
}

/** The new-account form, loaded on first visit. */
export function LazyNewAccountRoute() {
  return (
    <PageLoading>
      <NewAccountRoute />
    </PageLoading>
  );
}
