import type { Resolvers } from '../../../generated/resolvers';
import { Mutation } from './mutation';
import { ParticipantProfile, PlanStep, StatusChange } from './profile';

export const participantResolvers: Resolvers = { Mutation, ParticipantProfile, StatusChange, PlanStep };
