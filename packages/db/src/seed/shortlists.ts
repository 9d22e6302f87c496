import type { shortlistEntries } from '../schema/index';
import { DEMO_USER_IDS } from './demo-accounts';
import { addDays, minDay, stamp } from './dates';
import type { SeedIntroduction } from './introductions';
import type { SeedContext } from './seed-context';
import { seedId } from './seed-ids';

/**
 * The demo employer's shortlist: the candidate who accepted its introduction got the job, which
 * the employer reported and a coordinator has yet to confirm on the journey (the demo's one
 * pending report on the coordinator's Introduksjoner page).
 */
export function generateShortlists(
  ctx: SeedContext,
  introductions: readonly SeedIntroduction[],
): (typeof shortlistEntries.$inferInsert)[] {
  const hired = introductions.find(
    (i) =>
      i.organization.key === 'gmv' && i.row.status === 'ACCEPTED' && i.opportunity && i.answeredOn,
  );
  if (!hired?.opportunity || !hired.answeredOn) return [];
  const reportedAt = stamp(minDay(addDays(hired.answeredOn, 1), ctx.today));
  return [
    {
      id: seedId('shortlistEntry', 1),
      opportunityId: hired.opportunity.row.id,
      participantId: hired.participant.person.row.id,
      rating: 'GOT_THE_JOB',
      ratedByUserId: DEMO_USER_IDS.employer,
      jobReportState: 'PENDING',
      jobReportedAt: reportedAt,
      createdAt: hired.row.createdAt,
      updatedAt: reportedAt,
    },
  ];
}
