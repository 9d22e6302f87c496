import type { Resolvers } from '../../../generated/resolvers';
import { notFound } from '../../../lib/errors';
import { getAgreement } from '../../agreement/service';
import { candidateCard, introductionStatusOf } from '../candidate-cards';
import { listCandidates } from '../candidate-service';
import { draftAgreementFromIntroduction } from '../draft-agreement';
import { revealEnd, statusNow } from '../../../privacy/introductions';
import {
  answerIntroduction,
  withdrawIntroduction,
  getIntroduction,
  introductionCandidate,
  introductionParticipant,
  listIntroductions,
  requestIntroduction,
} from '../introduction-service';
import {
  confirmJobReport,
  dismissJobReport,
  jobReportParticipant,
  jobReportState,
  jobStatusFor,
  listJobReports,
} from '../job-report-service';
import { rateCandidate, removeFromShortlist, shortlist } from '../shortlist-service';
import { acceptIntroductionTerms, introductionTerms } from '../terms-service';

export const introductionResolvers: Resolvers = {
  Query: {
    candidates: (_parent, args, ctx) => listCandidates(ctx, args),
    shortlist: (_parent, { opportunityId }, ctx) => shortlist(ctx, opportunityId),
    introductionTerms: (_parent, _args, ctx) => introductionTerms(ctx),
    introductions: (_parent, args, ctx) => listIntroductions(ctx, args),
    introduction: (_parent, { id }, ctx) => getIntroduction(ctx, id),
    jobReports: (_parent, args, ctx) => listJobReports(ctx, args),
  },
  Mutation: {
    acceptIntroductionTerms: (_parent, _args, ctx) => acceptIntroductionTerms(ctx),
    requestIntroduction: (_parent, { input }, ctx) => requestIntroduction(ctx, input),
    answerIntroduction: (_parent, { id, accept }, ctx) => answerIntroduction(ctx, id, accept),
    withdrawIntroduction: (_parent, { id }, ctx) => withdrawIntroduction(ctx, id),
    draftAgreementFromIntroduction: (_parent, { id, kind }, ctx) => draftAgreementFromIntroduction(ctx, id, kind ?? undefined),
    rateCandidate: (_parent, { input }, ctx) => rateCandidate(ctx, input),
    removeFromShortlist: (_parent, { opportunityId, candidateId }, ctx) => removeFromShortlist(ctx, opportunityId, candidateId),
    confirmJobReport: (_parent, { id, status }, ctx) => confirmJobReport(ctx, id, status),
    dismissJobReport: (_parent, { id }, ctx) => dismissJobReport(ctx, id),
  },
  Introduction: {
    status: (row, _args, ctx) => statusNow(ctx, row),
    organization: async (row, _args, ctx) => {
      const organization = await ctx.loaders.organization.load(row.organizationId);
      if (!organization) throw notFound('organisation', row.organizationId);
      return organization;
    },
    opportunity: (row, _args, ctx) => (row.opportunityId ? ctx.loaders.opportunity.load(row.opportunityId) : null),
    candidate: (row, _args, ctx) => introductionCandidate(ctx, row),
    participant: (row, _args, ctx) => introductionParticipant(ctx, row),
    requestedAt: (row) => row.createdAt,
    revealedUntil: (row, _args, ctx) => revealEnd(ctx, row),
    agreement: (row, _args, ctx) => (row.agreementId ? getAgreement(ctx, row.agreementId).catch(() => null) : null),
  },
  CandidateCard: {
    introductionStatus: (card, _args, ctx) => introductionStatusOf(ctx, card),
  },
  ShortlistEntry: {
    opportunity: async (row, _args, ctx) => {
      const opening = await ctx.loaders.opportunity.load(row.opportunityId);
      if (!opening) throw notFound('opening', row.opportunityId);
      return opening;
    },
    candidate: async (row, _args, ctx) => {
      const card = await candidateCard(ctx, row.participantId);
      if (!card) throw notFound('candidate', row.id);
      return card;
    },
  },
  JobReport: {
    state: (row) => jobReportState(row),
    participant: (row, _args, ctx) => jobReportParticipant(ctx, row),
    opportunity: async (row, _args, ctx) => {
      const opening = await ctx.loaders.opportunity.load(row.opportunityId);
      if (!opening) throw notFound('opening', row.opportunityId);
      return opening;
    },
    reportedBy: async (row, _args, ctx) => {
      const opening = await ctx.loaders.opportunity.load(row.opportunityId);
      if (!opening) throw notFound('opening', row.opportunityId);
      const organization = await ctx.loaders.organization.load(opening.organizationId);
      if (!organization) throw notFound('organisation', opening.organizationId);
      return organization;
    },
    reportedAt: (row) => row.jobReportedAt ?? row.updatedAt,
    decidedAt: (row) => row.jobReportDecidedAt,
    defaultStatus: async (row, _args, ctx) => {
      const opening = await ctx.loaders.opportunity.load(row.opportunityId);
      return jobStatusFor({ hoursPerWeek: opening?.hoursPerWeek ?? null });
    },
  },
};
