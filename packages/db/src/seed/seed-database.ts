import { Faker, base, en, nb_NO } from '@faker-js/faker';
import type { DbHandle } from '../handle';
import { hashPassword } from '../password';
import {
  agreementParties,
  agreements,
  connections,
  goals,
  dreams,
  introductions,
  networkMembers,
  networks,
  opportunities,
  opportunityTalents,
  organizations,
  participantProfiles,
  participantStatusChanges,
  people,
  planSteps,
  shortlistEntries,
  talents,
  users,
  wishedIndustries,
} from '../schema/index';
import { generateAgreements } from './agreements';
import { generateConnections } from './connections';
import { isoDate } from './dates';
import { DEMO_LOGINS, DEMO_PASSWORD, demoAccountRows, type DemoLogin } from './demo-accounts';
import { isEmpty } from './database-state';
import { insertInBatches } from './insert-batches';
import { generateIntroductions } from './introductions';
import { generateNetworks } from './networks';
import { generateOpportunities } from './opportunities';
import { generateOrganizations } from './organizations';
import { generateParticipants } from './participants';
import { generateStaff } from './people';
import { generateShortlists } from './shortlists';
import { createRandom } from './random';
import { seedSizes, type SeedContext } from './seed-context';

/** KREM started on 12.12.2005; any fixed number would do. */
export const DEFAULT_SEED = 20051212;
/** "Today" of the demo data unless told otherwise, so two runs give the same dates. */
export const DEFAULT_NOW = new Date('2026-11-01T00:00:00Z');
/** The first day anyone joined the demo network. */
const FIRST_DAY = '2019-01-01';

export interface SeedOptions {
  /** Synthetic network of this many people; leave out for the Grenland demo network. */
  people?: number;
  /** Seed of the random generator; same options give the same database. */
  seed?: number;
  /** "Today" for every generated date. */
  now?: Date;
}

export interface SeedSummary {
  mode: 'demo' | 'synthetic';
  seed: number;
  /** "Today" of the data, YYYY-MM-DD. */
  today: string;
  /** Rows written per table (participants = people with a participant profile). */
  counts: {
    organizations: number;
    people: number;
    participants: number;
    statusChanges: number;
    talents: number;
    goals: number;
    dreams: number;
    planSteps: number;
    networks: number;
    networkMembers: number;
    connections: number;
    agreements: number;
    agreementParties: number;
    opportunities: number;
    introductions: number;
    users: number;
  };
  logins: readonly DemoLogin[];
  /** Wall-clock time of the whole seed, in milliseconds. */
  elapsedMs: number;
}

/**
 * Fills an empty database with the Grenland demo network, or with a synthetic network of
 * `people` people of the same shape. Deterministic: the same options give the same rows (the
 * demo users' password hashes excepted, whose salt is random). Writes everything in one
 * transaction; does not check that the database is empty (see `isDatabaseEmpty`).
 */
export async function seedDatabase(handle: DbHandle, options?: SeedOptions): Promise<SeedSummary>;
/**
 * With `onlyIfEmpty`, the emptiness check runs inside the seeding transaction, so instances
 * that start together on one database seed it once; null when it already held data.
 */
export async function seedDatabase(
  handle: DbHandle,
  options: SeedOptions & { onlyIfEmpty: true },
): Promise<SeedSummary | null>;
export async function seedDatabase(
  handle: DbHandle,
  options: SeedOptions & { onlyIfEmpty?: boolean } = {},
): Promise<SeedSummary | null> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const today = isoDate(options.now ?? DEFAULT_NOW);
  if (today < '2020-01-01') throw new Error('@brobygger/db/seed: `now` must be in 2020 or later');
  const sizes = seedSizes(options.people);
  const faker = new Faker({ locale: [nb_NO, en, base] });
  faker.seed(seed);
  const ctx: SeedContext = { rng: createRandom(seed), faker, today, firstDay: FIRST_DAY, sizes };

  const orgs = generateOrganizations(ctx);
  const staff = generateStaff(ctx, orgs);
  const { participants, rows: p } = generateParticipants(ctx, orgs, staff);
  const everyone = [...staff.all, ...participants.map((x) => x.person)];
  const net = generateNetworks(ctx, orgs, everyone);
  const ties = generateConnections(ctx, staff, participants);
  const opps = generateOpportunities(ctx, orgs);
  const intros = generateIntroductions(ctx, orgs, participants, opps.opportunities);
  const deals = generateAgreements(ctx, orgs, staff, participants, net.networks, intros);
  const shortlist = generateShortlists(ctx, intros);

  const demoParticipant = participants[0];
  if (!demoParticipant) throw new Error('@brobygger/db/seed: no participants generated');
  const usn = orgs.find((o) => o.key === 'usn-porsgrunn');
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const accounts = demoAccountRows(
    passwordHash,
    {
      coordinatorPersonId: staff.demoCoordinator.row.id,
      coordinatorOrganizationId: staff.demoCoordinator.row.organizationId ?? '',
      employerPersonId: staff.demoEmployerContact.row.id,
      employerOrganizationId: staff.demoEmployerContact.row.organizationId ?? '',
      researcherOrganizationId: usn?.row.id ?? null,
      participantPersonId: demoParticipant.person.row.id,
    },
    today,
  );

  const wrote = await handle.transaction(async (tx) => {
    if (options.onlyIfEmpty && !(await isEmpty(tx))) return false;
    await insertInBatches(
      tx,
      organizations,
      orgs.map((o) => o.row),
    );
    await insertInBatches(
      tx,
      people,
      everyone.map((x) => x.row),
    );
    await insertInBatches(tx, participantProfiles, p.profiles);
    await insertInBatches(tx, participantStatusChanges, p.statusChanges);
    await insertInBatches(tx, talents, p.talents);
    await insertInBatches(tx, goals, p.goals);
    await insertInBatches(tx, dreams, p.dreams);
    await insertInBatches(tx, planSteps, p.planSteps);
    await insertInBatches(tx, wishedIndustries, p.wishedIndustries);
    await insertInBatches(
      tx,
      networks,
      net.networks.map((n) => n.row),
    );
    await insertInBatches(tx, networkMembers, net.members);
    await insertInBatches(tx, connections, ties);
    await insertInBatches(
      tx,
      opportunities,
      opps.opportunities.map((o) => o.row),
    );
    await insertInBatches(tx, opportunityTalents, opps.talents);
    await insertInBatches(tx, users, accounts);
    await insertInBatches(
      tx,
      introductions,
      intros.map((i) => i.row),
    );
    await insertInBatches(tx, shortlistEntries, shortlist);
    await insertInBatches(tx, agreements, deals.agreements);
    await insertInBatches(tx, agreementParties, deals.parties);
    return true;
  });
  if (!wrote) return null;
  await handle.refreshStatistics();

  return {
    mode: sizes.demo ? 'demo' : 'synthetic',
    seed,
    today,
    counts: {
      organizations: orgs.length,
      people: everyone.length,
      participants: participants.length,
      statusChanges: p.statusChanges.length,
      talents: p.talents.length,
      goals: p.goals.length,
      dreams: p.dreams.length,
      planSteps: p.planSteps.length,
      networks: net.networks.length,
      networkMembers: net.members.length,
      connections: ties.length,
      agreements: deals.agreements.length,
      agreementParties: deals.parties.length,
      opportunities: opps.opportunities.length,
      introductions: intros.length,
      users: accounts.length,
    },
    logins: DEMO_LOGINS,
    elapsedMs: Math.round(performance.now() - started),
  };
}
