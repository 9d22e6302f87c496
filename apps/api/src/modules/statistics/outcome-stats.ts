import { asc, eq } from 'drizzle-orm';
import {
  PAID_WORK_STATUSES,
  PARTICIPANT_STATUSES,
  statisticsRangeSchema,
  type ParticipantStatus,
} from '@brobygger/domain';
import { schema } from '@brobygger/db';
import type { GraphQLContext } from '../../context';
import { forbidden } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { periodsBetween } from './periods';
import { summarize } from './summary';
import { suppressionFor, toWholeMonths } from '../../privacy/research-counts';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR_OR_RESEARCHER } from '../../authorization/permissions';

const DAY_MS = 86_400_000;

interface Journey {
  joined: string;
  status: ParticipantStatus;
  hoursPerWeek: number | null;
  changes: { status: ParticipantStatus; on: string }[];
}

const paid = (status: ParticipantStatus) => PAID_WORK_STATUSES.includes(status);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/**
 * Every participant the viewer may count, with their status history. Researchers count only
 * those who share their data for research. Joining is the first status on record (the start
 * of the path), or the day the person entered the network when no status was recorded.
 */
async function readJourneys(ctx: GraphQLContext, researcher: boolean): Promise<Journey[]> {
  const { participantProfiles: p, participantStatusChanges: c, people } = schema;
  const profiles = await ctx.db
    .select({ personId: p.personId, status: p.status, hours: p.hoursPerWeek, share: p.shareForResearch, since: people.since, createdAt: p.createdAt })
    .from(p)
    .innerJoin(people, eq(people.id, p.personId));
  const changes = await ctx.db
    .select({ personId: c.personId, status: c.status, on: c.changedOn })
    .from(c)
    .orderBy(asc(c.personId), asc(c.changedOn), asc(c.createdAt));
  const byPerson = new Map<string, { status: ParticipantStatus; on: string }[]>();
  for (const row of changes) {
    const list = byPerson.get(row.personId) ?? [];
    list.push({ status: row.status, on: row.on });
    byPerson.set(row.personId, list);
  }
  return profiles
    .filter((row) => !researcher || row.share)
    .map((row) => {
      const history = byPerson.get(row.personId) ?? [];
      return {
        joined: history[0]?.on ?? row.since ?? row.createdAt.slice(0, 10),
        status: row.status,
        hoursPerWeek: row.hours,
        changes: history,
      };
    });
}

/** The status a participant had at the end of `day`, or null before they joined. */
function statusOn(journey: Journey, day: string): ParticipantStatus | null {
  if (journey.joined > day) return null;
  if (journey.changes.length === 0) return journey.status;
  let status: ParticipantStatus | null = null;
  for (const change of journey.changes) {
    if (change.on > day) break;
    status = change.status;
  }
  return status;
}

/** outcomeStats: IPS-style measures of the path to work, counts suppressed for researchers. */
export async function outcomeStatsFor(ctx: GraphQLContext, rangeInput: unknown) {
  requireRole(ctx, COORDINATOR_OR_RESEARCHER, 'outcomeStatsFor');
  if (!ctx.viewer) throw forbidden();
  const asked = validate(statisticsRangeSchema, rangeInput ?? {}, 'range');
  const researcher = ctx.viewer.role === 'RESEARCHER';
  // Researchers get fixed bins: whole months, so adjacent days cannot be differenced.
  const range = researcher ? toWholeMonths(asked) : asked;
  const s = suppressionFor(researcher);
  const today = ctx.now().toISOString().slice(0, 10);
  const all = await readJourneys(ctx, researcher);
  const journeys = all.filter((j) => (!range.from || j.joined >= range.from) && (!range.to || j.joined <= range.to));

  const working = journeys.filter((j) => paid(j.status));
  const firstJobDays: number[] = [];
  for (const j of journeys) {
    const first = j.changes.find((c) => paid(c.status));
    if (first) firstJobDays.push(Math.max(0, daysBetween(j.joined, first.on)));
    else if (paid(j.status) && j.changes.length === 0) firstJobDays.push(0);
  }
  const hours = working.flatMap((j) => (j.hoursPerWeek === null ? [] : [j.hoursPerWeek]));

  const earliest = journeys.reduce((min, j) => (j.joined < min ? j.joined : min), range.from ?? today);
  const periods = journeys.length === 0 ? [] : periodsBetween(range.from ?? earliest, range.to ?? today, range.period ?? 'HALF_YEAR');

  return {
    participants: s.count(journeys.length),
    inPaidWork: s.share(working.length, journeys.length),
    everInPaidWork: s.share(firstJobDays.length, journeys.length),
    byStatus: PARTICIPANT_STATUSES.map((status) => ({
      status,
      count: s.count(journeys.filter((j) => j.status === status).length),
    })),
    daysToFirstJob: summarize(firstJobDays, s),
    hoursPerWeekEmployed: summarize(hours, s),
    paidWorkOverTime: periods.map((period) => {
      const day = period.end < today ? period.end : today;
      let joined = 0;
      let inWork = 0;
      for (const j of journeys) {
        const status = statusOn(j, day);
        if (status === null) continue;
        joined += 1;
        if (paid(status)) inWork += 1;
      }
      return { periodStart: period.start, periodEnd: period.end, inPaidWork: s.share(inWork, joined) };
    }),
  };
}
