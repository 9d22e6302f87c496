import type {
  ParticipantProfileResolvers,
  PlanStepResolvers,
  StatusChangeResolvers,
} from '../../../generated/resolvers';
import type { ParticipantProfileRow } from '@brobygger/db/schema';
import type { GraphQLContext } from '../../../context';
import { noteProfileRead } from '../../../privacy/profile-reads';
import { mayReadNotes, mayShowProfilePart } from '../../../privacy/people';
import type { ProfilePart } from '../../../privacy/policy';

/** The parts of a profile a candidate card does not show: reading one is reading the full profile. */
const BEYOND_THE_CARD: ReadonlySet<ProfilePart> = new Set(['statusHistory', 'dreams', 'benefit', 'goals', 'planSteps', 'publicPartner', 'coordinator', 'consentDates']);

/** The value when the viewer may see that part of the profile, else `hidden`. */
async function part<T, H>(
  ctx: GraphQLContext,
  profile: ParticipantProfileRow,
  which: ProfilePart,
  value: () => T | Promise<T>,
  hidden: H,
): Promise<T | H> {
  if (!(await mayShowProfilePart(ctx, profile.personId, which))) return hidden;
  if (BEYOND_THE_CARD.has(which)) noteProfileRead(ctx, { id: profile.personId, isParticipant: true });
  return value();
}

/**
 * Each field is shown by the part of the profile it belongs to, so a researcher or an
 * employer reaching a profile through any path sees only their reduced view.
 */
export const ParticipantProfile: ParticipantProfileResolvers = {
  statusHistory: (p, _args, ctx) =>
    part(ctx, p, 'statusHistory', () => ctx.loaders.statusChangesOfPerson.load(p.personId), []),
  municipalityNumber: (p, _args, ctx) => part(ctx, p, 'municipality', () => p.municipalityNumber, null),
  municipalityName: (p, _args, ctx) => part(ctx, p, 'municipality', () => p.municipalityName, null),
  hoursPerWeek: (p, _args, ctx) => part(ctx, p, 'hoursPerWeek', () => p.hoursPerWeek, null),
  dreams: (p, _args, ctx) =>
    part(ctx, p, 'dreams', async () => {
      const dreams = await ctx.loaders.dreamsOfPerson.load(p.personId);
      return dreams.length ? dreams.map((d) => d.text).join('\n\n') : null;
    }, null),
  dreamList: (p, _args, ctx) => part(ctx, p, 'dreams', () => ctx.loaders.dreamsOfPerson.load(p.personId), []),
  benefit: (p, _args, ctx) => part(ctx, p, 'benefit', () => p.benefit, null),
  publicPartner: (p, _args, ctx) =>
    part(ctx, p, 'publicPartner', () => (p.publicPartnerId ? ctx.loaders.organization.load(p.publicPartnerId) : null), null),
  coordinator: (p, _args, ctx) =>
    part(ctx, p, 'coordinator', () => (p.coordinatorId ? ctx.loaders.person.load(p.coordinatorId) : null), null),
  talents: (p, _args, ctx) => part(ctx, p, 'talents', () => ctx.loaders.talentsOfPerson.load(p.personId), []),
  goals: (p, _args, ctx) => part(ctx, p, 'goals', () => ctx.loaders.goalsOfPerson.load(p.personId), []),
  planSteps: (p, _args, ctx) => part(ctx, p, 'planSteps', () => ctx.loaders.planStepsOfPerson.load(p.personId), []),
  wishedIndustries: (p, _args, ctx) =>
    part(
      ctx,
      p,
      'wishedIndustries',
      async () => (await ctx.loaders.wishedIndustriesOfPerson.load(p.personId)).map((w) => w.industry),
      [],
    ),
  // The consent flags are the participant's and their coordinator's business; others read false.
  visibleToEmployers: (p, _args, ctx) => part(ctx, p, 'consentDates', () => p.visibleToEmployers, false),
  shareForResearch: (p, _args, ctx) => part(ctx, p, 'consentDates', () => p.shareForResearch, false),
  visibleToEmployersChangedAt: (p, _args, ctx) =>
    part(ctx, p, 'consentDates', () => p.visibleToEmployersChangedAt, null),
  shareForResearchChangedAt: (p, _args, ctx) => part(ctx, p, 'consentDates', () => p.shareForResearchChangedAt, null),
};

export const StatusChange: StatusChangeResolvers = {
  // Notes are the coordinator's working notes (warned against health details): coordinators only.
  note: (change, _args, ctx) => (mayReadNotes(ctx) ? change.note : null),
  // Changes an agreement made before reasons were stored still say so.
  reason: (change) => change.reason ?? (change.agreementId ? 'AGREEMENT_OUTCOME' : null),
  agreement: (change, _args, ctx) => (change.agreementId ? ctx.loaders.agreement.load(change.agreementId) : null),
};

export const PlanStep: PlanStepResolvers = {
  goal: (step, _args, ctx) => (step.goalId ? ctx.loaders.goal.load(step.goalId) : null),
};
