import {
  PARTICIPANT_STATUSES,
  type BenefitKind,
  type GoalStatus,
  type ParticipantStatus,
  type StatusChangeReason,
  type TalentLevel,
} from '@brobygger/domain';
import type {
  dreams as dreamsTable,
  goals,
  participantProfiles,
  participantStatusChanges,
  planSteps,
  talents,
  wishedIndustries,
} from '../schema/index';
import { emailAddress, mobileNumber } from './contact-details';
import { addDays, daysBetween, maxDay, minDay, randomDay, stamp } from './dates';
import { MUNICIPALITY_WEIGHTS, municipalityByNumber, type Municipality } from './grenland';
import { groupBy } from './group-by';
import { GENERAL_TALENTS, INDUSTRY_SECTIONS, sectionByLetter } from './industries';
import type { SeedOrganization } from './organizations';
import type { SeedPerson, SeedStaff } from './people';
import { DREAMS, GOALS, PLAN_STEPS } from './profile-texts';
import type { SeedContext } from './seed-context';
import { idSequence, seedId } from './seed-ids';

type StatusChangeRow = typeof participantStatusChanges.$inferInsert & {
  status: ParticipantStatus;
  changedOn: string;
};

/** A participant with their journey, for the generators that tie agreements and introductions to it. */
export interface SeedParticipant {
  person: SeedPerson;
  navOffice: SeedOrganization;
  coordinator: SeedPerson;
  status: ParticipantStatus;
  /** The status history in order; rows are shared with `rows.statusChanges`, so agreements can link them. */
  journey: StatusChangeRow[];
  talents: string[];
  /** Wished industries as NACE section letters. */
  sections: string[];
  visibleToEmployers: boolean;
  shareForResearch: boolean;
}

export interface ParticipantRows {
  people: SeedPerson['row'][];
  profiles: (typeof participantProfiles.$inferInsert)[];
  statusChanges: StatusChangeRow[];
  talents: (typeof talents.$inferInsert)[];
  goals: (typeof goals.$inferInsert)[];
  dreams: (typeof dreamsTable.$inferInsert)[];
  planSteps: (typeof planSteps.$inferInsert)[];
  wishedIndustries: (typeof wishedIndustries.$inferInsert)[];
}

/** The usual reason of a step along the path, for the seeded history. */
const REASON_OF_STATUS: Readonly<Record<ParticipantStatus, StatusChangeReason>> = {
  OUTSIDE_WORK: 'ENDED_EARLY',
  IN_ACTIVITY: 'STARTED_ACTIVITY',
  WORK_TRIAL: 'STARTED_WORK_TRIAL',
  EDUCATION: 'STARTED_EDUCATION',
  EMPLOYED_PART_TIME: 'HIRED',
  EMPLOYED_FULL_TIME: 'HIRED',
};

const FINAL_STATUS: readonly (readonly [ParticipantStatus, number])[] = [
  ['OUTSIDE_WORK', 18],
  ['IN_ACTIVITY', 26],
  ['WORK_TRIAL', 16],
  ['EDUCATION', 10],
  ['EMPLOYED_PART_TIME', 17],
  ['EMPLOYED_FULL_TIME', 13],
];

const BENEFITS: readonly (readonly [BenefitKind, number])[] = [
  ['WORK_ASSESSMENT_ALLOWANCE', 34],
  ['SICK_PAY', 14],
  ['SOCIAL_ASSISTANCE', 12],
  ['UNEMPLOYMENT_BENEFIT', 10],
  ['DISABILITY_BENEFIT', 8],
  ['QUALIFICATION_PROGRAMME', 8],
  ['NONE', 8],
  ['OTHER', 6],
];

const HOURS: Record<ParticipantStatus, readonly number[]> = {
  OUTSIDE_WORK: [5, 10, 15],
  IN_ACTIVITY: [10, 15, 20],
  WORK_TRIAL: [15, 20, 25, 30],
  EDUCATION: [20, 30, 37],
  EMPLOYED_PART_TIME: [20, 25, 30],
  EMPLOYED_FULL_TIME: [37],
};

const SECTION_WEIGHTS = INDUSTRY_SECTIONS.map(
  (s) => [s.letter, ['C', 'F', 'G', 'H', 'I', 'N', 'Q'].includes(s.letter) ? 3 : 1] as const,
);

const LEVELS: readonly (readonly [TalentLevel, number])[] = [
  ['BASIC', 35],
  ['SKILLED', 45],
  ['EXPERT', 20],
];

/** The statuses walked from OUTSIDE_WORK to `final`, skipping some steps the way people do. */
function walkPath(ctx: SeedContext, final: ParticipantStatus): ParticipantStatus[] {
  const { rng } = ctx;
  const end = PARTICIPANT_STATUSES.indexOf(final);
  const path: ParticipantStatus[] = ['OUTSIDE_WORK'];
  for (let i = 1; i <= end; i++) {
    const status = PARTICIPANT_STATUSES[i] as ParticipantStatus;
    const keep =
      i === end ||
      status === 'IN_ACTIVITY' ||
      (status === 'WORK_TRIAL' && rng.chance(0.75)) ||
      (status === 'EDUCATION' && rng.chance(0.25)) ||
      (status === 'EMPLOYED_PART_TIME' && rng.chance(0.6));
    if (keep) path.push(status);
  }
  return path;
}

export function generateParticipants(
  ctx: SeedContext,
  organizations: readonly SeedOrganization[],
  staff: SeedStaff,
): { participants: SeedParticipant[]; rows: ParticipantRows } {
  const { rng, faker } = ctx;
  const navByMunicipality = new Map<string, SeedOrganization>();
  for (const o of organizations)
    if (o.row.kind === 'NAV_OFFICE') navByMunicipality.set(o.municipality.number, o);
  const coordinatorsByMunicipality = groupBy(staff.coordinators, (c) => c.municipality.number);

  const rows: ParticipantRows = {
    people: [],
    profiles: [],
    statusChanges: [],
    talents: [],
    goals: [],
    dreams: [],
    planSteps: [],
    wishedIndustries: [],
  };
  const participants: SeedParticipant[] = [];
  const nextChange = idSequence('statusChange');
  const nextTalent = idSequence('talent');
  const nextGoal = idSequence('goal');
  const nextDream = idSequence('dream');
  const nextStep = idSequence('planStep');
  const latestStart = addDays(ctx.today, -45);

  for (let i = 0; i < ctx.sizes.participants; i++) {
    // The first participant is the one behind the demo login: Skien, in activity, sharing.
    const demo = i === 0;
    const municipality: Municipality = demo
      ? municipalityByNumber('4003')
      : rng.weighted(MUNICIPALITY_WEIGHTS);
    const navOffice = navByMunicipality.get(municipality.number);
    if (!navOffice) throw new Error(`@brobygger/db/seed: no NAV office in ${municipality.name}`);
    const local = coordinatorsByMunicipality.get(municipality.number);
    const coordinator = demo
      ? staff.demoCoordinator
      : local && rng.chance(0.8)
        ? rng.pick(local)
        : rng.chance(0.5)
          ? staff.demoCoordinator
          : rng.pick(staff.coordinators);
    const first = faker.person.firstName();
    const last = faker.person.lastName();
    const since = demo
      ? addDays(ctx.today, -300)
      : randomDay(rng, maxDay(ctx.firstDay, coordinator.row.since), latestStart);
    const id = seedId('person', staff.all.length + i + 1);
    const person: SeedPerson = {
      organization: coordinator.organization,
      municipality,
      row: {
        id,
        name: `${first} ${last}`,
        email: emailAddress(first, last, 'example.org'),
        phone: mobileNumber(rng),
        sector: 'CIVIL',
        title: null,
        organizationId: coordinator.organization?.row.id ?? null,
        isParticipant: true,
        since,
        createdAt: stamp(since),
        updatedAt: stamp(since),
      },
    };
    rows.people.push(person.row);

    // The journey: dates spread between joining and today, in path order.
    const final = demo ? 'IN_ACTIVITY' : rng.weighted(FINAL_STATUS);
    const path = walkPath(ctx, final);
    const span = daysBetween(since, ctx.today);
    const offsets = path
      .map((_, k) => (k === 0 ? 0 : rng.int(1, Math.max(1, span - 1))))
      .sort((a, b) => a - b);
    const journey: StatusChangeRow[] = path.map((status, k) => {
      const changedOn = addDays(since, offsets[k] ?? 0);
      return {
        id: nextChange(),
        personId: id,
        status,
        changedOn,
        note: k === 0 ? 'Startet hos brobyggeren' : null,
        reason: k === 0 ? 'PROFILE_CREATED' : REASON_OF_STATUS[status],
        agreementId: null,
        createdAt: stamp(changedOn),
      };
    });
    rows.statusChanges.push(...journey);
    const changedOn = journey[journey.length - 1]?.changedOn ?? since;

    const sections = rng
      .sample(
        SECTION_WEIGHTS.map(([l]) => l),
        1,
      )
      .concat(
        rng.chance(0.6) ? [rng.weighted(SECTION_WEIGHTS)] : [],
        rng.chance(0.25) ? [rng.weighted(SECTION_WEIGHTS)] : [],
      );
    const uniqueSections = [...new Set(sections)];
    for (const industry of uniqueSections) rows.wishedIndustries.push({ personId: id, industry });

    const talentNames = new Set<string>();
    const talentCount = rng.int(2, 5);
    while (talentNames.size < talentCount) {
      const pool = rng.chance(0.7)
        ? sectionByLetter(rng.pick(uniqueSections)).talents
        : GENERAL_TALENTS;
      talentNames.add(rng.pick(pool));
    }
    [...talentNames].forEach((name, position) =>
      rows.talents.push({ id: nextTalent(), personId: id, name, level: rng.weighted(LEVELS), position }),
    );

    const goalIds: string[] = [];
    for (const [position, text] of rng.sample(GOALS, rng.int(1, 3)).entries()) {
      const status: GoalStatus = rng.weighted([
        ['OPEN', 30],
        ['IN_PROGRESS', 40],
        ['ACHIEVED', 22],
        ['DROPPED', 8],
      ]);
      const targetDate =
        status === 'ACHIEVED'
          ? randomDay(rng, since, ctx.today)
          : randomDay(rng, addDays(ctx.today, -30), addDays(ctx.today, 365));
      const goalId = nextGoal();
      goalIds.push(goalId);
      rows.goals.push({
        id: goalId,
        personId: id,
        text,
        status,
        targetDate,
        position,
        createdAt: stamp(since),
        updatedAt: stamp(minDay(ctx.today, maxDay(since, targetDate))),
      });
    }

    const steps = rng.sample(PLAN_STEPS, rng.int(2, 5));
    const stepSpan = daysBetween(since, addDays(ctx.today, 180));
    steps.forEach((text, position) => {
      const dueDate = addDays(since, Math.round(((position + 1) * stepSpan) / (steps.length + 1)));
      const done = dueDate <= ctx.today && rng.chance(0.8);
      const doneAt = done
        ? minDay(ctx.today, randomDay(rng, addDays(dueDate, -10), addDays(dueDate, 5)))
        : null;
      rows.planSteps.push({
        id: nextStep(),
        personId: id,
        goalId: goalIds.length > 0 && rng.chance(0.6) ? rng.pick(goalIds) : null,
        text,
        dueDate,
        done,
        doneAt: doneAt ? stamp(maxDay(since, doneAt)) : null,
        position,
        createdAt: stamp(since),
        updatedAt: stamp(doneAt ? maxDay(since, doneAt) : since),
      });
    });

    const visibleToEmployers = demo || rng.chance(0.75);
    const shareForResearch = demo || rng.chance(0.8);
    const consentDay = (given: boolean): string | null =>
      given || rng.chance(0.5) ? randomDay(rng, since, ctx.today) : null;
    const employed = final === 'EMPLOYED_FULL_TIME' || final === 'EMPLOYED_PART_TIME';
    rng.sample(DREAMS, rng.int(1, 2)).forEach((text, position) =>
      rows.dreams.push({
        id: nextDream(),
        personId: id,
        text,
        position,
        createdAt: stamp(since),
        updatedAt: stamp(since),
      }),
    );
    const visibleChanged = consentDay(visibleToEmployers);
    const researchChanged = consentDay(shareForResearch);
    rows.profiles.push({
      personId: id,
      status: final,
      municipalityNumber: municipality.number,
      municipalityName: municipality.name,
      hoursPerWeek: rng.pick(HOURS[final]),
      benefit:
        employed && rng.chance(final === 'EMPLOYED_FULL_TIME' ? 0.8 : 0.3)
          ? 'NONE'
          : rng.weighted(BENEFITS),
      publicPartnerId: navOffice.row.id,
      coordinatorId: coordinator.row.id,
      visibleToEmployers,
      visibleToEmployersChangedAt: visibleChanged ? stamp(visibleChanged) : null,
      shareForResearch,
      shareForResearchChangedAt: researchChanged ? stamp(researchChanged) : null,
      createdAt: stamp(since),
      updatedAt: stamp(changedOn),
    });

    participants.push({
      person,
      navOffice,
      coordinator,
      status: final,
      journey,
      talents: [...talentNames],
      sections: uniqueSections,
      visibleToEmployers,
      shareForResearch,
    });
  }
  return { participants, rows };
}
