import type { ReactNode } from 'react';
import type { Role } from '@brobygger/domain';
import { NotAllowed } from '../states/not-allowed';
import { useViewer } from './viewer-context';

/**
 * Shows a route only to the roles it is for. The API enforces the same rules; this only
 * spares the user a screen of errors and says plainly that the page is not for them.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const viewer = useViewer();
  return roles.includes(viewer.role) ? children : <NotAllowed />;
}
