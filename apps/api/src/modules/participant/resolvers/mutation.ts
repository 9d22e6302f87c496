import type { MutationResolvers } from '../../../generated/resolvers';
import { eraseMe, exportMyData } from '../my-data';
import {
  addGoal,
  addPlanStep,
  addTalent,
  deleteGoal,
  deletePlanStep,
  deleteTalent,
  recordStatusChange,
  updateConsent,
  updateGoal,
  updateParticipantProfile,
  updatePlanStep,
  updateTalent,
} from '../service';

export const Mutation: Pick<
  MutationResolvers,
  | 'updateParticipantProfile'
  | 'recordStatusChange'
  | 'updateConsent'
  | 'addTalent'
  | 'updateTalent'
  | 'deleteTalent'
  | 'addGoal'
  | 'updateGoal'
  | 'deleteGoal'
  | 'addPlanStep'
  | 'updatePlanStep'
  | 'deletePlanStep'
  | 'exportMyData'
  | 'eraseMe'
> = {
  updateParticipantProfile: (_parent, { personId, input }, ctx) => updateParticipantProfile(ctx, personId, input),
  recordStatusChange: (_parent, { personId, input }, ctx) => recordStatusChange(ctx, personId, input),
  updateConsent: (_parent, { personId, input }, ctx) => updateConsent(ctx, personId, input),
  addTalent: (_parent, { personId, input }, ctx) => addTalent(ctx, personId, input),
  updateTalent: (_parent, { id, input }, ctx) => updateTalent(ctx, id, input),
  deleteTalent: (_parent, { id }, ctx) => deleteTalent(ctx, id),
  addGoal: (_parent, { personId, input }, ctx) => addGoal(ctx, personId, input),
  updateGoal: (_parent, { id, input }, ctx) => updateGoal(ctx, id, input),
  deleteGoal: (_parent, { id }, ctx) => deleteGoal(ctx, id),
  addPlanStep: (_parent, { personId, input }, ctx) => addPlanStep(ctx, personId, input),
  updatePlanStep: (_parent, { id, input }, ctx) => updatePlanStep(ctx, id, input),
  deletePlanStep: (_parent, { id }, ctx) => deletePlanStep(ctx, id),
  exportMyData: (_parent, _args, ctx) => exportMyData(ctx),
  eraseMe: (_parent, _args, ctx) => eraseMe(ctx),
};
