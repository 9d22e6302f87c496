import type { Resolvers } from '../../../generated/resolvers';
import { Mutation } from './mutation';
import { Organization } from './organization';
import { Query } from './query';

export const organizationResolvers: Resolvers = { Query, Mutation, Organization };
