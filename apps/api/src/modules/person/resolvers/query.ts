import type { QueryResolvers } from '../../../generated/resolvers';
import { getPerson, listPeople } from '../service';

export const Query: Pick<QueryResolvers, 'people' | 'person'> = {
  people: (_parent, args, ctx) => listPeople(ctx, args),
  person: (_parent, { id }, ctx) => getPerson(ctx, id),
};
