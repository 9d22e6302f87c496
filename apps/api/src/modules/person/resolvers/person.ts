import type { PersonResolvers } from '../../../generated/resolvers';
import { agreementsOfParty } from '../../agreement/service';
import { personDeletionImpact } from '../service';
import { personConnections, personMemberships } from '../ties';
import {
  mayFollowTies,
  visibleContact,
  visibleDate,
  visibleId,
  visibleName,
  visibleProfileParts,
} from '../../../privacy/people';

/** Every field that could identify or describe a person goes through the privacy rules. */
export const Person: PersonResolvers = {
  id: (person, _args, ctx) => visibleId(ctx, person),
  since: (person, _args, ctx) => visibleDate(ctx, person, person.since),
  createdAt: (person, _args, ctx) => visibleDate(ctx, person, person.createdAt),
  updatedAt: (person, _args, ctx) => visibleDate(ctx, person, person.updatedAt),
  name: (person, _args, ctx) => visibleName(ctx, person),
  email: (person, _args, ctx) => visibleContact(ctx, person, 'email'),
  phone: (person, _args, ctx) => visibleContact(ctx, person, 'phone'),
  title: (person, _args, ctx) => visibleContact(ctx, person, 'title'),
  organization: async (person, _args, ctx) =>
    person.organizationId && (await mayFollowTies(ctx, person))
      ? ctx.loaders.organization.load(person.organizationId)
      : null,
  participant: async (person, _args, ctx) =>
    (await visibleProfileParts(ctx, person)).size ? ctx.loaders.profile.load(person.id) : null,
  connections: (person, _args, ctx) => personConnections(ctx, person),
  agreements: async (person, _args, ctx) =>
    (await mayFollowTies(ctx, person)) ? agreementsOfParty(ctx, { personId: person.id }) : [],
  memberships: (person, _args, ctx) => personMemberships(ctx, person),
  // Only coordinators see archived people at all; to anyone else a person is never archived.
  archivedAt: (person, _args, ctx) => (ctx.viewer?.role === 'COORDINATOR' ? person.archivedAt : null),
  deletionImpact: (person, _args, ctx) => personDeletionImpact(ctx, person),
};
