import type { Resolvers } from '../../../generated/resolvers';
import { accountLinksOf } from '../account-links';
import { findLinkTargets } from '../link-targets';
import { login, logout } from '../login-service';
import { createUser, getViewer, listUsers, updateUser } from '../user-service';

export const accountResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, ctx) => getViewer(ctx),
    users: (_parent, args, ctx) => listUsers(ctx, args),
    accountLinkTargets: (_parent, args, ctx) => findLinkTargets(ctx, args),
  },
  Mutation: {
    login: (_parent, args, ctx) => login(ctx, args),
    logout: (_parent, _args, ctx) => logout(ctx),
    createUser: (_parent, { input }, ctx) => createUser(ctx, input),
    updateUser: (_parent, { id, input }, ctx) => updateUser(ctx, id, input),
  },
  Person: {
    accountLinks: (person, _args, ctx) => accountLinksOf(ctx, person),
  },
  User: {
    person: (user, _args, ctx) => (user.personId ? ctx.loaders.person.load(user.personId) : null),
    organization: (user, _args, ctx) =>
      user.organizationId ? ctx.loaders.organization.load(user.organizationId) : null,
  },
};
