import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DbHandle } from '@brobygger/db';
import { createScratchDatabase, type ScratchDatabase } from '@brobygger/db/testing';
import type { Role } from '@brobygger/domain';
import { buildContext, type Viewer } from '../context';
import { loadEnv } from '../env';
import { buildSchema } from '../schema';
import { DOCUMENT_SHAPES, sampleOperation } from '../security/sample-operation';
import { guardRootFields } from './field-guard';
import { accessFor } from './permissions';

/**
 * The services' own check, tested with the field guard taken away: a resolver path that
 * skipped the guard must still meet a logged-in viewer of an allowed role in the service.
 */
const ROLES: Role[] = ['COORDINATOR', 'EMPLOYER', 'RESEARCHER', 'PARTICIPANT', 'ADMIN'];

/**
 * Services reached by more roles than the root field that shares them, through a nested field:
 * `listPeople` also answers `Organization.people` for employers.
 */
const WIDER_IN_SERVICE: Record<string, Role[]> = { 'query people': ['EMPLOYER'] };

let scratch: ScratchDatabase;
let handle: DbHandle;
const unguarded: GraphQLSchema = buildSchema();
const env = loadEnv({ NODE_ENV: 'test', LOG_REQUESTS: 'false' });

beforeAll(async () => {
  scratch = await createScratchDatabase();
  handle = await connectDatabase(scratch.location);
});
afterAll(async () => {
  await handle.close();
  await scratch.drop();
});

function viewerOf(role: Role): Viewer {
  return { userId: 'usr_none', email: 'x@test.example', role, personId: null, organizationId: null, sessionId: 'ses_none' };
}

async function refusalReason(schema: GraphQLSchema, kind: 'query' | 'mutation', fieldName: string, viewer: Viewer | null) {
  const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  const field = type!.getFields()[fieldName]!;
  const { query, variables } = sampleOperation(kind, field);
  const contextValue = buildContext({
    handle,
    env,
    viewer,
    requestId: 'second-line',
    cookies: { set() {}, clear() {} },
  });
  const result = await graphql({ schema, source: query, variableValues: variables, contextValue });
  return result.errors?.map((error) => error.extensions.reason).find((reason) => reason === 'NO_SESSION' || reason === 'ROLE');
}

const operations = (['query', 'mutation'] as const).flatMap((kind) =>
  Object.keys((kind === 'query' ? unguarded.getQueryType() : unguarded.getMutationType())?.getFields() ?? {})
    .filter((name) => name !== 'logout' && name !== 'eraseMe')
    .map((name) => ({ kind, name })),
);

describe('services refuse on their own, without the field guard', () => {
  it('refuses a caller without a session everything but the public operations', async () => {
    const wrong: string[] = [];
    for (const { kind, name } of operations) {
      const expected = accessFor(kind, name) === 'public' ? undefined : 'NO_SESSION';
      const reason = await refusalReason(unguarded, kind, name, null);
      if (reason !== expected) wrong.push(`${kind} ${name}: ${String(reason)}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each(ROLES)('refuses %s what the permission table does not give it', async (role) => {
    const wrong: string[] = [];
    for (const { kind, name } of operations) {
      const access = accessFor(kind, name);
      const allowed = access === 'public' || access?.includes(role) || WIDER_IN_SERVICE[`${kind} ${name}`]?.includes(role);
      const reason = await refusalReason(unguarded, kind, name, viewerOf(role));
      if ((reason === 'ROLE') === Boolean(allowed)) wrong.push(`${kind} ${name}: ${String(reason)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the field guard', () => {
  it('refuses a root field that has no rule in the permission table, whatever the role', async () => {
    const schema = guardRootFields(buildSchema());
    const queryFields = schema.getQueryType()!.getFields();
    // A field as a new module might add it: in the schema, missing from the table.
    const unruled = { ...queryFields.apiVersion!, name: 'secretField', resolve: () => 'leaked' };
    Object.assign(queryFields, { secretField: unruled });
    guardRootFields(schema);
    for (const shape of DOCUMENT_SHAPES) {
      const { query } = sampleOperation('query', unruled, shape);
      for (const role of ROLES) {
        const contextValue = buildContext({ handle, env, viewer: viewerOf(role), requestId: 'guard', cookies: { set() {}, clear() {} } });
        const result = await graphql({ schema, source: query, contextValue });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
        expect(JSON.stringify(result.data)).not.toContain('leaked');
      }
    }
  });
});
