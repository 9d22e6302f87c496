import type { Db } from '@brobygger/db';
import type { Role } from '@brobygger/domain';
import type { GraphFilterInput } from './graph-types';

/** Who wants to know which views' pictures are asked for (picture-refresh.ts). */
export interface ViewsInUse {
  noteAsked(role: Role, filter: GraphFilterInput | null | undefined): void;
}

/** Per database, keyed by its query builder as the graph cache is (graph-cache.ts). */
const listeners = new WeakMap<Db, ViewsInUse>();

export function registerViewsInUse(db: Db, listener: ViewsInUse): void {
  listeners.set(db, listener);
}

/** Notes that a viewer asked for a view's picture; nothing where no server draws pictures ahead. */
export function notePictureAsked(
  db: Db,
  role: Role,
  filter: GraphFilterInput | null | undefined,
): void {
  listeners.get(db)?.noteAsked(role, filter);
}
