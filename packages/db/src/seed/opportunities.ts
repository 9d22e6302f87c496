import type { OpportunityKind, OpportunityStatus } from '@brobygger/domain';
import type { opportunities, opportunityTalents } from '../schema/index';
import { addDays, maxDay, randomDay, stamp } from './dates';
import { GENERAL_TALENTS, INDUSTRY_SECTIONS, type IndustrySection } from './industries';
import type { SeedOrganization } from './organizations';
import type { SeedContext } from './seed-context';
import { seedId } from './seed-ids';

export interface SeedOpportunity {
  row: typeof opportunities.$inferInsert & {
    id: string;
    status: OpportunityStatus;
    createdAt: string;
  };
  organization: SeedOrganization;
  talents: string[];
}

const KINDS: readonly (readonly [OpportunityKind, number])[] = [
  ['WORK_TRIAL', 40],
  ['JOB', 30],
  ['INTERNSHIP', 15],
  ['MENTORSHIP', 15],
];

const STATUSES: readonly (readonly [OpportunityStatus, number])[] = [
  ['OPEN', 60],
  ['FILLED', 25],
  ['CLOSED', 15],
];

function title(kind: OpportunityKind, section: IndustrySection): string {
  switch (kind) {
    case 'WORK_TRIAL':
      return `Arbeidstreningsplass: ${section.area}`;
    case 'JOB':
      return `Medarbeider ${section.area}`;
    case 'INTERNSHIP':
      return `Praksisplass: ${section.area}`;
    case 'MENTORSHIP':
      return `Mentor innen ${section.area}`;
  }
}

/** Openings offered mostly by companies, each asking for talents of its industry. */
export function generateOpportunities(
  ctx: SeedContext,
  organizations: readonly SeedOrganization[],
): { opportunities: SeedOpportunity[]; talents: (typeof opportunityTalents.$inferInsert)[] } {
  const { rng } = ctx;
  const companies = organizations.filter((o) => o.row.kind === 'COMPANY');
  const others = organizations.filter(
    (o) => o.row.kind === 'SOCIAL_ENTERPRISE' || o.row.kind === 'MUNICIPALITY',
  );
  const demoEmployer = organizations.find((o) => o.key === 'gmv');
  const result: SeedOpportunity[] = [];
  const talentRows: (typeof opportunityTalents.$inferInsert)[] = [];

  for (let i = 0; i < ctx.sizes.opportunities; i++) {
    // The demo employer's openings come first, so its login has something to show.
    const organization =
      i < 3 && demoEmployer
        ? demoEmployer
        : rng.chance(0.85)
          ? rng.pick(companies)
          : rng.pick(others);
    const section = organization.section ?? rng.pick(INDUSTRY_SECTIONS);
    const kind = i === 0 ? 'WORK_TRIAL' : i === 1 ? 'JOB' : rng.weighted(KINDS);
    const status = i < 3 ? 'OPEN' : rng.weighted(STATUSES);
    const created =
      status === 'OPEN'
        ? randomDay(rng, addDays(ctx.today, -120), addDays(ctx.today, -1))
        : randomDay(rng, maxDay(ctx.firstDay, organization.since), addDays(ctx.today, -60));
    const wanted = new Set(rng.sample(section.talents, rng.int(2, 3)));
    if (rng.chance(0.4)) wanted.add(rng.pick(GENERAL_TALENTS));
    const id = seedId('opportunity', i + 1);
    for (const name of wanted) talentRows.push({ opportunityId: id, name });
    result.push({
      organization,
      talents: [...wanted],
      row: {
        id,
        organizationId: organization.row.id,
        title: title(kind, section),
        kind,
        status,
        description: `${organization.row.name} tilbyr ${title(kind, section).toLowerCase()} i ${organization.municipality.name}. Tett oppfølging fra brobygger og fast kontaktperson på arbeidsplassen.`,
        municipalityNumber: organization.municipality.number,
        municipalityName: organization.municipality.name,
        hoursPerWeek: kind === 'JOB' ? rng.pick([20, 30, 37]) : rng.pick([10, 15, 20, 25]),
        createdAt: stamp(created),
        updatedAt: stamp(status === 'OPEN' ? created : randomDay(rng, created, ctx.today)),
      },
    });
  }
  return { opportunities: result, talents: talentRows };
}
