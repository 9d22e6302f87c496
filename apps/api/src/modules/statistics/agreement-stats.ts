import { eq } from 'drizzle-orm';
import {
  AGREEMENT_KINDS,
  AGREEMENT_OUTCOMES,
  AGREEMENT_STATUSES,
  statisticsRangeSchema,
  type Sector,
} from '@brobygger/domain';
import { schema } from '@brobygger/db';
import type { GraphQLContext } from '../../context';
import { forbidden } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { periodIndex, periodsBetween } from './periods';
import { suppressionFor, toWholeMonths, type Suppression } from '../../privacy/research-counts';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR_OR_RESEARCHER } from '../../authorization/permissions';

interface AgreementFacts {
  kind: string;
  status: string;
  outcome: string | null;
  day: string;
  sectors: Set<Sector>;
  /** False when a participant party does not share their data for research. */
  researchable: boolean;
}

async function readAgreements(ctx: GraphQLContext): Promise<AgreementFacts[]> {
  const { agreements: a, agreementParties: ap, people, organizations, participantProfiles: pp } = schema;
  const rows = await ctx.db
    .select({ id: a.id, kind: a.kind, status: a.status, outcome: a.outcome, startDate: a.startDate, createdAt: a.createdAt })
    .from(a);
  const parties = await ctx.db
    .select({
      agreementId: ap.agreementId,
      personSector: people.sector,
      isParticipant: people.isParticipant,
      shares: pp.shareForResearch,
      organizationSector: organizations.sector,
    })
    .from(ap)
    .leftJoin(people, eq(people.id, ap.personId))
    .leftJoin(pp, eq(pp.personId, ap.personId))
    .leftJoin(organizations, eq(organizations.id, ap.organizationId));
  const byId = new Map<string, AgreementFacts>();
  for (const row of rows) {
    byId.set(row.id, {
      kind: row.kind,
      status: row.status,
      outcome: row.outcome,
      day: row.startDate ?? row.createdAt.slice(0, 10),
      sectors: new Set(),
      researchable: true,
    });
  }
  for (const party of parties) {
    const facts = byId.get(party.agreementId);
    if (!facts) continue;
    const sector = party.personSector ?? party.organizationSector;
    if (sector) facts.sectors.add(sector);
    if (party.isParticipant && !party.shares) facts.researchable = false;
  }
  return [...byId.values()];
}

function countBy(list: readonly AgreementFacts[], values: readonly string[], key: (a: AgreementFacts) => string | null, s: Suppression) {
  return values.map((value) => ({ value, count: s.count(list.filter((a) => key(a) === value).length) }));
}

function breakdown(list: readonly AgreementFacts[], s: Suppression) {
  return {
    total: s.count(list.length),
    byKind: countBy(list, AGREEMENT_KINDS, (a) => a.kind, s),
    byStatus: countBy(list, AGREEMENT_STATUSES, (a) => a.status, s),
    byOutcome: countBy(list, AGREEMENT_OUTCOMES, (a) => a.outcome, s),
  };
}

/**
 * agreementStats: agreements by kind, status and outcome, in all and per period of their start.
 * Researchers count only agreements whose participants all share their data for research.
 */
export async function agreementStatsFor(ctx: GraphQLContext, rangeInput: unknown) {
  requireRole(ctx, COORDINATOR_OR_RESEARCHER, 'agreementStatsFor');
  if (!ctx.viewer) throw forbidden();
  const asked = validate(statisticsRangeSchema, rangeInput ?? {}, 'range');
  const researcher = ctx.viewer.role === 'RESEARCHER';
  // Researchers get fixed bins: whole months, so adjacent days cannot be differenced.
  const range = researcher ? toWholeMonths(asked) : asked;
  const s = suppressionFor(researcher);
  const today = ctx.now().toISOString().slice(0, 10);
  const list = (await readAgreements(ctx)).filter(
    (a) => (!researcher || a.researchable) && (!range.from || a.day >= range.from) && (!range.to || a.day <= range.to),
  );
  const earliest = list.reduce((min, a) => (a.day < min ? a.day : min), range.from ?? today);
  const latest = list.reduce((max, a) => (a.day > max ? a.day : max), range.to ?? today);
  const periods = list.length === 0 ? [] : periodsBetween(range.from ?? earliest, range.to ?? latest, range.period ?? 'HALF_YEAR');
  const inPeriod: AgreementFacts[][] = periods.map(() => []);
  for (const a of list) inPeriod[periodIndex(periods, a.day)]?.push(a);
  return {
    ...breakdown(list, s),
    threeSector: s.share(list.filter((a) => a.sectors.size === 3).length, list.length),
    periods: periods.map((period, i) => ({ periodStart: period.start, periodEnd: period.end, ...breakdown(inPeriod[i] ?? [], s) })),
  };
}
