import type { Resolvers } from '../../../generated/resolvers';
import { Mutation } from './mutation';
import { Person } from './person';
import { Query } from './query';

export const personResolvers: Resolvers = { Query, Mutation, Person };
