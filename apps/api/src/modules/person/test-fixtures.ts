import type { DbTable } from '@brobygger/db';
import { count, type SQL } from 'drizzle-orm';
import type { GraphQLTestClient, TestApi } from '../../testing/index';

/** Small helpers the person, participant, network, connection and opportunity tests share. */

export async function rowCount(api: TestApi, table: DbTable, where?: SQL): Promise<number> {
  const [row] = await api.handle.db.select({ n: count() }).from(table).where(where);
  return row?.n ?? 0;
}

let orgCounter = 0;

export async function createOrg(
  coordinator: GraphQLTestClient,
  input: { name?: string; sector?: string; kind?: string } = {},
): Promise<string> {
  orgCounter += 1;
  const data = await coordinator.data<{ createOrganization: { id: string } }>(
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    {
      input: {
        name: input.name ?? `Org ${orgCounter}`,
        sector: input.sector ?? 'BUSINESS',
        kind: input.kind ?? 'COMPANY',
      },
    },
  );
  return data.createOrganization.id;
}

export async function createPerson(
  coordinator: GraphQLTestClient,
  input: Record<string, unknown>,
): Promise<string> {
  const data = await coordinator.data<{ createPerson: { id: string } }>(
    `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
    { input: { sector: 'BUSINESS', ...input } },
  );
  return data.createPerson.id;
}

export async function createParticipant(
  coordinator: GraphQLTestClient,
  name: string,
  profile: Record<string, unknown> = {},
): Promise<string> {
  return createPerson(coordinator, {
    name,
    email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.no`,
    phone: '912 34 567',
    sector: 'CIVIL',
    participant: {
      status: 'IN_ACTIVITY',
      municipalityNumber: '4003',
      municipalityName: 'Skien',
      hoursPerWeek: 20,
      dreams: `${name} dreams of a bakery`,
      benefit: 'WORK_ASSESSMENT_ALLOWANCE',
      talents: [{ name: 'Baking', level: 'EXPERT' }],
      wishedIndustries: ['56'],
      ...profile,
    },
  });
}

/** The code and field of the first error, for compact assertions. */
export function firstError(result: { errors?: { extensions?: { code?: string; field?: string } }[] }) {
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field };
}
