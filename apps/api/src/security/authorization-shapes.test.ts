import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@brobygger/domain';
import { accessFor } from '../authorization/permissions';
import { startTestApi, type GraphQLResponse, type GraphQLTestClient, type TestApi } from '../testing/index';
import { DOCUMENT_SHAPES, sampleOperation, type DocumentShape } from './sample-operation';

/**
 * Generated from the SDL: every field of Query and Mutation, tried without a session and as
 * each role, in every document shape (plain, a named fragment, a fragment inside a fragment,
 * nested inline fragments with an alias and directives). The expected outcome of each is read
 * from the permission table the server enforces; the shape must never change it.
 */
const ROLES: Role[] = ['COORDINATOR', 'EMPLOYER', 'RESEARCHER', 'PARTICIPANT', 'ADMIN'];
/** These end the caller's session or account, so each client tries them last. */
const LAST = new Set(['logout', 'eraseMe']);

const sdl = buildSchema(readFileSync(fileURLToPath(new URL('../../../../schema.graphql', import.meta.url)), 'utf8'));
const operations = (['query', 'mutation'] as const)
  .flatMap((kind) => {
    const type = kind === 'query' ? sdl.getQueryType() : sdl.getMutationType();
    return Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field }));
  })
  .sort((a, b) => Number(LAST.has(a.field.name)) - Number(LAST.has(b.field.name)));

type Outcome = 'allowed' | 'refused by role' | 'unauthenticated';

function outcomeOf(response: GraphQLResponse, responseKey: string): Outcome {
  const refusal = response.errors?.find((error) => error.extensions?.reason === 'NO_SESSION' || error.extensions?.reason === 'ROLE');
  if (!refusal) return 'allowed';
  // A refused field answers nothing: no data leaves beside the refusal.
  const data = response.data;
  if (data?.[responseKey] != null) throw new Error(`${responseKey} was refused and still answered ${JSON.stringify(data)}`);
  return refusal.extensions?.code === 'UNAUTHENTICATED' ? 'unauthenticated' : 'refused by role';
}

function expectedFor(kind: 'query' | 'mutation', field: string, role: Role | null): Outcome {
  const access = accessFor(kind, field);
  if (access === 'public') return 'allowed';
  if (!role) return 'unauthenticated';
  return access?.includes(role) ? 'allowed' : 'refused by role';
}

let api: TestApi;
let employerOrganization: string;

beforeAll(async () => {
  api = await startTestApi();
  const coordinator = await api.as('COORDINATOR');
  employerOrganization = (
    await coordinator.data<{ createOrganization: { id: string } }>(
      `mutation { createOrganization(input: { name: "Shapes AS", sector: BUSINESS, kind: COMPANY }) { id } }`,
    )
  ).createOrganization.id;
});
afterAll(() => api.stop());

async function mismatchesOf(client: GraphQLTestClient, role: Role | null, shape: DocumentShape): Promise<string[]> {
  const mismatches: string[] = [];
  for (const { kind, field } of operations) {
    const { query, variables, responseKey } = sampleOperation(kind, field, shape);
    const outcome = outcomeOf(await client.request(query, variables), responseKey);
    const expected = expectedFor(kind, field.name, role);
    if (outcome !== expected) mismatches.push(`${kind} ${field.name}: expected ${expected}, got ${outcome}`);
  }
  return mismatches;
}

describe.each(DOCUMENT_SHAPES)('authorization with a %s', (shape) => {
  it('refuses every operation but the public ones without a session, and changes nothing', async () => {
    const versionBefore = await api.handle.dataVersion();
    expect(await mismatchesOf(api.anonymous(), null, shape)).toEqual([]);
    expect(await api.handle.dataVersion()).toBe(versionBefore);
  });

  it.each(ROLES)('lets %s call exactly the operations the table gives it', async (role) => {
    const client = await api.as(role, { organizationId: role === 'EMPLOYER' ? employerOrganization : undefined });
    expect(await mismatchesOf(client, role, shape)).toEqual([]);
  });
});
