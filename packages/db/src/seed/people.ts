import type { Sector } from '@brobygger/domain';
import type { NewPersonRow } from '../schema/index';
import { emailAddress, mobileNumber, slugify } from './contact-details';
import { addDays, daysBetween, randomDay, stamp } from './dates';
import type { Municipality } from './grenland';
import type { SeedOrganization } from './organizations';
import { STAFF_TITLES } from './profile-texts';
import type { Random } from './random';
import type { SeedContext } from './seed-context';
import { seedId } from './seed-ids';

/** A person row with what the later generators need to know about them. */
export interface SeedPerson {
  row: NewPersonRow & { id: string; sector: Sector; since: string; name: string };
  organization: SeedOrganization | undefined;
  municipality: Municipality;
}

/** The people who are not participants, grouped the ways the later generators look them up. */
export interface SeedStaff {
  all: SeedPerson[];
  byOrganization: Map<string, SeedPerson[]>;
  /** Coordinators (brobyggere) at the social enterprises. */
  coordinators: SeedPerson[];
  /** Employers' contact people, in companies. */
  business: SeedPerson[];
  /** The coordinator at KREM behind the demo login. */
  demoCoordinator: SeedPerson;
  /** The contact person of the demo employer organisation. */
  demoEmployerContact: SeedPerson;
}

const SECTOR_SHARES: readonly (readonly [Sector, number])[] = [
  ['BUSINESS', 0.5],
  ['PUBLIC', 0.3],
  ['CIVIL', 0.2],
];

/** How many people each organisation of a sector gets: one each first, the rest by size. */
function allocate(
  rng: Random,
  organizations: readonly SeedOrganization[],
  budget: number,
): number[] {
  const counts = organizations.map(() => 0);
  const order = rng.shuffle(organizations.map((_, i) => i));
  for (const i of order.slice(0, budget)) counts[i] = 1;
  let left = budget - Math.min(budget, organizations.length);
  const weights = organizations.map((o) => {
    const base = Math.sqrt(o.row.employees ?? 1);
    // NAV offices and social enterprises are where the bridge-building people work.
    return o.row.kind === 'NAV_OFFICE' || o.row.kind === 'SOCIAL_ENTERPRISE' ? base * 3 : base;
  });
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  while (left-- > 0) {
    const roll = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > roll) hi = mid;
      else lo = mid + 1;
    }
    counts[lo] = (counts[lo] ?? 0) + 1;
  }
  return counts;
}

export function generateStaff(
  ctx: SeedContext,
  organizations: readonly SeedOrganization[],
): SeedStaff {
  const { rng, faker } = ctx;
  const budget = ctx.sizes.people - ctx.sizes.participants;
  const all: SeedPerson[] = [];
  const byOrganization = new Map<string, SeedPerson[]>();
  const latest = addDays(ctx.today, -30);

  for (const [sector, share] of SECTOR_SHARES) {
    const inSector = organizations.filter(
      (o) => o.row.sector === sector && o.row.kind !== 'STATE_AGENCY',
    );
    const sectorBudget = sector === 'CIVIL' ? budget - all.length : Math.round(budget * share);
    const counts = allocate(rng, inSector, sectorBudget);
    inSector.forEach((organization, i) => {
      const list: SeedPerson[] = [];
      for (let k = 0; k < (counts[i] ?? 0); k++) {
        const first = faker.person.firstName();
        const last = faker.person.lastName();
        const early =
          organization.row.kind === 'SOCIAL_ENTERPRISE' || organization.row.kind === 'NAV_OFFICE';
        // Coordinators and NAV officers tend to have been in the network longest.
        const to = early
          ? addDays(
              organization.since,
              Math.max(0, Math.floor(daysBetween(organization.since, latest) / 3)),
            )
          : latest;
        const since =
          k === 0 && early ? organization.since : randomDay(rng, organization.since, to);
        const titles = STAFF_TITLES[organization.row.kind] ?? ['Rådgiver'];
        const person: SeedPerson = {
          organization,
          municipality: organization.municipality,
          row: {
            id: '',
            name: `${first} ${last}`,
            email: emailAddress(first, last, `${slugify(organization.row.name)}.example.org`),
            phone: mobileNumber(rng),
            sector,
            title: k === 0 ? (titles[0] ?? null) : rng.pick(titles),
            organizationId: organization.row.id,
            isParticipant: false,
            since,
            createdAt: stamp(since),
            updatedAt: stamp(since),
          },
        };
        list.push(person);
        all.push(person);
      }
      byOrganization.set(organization.row.id, list);
    });
  }
  all.forEach((person, i) => (person.row.id = seedId('person', i + 1)));

  const firstAt = (key: string): SeedPerson => {
    const organization = organizations.find((o) => o.key === key);
    const person = organization ? byOrganization.get(organization.row.id)?.[0] : undefined;
    if (!person) throw new Error(`@brobygger/db/seed: no staff at ${key}`);
    return person;
  };
  const demoCoordinator = firstAt('krem');
  demoCoordinator.row.title = 'Brobygger';
  const demoEmployerContact = firstAt('gmv');
  demoEmployerContact.row.title = 'HR-ansvarlig';

  return {
    all,
    byOrganization,
    coordinators: all.filter((p) => p.organization?.row.kind === 'SOCIAL_ENTERPRISE'),
    business: all.filter((p) => p.row.sector === 'BUSINESS'),
    demoCoordinator,
    demoEmployerContact,
  };
}
