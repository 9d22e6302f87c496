import { buildSchema, getNamedType, getNullableType, isObjectType, type GraphQLField } from 'graphql';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@brobygger/domain';
import { accessFor } from '../authorization/permissions';
import type { GraphQLResponse, GraphQLTestClient } from '../testing/index';
import { deepSelection } from './deep-selection';
import { startDemoViewers, type DemoViewers } from './demo-viewers';
import { DOCUMENT_SHAPES, sampleOperation, takesId, type DocumentShape } from './sample-operation';

/**
 * The row rules, swept the way authorization-shapes.test.ts sweeps the root fields: generated
 * from the SDL, every query a role may call, with the widest selection three levels deep, in
 * every document shape; every field that takes an id is tried again with the ids of
 * participants the viewer may not identify (their real id, research pseudonym and another
 * organisation's card id). No answer may hold a string of a participant the viewer may not
 * identify (demo-viewers.ts says which), and an id the viewer may not see answers exactly as an
 * unknown id of the same form would. A query added later is swept without being listed.
 */
const DEPTH = 3;
const sdl = buildSchema(readFileSync(fileURLToPath(new URL('../../../../schema.graphql', import.meta.url)), 'utf8'));
const queries = Object.values(sdl.getQueryType()!.getFields());
/** Probes need no shape of their own: the shapes are swept without them. */
const PROBE_SHAPES: DocumentShape[] = ['plain', 'nested inline fragments'];

let demo: DemoViewers;

beforeAll(async () => {
  // Wide documents on purpose: the limits that guard production would refuse them before any rule is tried.
  demo = await startDemoViewers({ QUERY_COST_BUDGET: '1000000000', QUERY_MAX_ANALYTICS: '1000', QUERY_MAX_EXPORTS: '1000' });
}, 120_000);
afterAll(() => demo.api.stop());

function callable(role: Role, field: GraphQLField<unknown, unknown>): boolean {
  const access = accessFor('query', field.name);
  return access === 'public' || Boolean(access?.includes(role));
}

function selectionFor(field: GraphQLField<unknown, unknown>): string | undefined {
  const returned = getNamedType(getNullableType(field.type));
  return isObjectType(returned) ? deepSelection(returned, DEPTH) : undefined;
}

/** Ids of participants the viewer may not identify, as an attacker would have collected them. */
async function probeIdsFor(role: Role): Promise<string[]> {
  const forbidden = await demo.forbiddenFor(role);
  const unknown = demo.participants.filter((p) => forbidden.has(p.id));
  const pick = [unknown.find((p) => !p.visible), unknown.find((p) => p.visible), unknown.find((p) => p.shares)];
  const own = demo.viewerIds[role].organizationId;
  return [...new Set(pick.filter((p) => p !== undefined))].flatMap((p) => [
    p.id,
    ...(forbidden.has(p.research) ? [p.research] : []),
    ...[...p.cards].filter(([org]) => org !== own).slice(0, 1).map(([, card]) => card),
  ]);
}

/** An id of the same form as the probe that names no one. */
function unknownLike(probeId: string): string {
  return probeId.replace(/^(per_|R-|C-).*$/, (_all, prefix: string) => `${prefix}${prefix === 'per_' ? '999999' : '000000000000'}`);
}

/** What a caller can compare between two answers: the status, data and errors, the id it sent written out. */
function comparable(response: GraphQLResponse, sentId: string): string {
  const errors = response.errors?.map(({ message, extensions }) => ({ message, extensions: { ...extensions, requestId: undefined } }));
  return JSON.stringify({ status: response.status, data: response.data, errors }).split(sentId).join('<sent id>');
}

interface Sweep {
  leaks: string[];
  /** Fields whose document the server refused before running it: the sweep would prove nothing for them. */
  unchecked: string[];
  /** Probe ids answered otherwise than an unknown id: their existence shows. */
  distinguishable: string[];
  answeredFields: Set<string>;
  bytes: number;
}

async function sweep(client: GraphQLTestClient, role: Role, forbidden: Map<string, string>, only?: readonly string[]): Promise<Sweep> {
  const result: Sweep = { leaks: [], unchecked: [], distinguishable: [], answeredFields: new Set(), bytes: 0 };
  const probes = await probeIdsFor(role);
  for (const field of queries.filter((candidate) => callable(role, candidate) && (!only || only.includes(candidate.name)))) {
    const selection = selectionFor(field);
    const tries = [
      ...DOCUMENT_SHAPES.map((shape) => ({ shape, probeId: undefined as string | undefined })),
      ...(takesId(field) ? probes.flatMap((probeId) => PROBE_SHAPES.map((shape) => ({ shape, probeId }))) : []),
    ];
    for (const { shape, probeId } of tries) {
      const { query, variables, responseKey } = sampleOperation('query', field, shape, { selection, probeId });
      const response = await client.request(query, variables);
      const refusedUnread = response.errors?.find((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || e.extensions?.code === 'QUERY_TOO_COSTLY');
      if (refusedUnread) result.unchecked.push(`${field.name} (${shape}): ${refusedUnread.message}`);
      // The id the caller sent may come back in a refusal: that tells the caller nothing new.
      const text = probeId ? comparable(response, probeId) : JSON.stringify(response);
      result.bytes += text.length;
      if (probeId) {
        const unknownId = unknownLike(probeId);
        const unknown = sampleOperation('query', field, shape, { selection, probeId: unknownId });
        if (comparable(await client.request(unknown.query, unknown.variables), unknownId) !== text) {
          result.distinguishable.push(`${field.name}(${probeId}) answers otherwise than ${field.name}(${unknownId})`);
        }
      }
      if (response.data?.[responseKey] != null) result.answeredFields.add(field.name);
      for (const [secret, why] of forbidden) if (text.includes(secret)) result.leaks.push(`${field.name}${probeId ? `(${probeId})` : ''}: ${why}`);
    }
  }
  return result;
}

describe('every query, as wide as a client may ask, in every shape, with the ids an attacker holds', () => {
  it.each(['EMPLOYER', 'RESEARCHER', 'PARTICIPANT', 'ADMIN'] as Role[])(
    'leaks nothing of a participant %s may not identify',
    async (role) => {
      const forbidden = await demo.forbiddenFor(role);
      const result = await sweep(demo.clients.get(role)!, role, forbidden);
      expect(result.unchecked).toEqual([]);
      expect([...new Set(result.leaks)]).toEqual([]);
      expect(result.distinguishable).toEqual([]);
      // The sweep read real answers, not only refusals.
      expect(result.answeredFields.size).toBeGreaterThan(1);
      expect(result.bytes).toBeGreaterThan(5_000);
    },
    120_000,
  );

  it('would notice a leak: the coordinator\u2019s sweep holds what a researcher may not see', async () => {
    const forbidden = await demo.forbiddenFor('RESEARCHER');
    // Two fields are enough to show the sweep reads what a leak would hold.
    const result = await sweep(demo.clients.get('COORDINATOR')!, 'COORDINATOR', forbidden, ['people', 'person']);
    expect(result.unchecked).toEqual([]);
    expect(result.leaks.some((leak) => leak.startsWith('people:'))).toBe(true);
    expect(result.leaks.some((leak) => leak.startsWith('person('))).toBe(true);
  }, 120_000);
});
