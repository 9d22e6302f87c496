import type { GraphQLContext } from '../../context';
import type { PageArgs, Page } from '../../lib/pagination';
import type { PersonRow } from '@brobygger/db/schema';

export async function listPeople(
  _ctx: GraphQLContext,
  _args: PageArgs & { filter?: { organizationId?: string | null } | null },
): Promise<Page<PersonRow>> {
  return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
}
