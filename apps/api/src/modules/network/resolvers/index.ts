import type { Resolvers } from '../../../generated/resolvers';
import { visiblePersonId } from '../../../privacy/people';
import {
  addNetworkMember,
  createNetwork,
  deleteNetwork,
  getNetwork,
  networkOfMembership,
  listNetworks,
  memberCount,
  networkDeletionImpact,
  networkMembers,
  removeNetworkMember,
  setNetworkArchived,
  updateNetwork,
  updateNetworkMember,
} from '../service';

export const networkResolvers: Resolvers = {
  Query: {
    networks: (_parent, args, ctx) => listNetworks(ctx, args),
    network: (_parent, { id }, ctx) => getNetwork(ctx, id),
  },
  Mutation: {
    createNetwork: (_parent, { input }, ctx) => createNetwork(ctx, input),
    updateNetwork: (_parent, { id, input }, ctx) => updateNetwork(ctx, id, input),
    deleteNetwork: (_parent, { id }, ctx) => deleteNetwork(ctx, id),
    archiveNetwork: (_parent, { id }, ctx) => setNetworkArchived(ctx, id, true),
    restoreNetwork: (_parent, { id }, ctx) => setNetworkArchived(ctx, id, false),
    addNetworkMember: (_parent, { input }, ctx) => addNetworkMember(ctx, input),
    updateNetworkMember: (_parent, { id, input }, ctx) => updateNetworkMember(ctx, id, input),
    removeNetworkMember: (_parent, { id }, ctx) => removeNetworkMember(ctx, id),
  },
  Network: {
    members: (network, _args, ctx) => networkMembers(ctx, network),
    memberCount: (network, _args, ctx) => memberCount(ctx, network),
    deletionImpact: (network, _args, ctx) => networkDeletionImpact(ctx, network),
  },
  NetworkMember: {
    network: (member, _args, ctx) => networkOfMembership(ctx, member),
    person: async (member, _args, ctx) =>
      member.personId && (await visiblePersonId(ctx, member.personId)) ? ctx.loaders.person.load(member.personId) : null,
    organization: (member, _args, ctx) => (member.organizationId ? ctx.loaders.organization.load(member.organizationId) : null),
  },
};
