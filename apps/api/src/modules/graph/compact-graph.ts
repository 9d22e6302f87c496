import type { GraphQLContext } from '../../context';
import { requireRole } from '../../authorization/acting-viewer';
import { READERS } from '../../authorization/permissions';
import type { OverviewLayout } from '@brobygger/graph';
import { pictureFor } from './graph-picture';
import type { GraphFilterInput } from './graph-types';
import { viewFor } from './service';
import { toColumns, type CompactColumns } from './view-columns';
import { notePictureAsked } from './views-in-use';

/** What the CompactGraph resolvers get: the view's shared columns, and this request's way to the view's picture. */
export interface CompactGraphParent extends CompactColumns {
  /** Drawn only when nodeX or nodeY is asked for (graph-picture.ts). */
  picture(): Promise<OverviewLayout | null>;
}

/** The `compactGraph` query: the same view as `graph`, the same role rule. */
export async function compactGraphFor(ctx: GraphQLContext, filter: GraphFilterInput | null | undefined): Promise<CompactGraphParent> {
  requireRole(ctx, READERS, 'compactGraphFor');
  const view = await viewFor(ctx, filter);
  const columns = toColumns(view.graph);
  return {
    ...columns,
    picture: () => {
      notePictureAsked(ctx.db, ctx.viewer!.role, filter);
      return pictureFor(ctx, view, columns, filter);
    },
  };
}
