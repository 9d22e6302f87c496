import { createContext, useContext } from 'react';
import type { Role } from '@brobygger/domain';

/** Who is logged in, as the layout's query found it. */
export interface Viewer {
  id: string;
  email: string;
  role: Role;
  personId: string | null;
  organizationId: string | null;
}

export const ViewerContext = createContext<Viewer | null>(null);

/** The logged-in account; only valid below the app layout, which guarantees a session. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer: used outside the logged-in layout');
  return viewer;
}
