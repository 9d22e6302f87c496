import { allowedMoves, isThreeSector } from '@brobygger/domain';
import type { AgreementPartyResolvers, AgreementResolvers } from '../../../generated/resolvers';
import { todayOf } from '../lifecycle-service';
import { partyName, partyPerson, partySector } from '../party-view';
import { readsAsResearcher } from '../../../privacy/agreements';
import { toMonth } from '../../../privacy/months';
import type { GraphQLContext } from '../../../context';
import type { AgreementRow } from '@brobygger/db/schema';
import type { Sector } from '@brobygger/domain';

async function sectorsOfAgreement(ctx: GraphQLContext, agreement: AgreementRow): Promise<Sector[]> {
  const parties = await ctx.loaders.partiesOfAgreement.load(agreement.id);
  const sectors = await Promise.all(parties.map((party) => partySector(ctx, party)));
  return [...new Set(sectors)];
}

/** A field researchers read to the month: dates of agreements with participants are quasi-identifiers. */
const dated =
  <
    K extends
      | 'startDate'
      | 'endDate'
      | 'createdAt'
      | 'updatedAt'
      | 'proposedAt'
      | 'activatedAt'
      | 'closedAt',
  >(
    key: K,
  ) =>
  (row: AgreementRow, _args: unknown, ctx: GraphQLContext) =>
    readsAsResearcher(ctx) ? toMonth(row[key]) : row[key];

export const Agreement: AgreementResolvers = {
  startDate: dated('startDate'),
  endDate: dated('endDate'),
  createdAt: dated('createdAt'),
  updatedAt: dated('updatedAt'),
  proposedAt: dated('proposedAt'),
  activatedAt: dated('activatedAt'),
  closedAt: dated('closedAt'),
  // Free text can name a person or a diagnosis: never for researchers.
  // Titles are free text too; researchers read the kind instead (an empty title means withheld).
  title: (row, _args, ctx) => (readsAsResearcher(ctx) ? '' : row.title),
  goals: (row, _args, ctx) => (readsAsResearcher(ctx) ? null : row.goals),
  terminationReason: (row, _args, ctx) => (readsAsResearcher(ctx) ? null : row.terminationReason),
  // Named, the network or the opening (and its employer) would stand beside the participant
  // parties; researchers get neither, nor the outcome (privacy/agreements.ts).
  network: (row, _args, ctx) => (row.networkId && !readsAsResearcher(ctx) ? ctx.loaders.network.load(row.networkId) : null),
  opportunity: (row, _args, ctx) =>
    row.opportunityId && !readsAsResearcher(ctx) ? ctx.loaders.opportunity.load(row.opportunityId) : null,
  outcome: (row, _args, ctx) => (readsAsResearcher(ctx) ? null : row.outcome),
  parties: (row, _args, ctx) => ctx.loaders.partiesOfAgreement.load(row.id),
  sectors: (row, _args, ctx) => sectorsOfAgreement(ctx, row),
  threeSector: async (row, _args, ctx) => isThreeSector(await sectorsOfAgreement(ctx, row)),
  allowedMoves: async (row, _args, ctx) => {
    const parties = await ctx.loaders.partiesOfAgreement.load(row.id);
    const facts = await Promise.all(
      parties.map(async (party) => ({ ...party, sector: await partySector(ctx, party) })),
    );
    // A researcher reads dates to the month only, so the date rules (whose reasons carry the
    // exact day) are left out of their view; they make no moves anyway.
    const dated = readsAsResearcher(ctx)
      ? {}
      : { kind: row.kind, startDate: row.startDate, endDate: row.endDate };
    const today = readsAsResearcher(ctx) ? undefined : todayOf(ctx);
    return allowedMoves({ status: row.status, parties: facts, ...dated }, today).map((option) => ({
      move: option.move.toUpperCase() as Uppercase<typeof option.move>,
      allowed: option.allowed,
      reason: option.reason,
      code: option.problem,
      params: option.params,
    }));
  },
};

export const AgreementParty: AgreementPartyResolvers = {
  signedAt: (party, _args, ctx) =>
    readsAsResearcher(ctx) ? toMonth(party.signedAt) : party.signedAt,
  person: (party, _args, ctx) => partyPerson(ctx, party),
  organization: (party, _args, ctx) =>
    party.organizationId && !readsAsResearcher(ctx) ? ctx.loaders.organization.load(party.organizationId) : null,
  name: (party, _args, ctx) => partyName(ctx, party),
  sector: (party, _args, ctx) => partySector(ctx, party),
};
