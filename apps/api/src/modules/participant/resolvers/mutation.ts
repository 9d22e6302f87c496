import type { MutationResolvers } from '../../../generated/resolvers';
import { eraseMe, exportMyData } from '../my-data';
import { addDream, deleteDream, reorder, updateDream } from '../journey-lists';
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
  | 'reorderTalents'
  | 'addDream'
  | 'updateDream'
  | 'deleteDream'
  | 'reorderDreams'
  | 'addGoal'
  | 'updateGoal'
  | 'deleteGoal'
  | 'reorderGoals'
  | 'addPlanStep'
  | 'updatePlanStep'
  | 'deletePlanStep'
  | 'reorderPlanSteps'
  | 'exportMyData'
  | 'eraseMe'
> = {
  updateParticipantProfile: (_parent, { personId, input }, ctx) => updateParticipantProfile(ctx, personId, input),
  recordStatusChange: (_parent, { personId, input }, ctx) => recordStatusChange(ctx, personId, input),
  updateConsent: (_parent, { personId, input }, ctx) => updateConsent(ctx, personId, input),
  addTalent: (_parent, { personId, input }, ctx) => addTalent(ctx, personId, input),
  updateTalent: (_parent, { id, input }, ctx) => updateTalent(ctx, id, input),
  deleteTalent: (_parent, { id }, ctx) => deleteTalent(ctx, id),
  reorderTalents: (_parent, { personId, ids }, ctx) => reorder(ctx, 'reorderTalents', personId, ids),
  addDream: (_parent, { personId, input }, ctx) => addDream(ctx, personId, input),
  updateDream: (_parent, { id, input }, ctx) => updateDream(ctx, id, input),
  deleteDream: (_parent, { id }, ctx) => deleteDream(ctx, id),
  reorderDreams: (_parent, { personId, ids }, ctx) => reorder(ctx, 'reorderDreams', personId, ids),
  addGoal: (_parent, { personId, input }, ctx) => addGoal(ctx, personId, input),
  updateGoal: (_parent, { id, input }, ctx) => updateGoal(ctx, id, input),
  deleteGoal: (_parent, { id }, ctx) => deleteGoal(ctx, id),
  reorderGoals: (_parent, { personId, ids }, ctx) => reorder(ctx, 'reorderGoals', personId, ids),
  addPlanStep: (_parent, { personId, input }, ctx) => addPlanStep(ctx, personId, input),
  updatePlanStep: (_parent, { id, input }, ctx) => updatePlanStep(ctx, id, input),
  deletePlanStep: (_parent, { id }, ctx) => deletePlanStep(ctx, id),
  reorderPlanSteps: (_parent, { personId, ids }, ctx) => reorder(ctx, 'reorderPlanSteps', personId, ids),
  exportMyData: (_parent, _args, ctx) => exportMyData(ctx),
  eraseMe: (_parent, _args, ctx) => eraseMe(ctx),
};
