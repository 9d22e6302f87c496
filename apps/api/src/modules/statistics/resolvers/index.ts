import type { Resolvers } from '../../../generated/resolvers';
import { agreementStatsFor } from '../agreement-stats';
import { eiOverTimeFor } from '../ei-over-time';
import { outcomeStatsFor } from '../outcome-stats';

export const statisticsResolvers: Resolvers = {
  Query: {
    eiOverTime: (_parent, { filter, dates }, ctx) => eiOverTimeFor(ctx, filter, dates),
    outcomeStats: (_parent, { range }, ctx) => outcomeStatsFor(ctx, range),
    agreementStats: (_parent, { range }, ctx) => agreementStatsFor(ctx, range),
  },
};
