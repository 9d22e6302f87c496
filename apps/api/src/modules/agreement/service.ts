import type { GraphQLContext } from '../../context';
import type { AgreementRow } from '@brobygger/db/schema';

export async function agreementsOfParty(
  _ctx: GraphQLContext,
  _party: { organizationId?: string; personId?: string },
): Promise<AgreementRow[]> {
  return [];
}
