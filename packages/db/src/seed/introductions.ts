import { INTRODUCTION_STATUSES, type IntroductionStatus } from '@brobygger/domain';
import type { introductions } from '../schema/index';
import { DEMO_USER_IDS } from './demo-accounts';
import { addDays, daysBetween, maxDay, minDay, randomDay, stamp } from './dates';
import type { SeedOpportunity } from './opportunities';
import type { SeedOrganization } from './organizations';
import type { SeedParticipant } from './participants';
import type { SeedContext } from './seed-context';
import { seedId } from './seed-ids';

export interface SeedIntroduction {
  row: typeof introductions.$inferInsert & {
    id: string;
    status: IntroductionStatus;
    agreementId?: string | null;
  };
  participant: SeedParticipant;
  organization: SeedOrganization;
  opportunity: SeedOpportunity | undefined;
  /** The day it was answered, for ACCEPTED, DECLINED and WITHDRAWN (a yes taken back). */
  answeredOn: string | undefined;
}

const STATUSES: readonly (readonly [IntroductionStatus, number])[] = [
  ['REQUESTED', 30],
  ['ACCEPTED', 35],
  ['DECLINED', 20],
  ['EXPIRED', 15],
];

const MESSAGES = [
  'Vi ser at du har erfaring vi trenger, og vil gjerne møte deg for en prat.',
  'Hei! Vi har en ledig arbeidstreningsplass og tror den kan passe for deg.',
  'Vi vil gjerne invitere deg til en uforpliktende omvisning hos oss.',
];

const DEADLINE_DAYS = 14;

/** Employers' requests to meet visible candidates, in every status; the demo logins' ones first. */
export function generateIntroductions(
  ctx: SeedContext,
  organizations: readonly SeedOrganization[],
  participants: readonly SeedParticipant[],
  opportunities: readonly SeedOpportunity[],
): SeedIntroduction[] {
  const { rng } = ctx;
  const visible = participants.filter((p) => p.visibleToEmployers);
  const companies = organizations.filter((o) => o.row.kind === 'COMPANY');
  const demoEmployer = organizations.find((o) => o.key === 'gmv');
  const demoParticipant = participants[0];
  const result: SeedIntroduction[] = [];
  const pairs = new Set<string>();

  const add = (
    participant: SeedParticipant,
    organization: SeedOrganization,
    opportunity: SeedOpportunity | undefined,
    status: IntroductionStatus,
    onBehalf: boolean,
  ): void => {
    const key = `${participant.person.row.id}|${organization.row.id}`;
    if (pairs.has(key)) return;
    const earliest = maxDay(
      participant.person.row.since,
      opportunity?.row.createdAt.slice(0, 10) ?? ctx.firstDay,
      addDays(ctx.today, -365),
    );
    // An expired or answered request needs time behind it; skip pairs too new for that.
    if (status === 'EXPIRED' && earliest > addDays(ctx.today, -DEADLINE_DAYS - 1)) return;
    // A withdrawn yes was an answer first.
    const answered = status === 'ACCEPTED' || status === 'DECLINED' || status === 'WITHDRAWN';
    if (answered && earliest > addDays(ctx.today, -2))
      return;
    const created =
      status === 'REQUESTED'
        ? randomDay(rng, maxDay(earliest, addDays(ctx.today, -10)), ctx.today)
        : status === 'EXPIRED'
          ? randomDay(rng, earliest, addDays(ctx.today, -DEADLINE_DAYS - 1))
          : randomDay(rng, earliest, addDays(ctx.today, -2));
    const deadline = addDays(created, DEADLINE_DAYS);
    const answeredOn = answered
      ? addDays(
          created,
          rng.int(1, Math.max(1, Math.min(DEADLINE_DAYS, daysBetween(created, ctx.today)))),
        )
      : undefined;
    pairs.add(key);
    const fromDemoEmployer = organization.key === 'gmv';
    const byParticipantLogin = participant === demoParticipant && !onBehalf;
    result.push({
      participant,
      organization,
      opportunity,
      answeredOn,
      row: {
        id: seedId('introduction', result.length + 1),
        participantId: participant.person.row.id,
        organizationId: organization.row.id,
        opportunityId: opportunity?.row.id ?? null,
        requestedByUserId: fromDemoEmployer ? DEMO_USER_IDS.employer : null,
        message: rng.pick(MESSAGES),
        status,
        deadline,
        answeredAt: answeredOn ? stamp(minDay(answeredOn, ctx.today)) : null,
        answeredByUserId: answeredOn
          ? onBehalf
            ? DEMO_USER_IDS.coordinator
            : byParticipantLogin
              ? DEMO_USER_IDS.participant
              : null
          : null,
        answeredOnBehalf: answered && onBehalf,
        agreementId: null,
        createdAt: stamp(created),
        updatedAt: stamp(answeredOn ?? created),
      },
    });
  };

  if (demoEmployer && demoParticipant) {
    const own = opportunities.filter((o) => o.organization === demoEmployer);
    add(demoParticipant, demoEmployer, own[0], 'REQUESTED', false);
    const others = visible.filter((p) => p !== demoParticipant);
    const [accepted, declined] = rng.sample(others, 2);
    if (accepted) add(accepted, demoEmployer, own[1], 'ACCEPTED', true);
    if (declined) add(declined, demoEmployer, own[2], 'DECLINED', false);
  }
  // One more request to the participant login from another employer, so their inbox is not a single item.
  const otherCompany = companies.find((c) => c !== demoEmployer);
  if (demoParticipant && otherCompany)
    add(demoParticipant, otherCompany, undefined, 'REQUESTED', false);

  let attempts = 0;
  while (result.length < ctx.sizes.introductions && attempts++ < ctx.sizes.introductions * 10) {
    // Every status at least once, then by weight.
    const missing = INTRODUCTION_STATUSES.find((s) => !result.some((r) => r.row.status === s));
    const status = missing ?? rng.weighted(STATUSES);
    const opportunity = rng.chance(0.65) ? rng.pick(opportunities) : undefined;
    const organization = opportunity?.organization ?? rng.pick(companies);
    add(rng.pick(visible), organization, opportunity, status, rng.chance(0.2));
  }
  return result;
}
