import type {
  AgreementKind,
  AgreementOutcome,
  AgreementStatus,
  PartyRole,
  Sector,
} from '@brobygger/domain';
import type { agreementParties, agreements } from '../schema/index';
import { agreementTimeline, type Anchors } from './agreement-timeline';
import { AGREEMENT_GOALS, AGREEMENT_TITLES, TERMINATION_REASONS } from './agreement-texts';
import { maxDay, randomDay, stamp } from './dates';
import { groupBy } from './group-by';
import type { SeedIntroduction } from './introductions';
import type { SeedNetwork } from './networks';
import type { SeedOrganization } from './organizations';
import type { SeedParticipant } from './participants';
import type { SeedPerson, SeedStaff } from './people';
import type { SeedContext } from './seed-context';
import { seedId } from './seed-ids';

type AgreementRow = typeof agreements.$inferInsert;
type PartyRow = typeof agreementParties.$inferInsert;

interface Party {
  personId?: string;
  organizationId?: string;
  role: PartyRole;
  sector: Sector;
  /** The day this party entered the network: nothing of the agreement happens before it. */
  since: string;
}

/** Shares of the agreements in each status; COMPLETED takes what is left. */
const STATUS_SHARES: readonly (readonly [AgreementStatus, number])[] = [
  ['DRAFT', 0.12],
  ['PROPOSED', 0.15],
  ['ACTIVE', 0.28],
  ['TERMINATED', 0.15],
];

function statusCounts(total: number): Map<AgreementStatus, number> {
  const counts = new Map<AgreementStatus, number>();
  let used = 0;
  for (const [status, share] of STATUS_SHARES) {
    const n = Math.max(1, Math.round(total * share));
    counts.set(status, n);
    used += n;
  }
  counts.set('COMPLETED', Math.max(1, total - used));
  return counts;
}

/** Walks a shuffled pool once, then falls back to any item. */
function drawer<T>(ctx: SeedContext, pool: readonly T[], fallback: readonly T[]): () => T {
  const order = ctx.rng.shuffle(pool);
  let i = 0;
  return () => order[i++] ?? ctx.rng.pick(fallback);
}

/**
 * Collaboration agreements in every lifecycle state, following the rules: PROPOSED and later
 * span two sectors or more, ACTIVE and COMPLETED are signed by every party, COMPLETED has an
 * outcome and TERMINATED a reason. Agreements that end in HIRED are written into the
 * participant's status history (the change to employment points at the agreement).
 */
export function generateAgreements(
  ctx: SeedContext,
  organizations: readonly SeedOrganization[],
  staff: SeedStaff,
  participants: readonly SeedParticipant[],
  networks: readonly SeedNetwork[],
  introductions: readonly SeedIntroduction[],
): { agreements: AgreementRow[]; parties: PartyRow[] } {
  const { rng } = ctx;
  const today = ctx.today;
  const rows: AgreementRow[] = [];
  const partyRows: PartyRow[] = [];
  let partyCount = 0;

  const companies = organizations.filter((o) => o.row.kind === 'COMPANY');
  const companiesBySection = groupBy(companies, (o) => o.section?.letter);
  const schools = organizations.filter((o) => o.row.kind === 'SCHOOL');
  const municipalities = groupBy(
    organizations.filter((o) => o.row.kind === 'MUNICIPALITY'),
    (o) => o.municipality.number,
  );
  const socialEnterprises = organizations.filter((o) => o.row.kind === 'SOCIAL_ENTERPRISE');
  const businessPeople = staff.business;
  const networksByMunicipality = groupBy(
    networks.flatMap((n) => n.municipalities.map((m) => [m, n] as const)),
    ([m]) => m,
  );

  const firstChange = (p: SeedParticipant, status: string) =>
    p.journey.find((c) => c.status === status);
  const employedChange = (p: SeedParticipant) =>
    p.journey.find((c) => c.status === 'EMPLOYED_PART_TIME' || c.status === 'EMPLOYED_FULL_TIME');

  const drawEmployed = drawer(
    ctx,
    participants.filter((p) => employedChange(p)),
    [],
  );
  const drawEducated = drawer(
    ctx,
    participants.filter((p) => firstChange(p, 'EDUCATION')),
    [],
  );
  const drawTrial = drawer(
    ctx,
    participants.filter((p) => p.status === 'WORK_TRIAL'),
    [],
  );
  const drawActive = drawer(
    ctx,
    participants.filter((p) => p.status === 'IN_ACTIVITY' || p.status === 'EDUCATION'),
    participants,
  );
  const drawEarly = drawer(
    ctx,
    participants.filter((p) => p.status === 'OUTSIDE_WORK' || p.status === 'IN_ACTIVITY'),
    participants,
  );
  const drawAny = drawer(ctx, participants, participants);
  const accepted = rng.shuffle(
    introductions.filter((i) => i.row.status === 'ACCEPTED' && i.answeredOn),
  );
  const remaining = (
    pool: () => SeedParticipant,
    size: number,
  ): (() => SeedParticipant | undefined) => {
    let left = size;
    return () => (left-- > 0 ? pool() : undefined);
  };
  const employedLeft = remaining(
    drawEmployed,
    participants.filter((p) => employedChange(p)).length,
  );
  const educatedLeft = remaining(
    drawEducated,
    participants.filter((p) => firstChange(p, 'EDUCATION')).length,
  );
  const trialLeft = remaining(
    drawTrial,
    participants.filter((p) => p.status === 'WORK_TRIAL').length,
  );

  /** A company in an industry the participant wishes for, near them if possible, in the network by `day`. */
  const employerFor = (p: SeedParticipant, day: string): SeedOrganization => {
    const known = (list: readonly SeedOrganization[] | undefined) =>
      (list ?? []).filter((c) => c.since <= day);
    const inSection = known(companiesBySection.get(rng.pick(p.sections)));
    const local = inSection.filter((c) => c.municipality.number === p.person.municipality.number);
    if (local.length > 0 && rng.chance(0.7)) return rng.pick(local);
    if (inSection.length > 0) return rng.pick(inSection);
    const any = known(companies);
    return any.length > 0 ? rng.pick(any) : rng.pick(companies);
  };
  const personParty = (person: SeedPerson, role: PartyRole): Party => ({
    personId: person.row.id,
    role,
    sector: person.row.sector,
    since: person.row.since,
  });
  const orgParty = (o: SeedOrganization, role: PartyRole): Party => ({
    organizationId: o.row.id,
    role,
    sector: o.row.sector,
    since: o.since,
  });

  function add(
    status: AgreementStatus,
    kind: AgreementKind,
    title: string,
    parties: Party[],
    options: {
      outcome?: AgreementOutcome;
      anchors?: Anchors;
      fromActive?: boolean;
      participant?: SeedParticipant;
      introduction?: SeedIntroduction;
    } = {},
  ): string {
    const id = seedId('agreement', rows.length + 1);
    const lo = maxDay(ctx.firstDay, ...parties.map((p) => p.since));
    const fromActive = options.fromActive ?? true;
    const t = agreementTimeline(ctx, status, lo, options.anchors ?? {}, fromActive);
    const signedAll =
      status === 'ACTIVE' || status === 'COMPLETED' || (status === 'TERMINATED' && fromActive);
    const signedSome = status === 'PROPOSED' || (status === 'TERMINATED' && !fromActive);
    parties.forEach((party, i) => {
      let signedAt: string | null = null;
      if (signedAll && t.proposed && t.activated)
        signedAt = randomDay(rng, t.proposed, t.activated);
      // A proposal waits for at least one signature, so the last party has not signed yet.
      else if (signedSome && t.proposed && i < parties.length - 1 && rng.chance(0.45))
        signedAt = randomDay(rng, t.proposed, t.closed ?? today);
      partyRows.push({
        id: seedId('agreementParty', ++partyCount),
        agreementId: id,
        personId: party.personId ?? null,
        organizationId: party.organizationId ?? null,
        role: party.role,
        signedAt: signedAt ? stamp(signedAt) : null,
      });
    });
    const municipality = options.participant?.person.municipality.number;
    const candidates = municipality ? networksByMunicipality.get(municipality) : undefined;
    const network = candidates && rng.chance(0.4) ? rng.pick(candidates)[1] : undefined;
    const networkOpen =
      network &&
      network.row.startedOn <= t.created &&
      (!network.row.endedOn || network.row.endedOn >= t.created);
    rows.push({
      id,
      title,
      kind,
      status,
      startDate: t.start,
      endDate: t.end,
      goals: rng.pick(AGREEMENT_GOALS[kind]),
      outcome: status === 'COMPLETED' ? (options.outcome ?? 'ENDED') : null,
      terminationReason: status === 'TERMINATED' ? rng.pick(TERMINATION_REASONS) : null,
      networkId: networkOpen ? network.row.id : null,
      opportunityId: options.introduction?.opportunity?.row.id ?? null,
      introductionId: options.introduction?.row.id ?? null,
      proposedAt: t.proposed ? stamp(t.proposed) : null,
      activatedAt: t.activated ? stamp(t.activated) : null,
      closedAt: t.closed ? stamp(t.closed) : null,
      createdAt: stamp(t.created),
      updatedAt: stamp(t.closed ?? t.activated ?? t.proposed ?? t.created),
    });
    if (options.introduction) options.introduction.row.agreementId = id;
    return id;
  }

  /** An agreement around one participant: employer, NAV and coordinator as the kind asks. */
  function forParticipant(
    status: AgreementStatus,
    kind: AgreementKind,
    p: SeedParticipant,
    options: {
      outcome?: AgreementOutcome;
      anchors?: Anchors;
      fromActive?: boolean;
      introduction?: SeedIntroduction;
      employer?: SeedOrganization;
    } = {},
  ): string {
    const parties: Party[] = [personParty(p.person, 'PARTICIPANT')];
    let counterpart: string;
    const single = status === 'DRAFT' && rng.chance(0.4);
    if (kind === 'MENTORSHIP') {
      const mentors = businessPeople.filter((b) => b.row.since <= p.person.row.since);
      const mentor = rng.pick(mentors.length > 0 ? mentors : businessPeople);
      counterpart = mentor.organization?.row.name ?? mentor.row.name;
      if (!single) parties.push(personParty(mentor, 'MENTOR'));
    } else if (kind === 'TRAINING') {
      const school = rng.pick(schools);
      counterpart = school.row.name;
      if (!single) parties.push(orgParty(school, 'PUBLIC_PARTNER'));
    } else {
      const anchor = options.anchors?.activated ?? options.anchors?.closed ?? today;
      const employer = options.employer ?? employerFor(p, anchor);
      counterpart = employer.row.name;
      if (!single) parties.push(orgParty(employer, 'EMPLOYER'));
    }
    // A draft may still be only the participant and their coordinator; the rest must cross sectors.
    if (
      !single &&
      (kind !== 'MENTORSHIP' || rng.chance(0.3)) &&
      (rng.chance(0.75) || kind === 'TRAINING')
    ) {
      parties.push(orgParty(p.navOffice, 'PUBLIC_PARTNER'));
    }
    if (single || rng.chance(0.8)) parties.push(personParty(p.coordinator, 'COORDINATOR'));
    const title = `${AGREEMENT_TITLES[kind]} ${counterpart}`;
    return add(status, kind, title, parties, { ...options, participant: p });
  }

  function partnership(status: AgreementStatus, fromActive = true): void {
    const se = rng.pick(socialEnterprises);
    const municipality =
      municipalities.get(se.municipality.number)?.[0] ??
      rng.pick([...municipalities.values()].flat());
    const local = companies.filter((c) => c.municipality === se.municipality);
    const company = rng.pick(local.length > 0 ? local : companies);
    add(
      status,
      'PARTNERSHIP',
      `${AGREEMENT_TITLES.PARTNERSHIP} ${se.row.name}, ${municipality.row.name} og ${company.row.name}`,
      [
        orgParty(se, 'COORDINATOR'),
        orgParty(municipality, 'PUBLIC_PARTNER'),
        orgParty(company, 'EMPLOYER'),
      ],
      { outcome: 'EXTENDED', fromActive },
    );
  }

  const counts = statusCounts(ctx.sizes.agreements);
  const kindOf = (choices: readonly (readonly [AgreementKind, number])[]): AgreementKind =>
    rng.weighted(choices);

  // COMPLETED: half of them hires, written into the participants' histories.
  const completed = counts.get('COMPLETED') ?? 0;
  for (let i = 0; i < completed; i++) {
    const share = i / completed;
    if (share < 0.5) {
      const p = employedLeft();
      const change = p ? employedChange(p) : undefined;
      if (p && change) {
        const trial = p.journey.find(
          (c) => c.status === 'WORK_TRIAL' && c.changedOn <= change.changedOn,
        );
        const id = forParticipant('COMPLETED', trial ? 'WORK_TRIAL' : 'EMPLOYMENT', p, {
          outcome: 'HIRED',
          anchors: { closed: change.changedOn, activated: trial?.changedOn },
        });
        change.agreementId = id;
        change.note = 'Ansatt etter samarbeidsavtale';
        continue;
      }
    } else if (share < 0.62) {
      const p = educatedLeft();
      const change = p ? firstChange(p, 'EDUCATION') : undefined;
      if (p && change) {
        change.agreementId = forParticipant(
          'COMPLETED',
          kindOf([
            ['WORK_TRIAL', 1],
            ['INTERNSHIP', 1],
          ]),
          p,
          {
            outcome: 'EDUCATION',
            anchors: { closed: change.changedOn },
          },
        );
        change.note = 'Begynte på utdanning etter avtalen';
        continue;
      }
    } else if (share < 0.7) {
      partnership('COMPLETED');
      continue;
    }
    forParticipant(
      'COMPLETED',
      kindOf([
        ['WORK_TRIAL', 3],
        ['MENTORSHIP', 2],
        ['INTERNSHIP', 1],
        ['TRAINING', 1],
      ]),
      drawAny(),
      {
        outcome: rng.chance(0.5) ? 'EXTENDED' : 'ENDED',
      },
    );
  }

  // ACTIVE: work trials of the participants in work trial now, then mentorships and training.
  const active = counts.get('ACTIVE') ?? 0;
  for (let i = 0; i < active; i++) {
    const share = i / active;
    if (share < 0.5) {
      const p = trialLeft();
      const change = p ? firstChange(p, 'WORK_TRIAL') : undefined;
      if (p && change) {
        forParticipant('ACTIVE', 'WORK_TRIAL', p, { anchors: { activated: change.changedOn } });
        continue;
      }
    } else if (share < 0.6) {
      partnership('ACTIVE');
      continue;
    }
    forParticipant(
      'ACTIVE',
      kindOf([
        ['MENTORSHIP', 2],
        ['TRAINING', 1],
        ['INTERNSHIP', 1],
      ]),
      drawActive(),
    );
  }

  // PROPOSED: accepted introductions turning into agreements, then new proposals.
  const proposed = counts.get('PROPOSED') ?? 0;
  for (let i = 0; i < proposed; i++) {
    const introduction = i % 2 === 0 ? accepted.pop() : undefined;
    if (introduction) {
      forParticipant('PROPOSED', 'WORK_TRIAL', introduction.participant, {
        introduction,
        employer: introduction.organization,
        anchors: { notBefore: introduction.answeredOn },
      });
      continue;
    }
    forParticipant(
      'PROPOSED',
      kindOf([
        ['WORK_TRIAL', 3],
        ['INTERNSHIP', 1],
        ['MENTORSHIP', 1],
      ]),
      drawEarly(),
    );
  }

  const terminated = counts.get('TERMINATED') ?? 0;
  for (let i = 0; i < terminated; i++) {
    const fromActive = rng.chance(0.7);
    if (i === terminated - 1 && terminated > 3) {
      partnership('TERMINATED', fromActive);
      continue;
    }
    forParticipant(
      'TERMINATED',
      kindOf([
        ['WORK_TRIAL', 4],
        ['INTERNSHIP', 1],
        ['MENTORSHIP', 1],
      ]),
      drawAny(),
      { fromActive },
    );
  }

  const drafts = counts.get('DRAFT') ?? 0;
  for (let i = 0; i < drafts; i++) {
    forParticipant(
      'DRAFT',
      kindOf([
        ['WORK_TRIAL', 3],
        ['TRAINING', 1],
        ['MENTORSHIP', 1],
      ]),
      drawEarly(),
    );
  }
  return { agreements: rows, parties: partyRows };
}
