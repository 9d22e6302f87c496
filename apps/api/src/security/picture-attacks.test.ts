import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GraphQLError } from 'graphql';
import { schema } from '@brobygger/db';
import type { Role } from '@brobygger/domain';
import { ANALYTICS_TASKS } from '../modules/graph/analytics-tasks';
import { startDemoViewers, type DemoViewers } from './demo-viewers';
import { COLUMNS, cutFrom, drawn, numbersIn, PICTURE, rawClient, participantTyingOrganisations, type Picture } from './picture-fixtures';

/**
 * Attacks on `CompactGraph.nodeX` / `nodeY` (the server-drawn picture): who gets positions, from
 * which view they are drawn, whether they carry data the view withholds, whether they stall the
 * server, and what a failing drawing tells. Each case asserts what the attacker gets.
 */

let demo: DemoViewers;
beforeAll(async () => {
  demo = await startDemoViewers();
}, 120_000);
afterAll(() => demo.api.stop());

const read = async (role: Role, filter?: Record<string, unknown>) =>
  (await demo.clients.get(role)!.data<{ compactGraph: Picture }>(PICTURE, { filter })).compactGraph;

/** Every document shape an outsider might try, each asking for positions. */
const SHAPES: { name: string; query: string; variables?: Record<string, unknown>; operationName?: string }[] = [
  { name: 'plain', query: '{ compactGraph { nodeX nodeY } }' },
  { name: 'aliases', query: '{ a: compactGraph { x: nodeX } b: compactGraph(filter: { sectors: [PUBLIC] }) { y: nodeY } }' },
  {
    name: 'fragments',
    query: 'query { ...Q } fragment Q on Query { compactGraph { ...P } } fragment P on CompactGraph { nodeX nodeY }',
  },
  { name: 'inline fragments', query: '{ ... on Query { compactGraph { ... on CompactGraph { ... { nodeX } } } } }' },
  {
    name: 'variables',
    query: 'query($f: GraphFilter, $skip: Boolean!) { compactGraph(filter: $f) { nodeX @skip(if: $skip) nodeY } }',
    variables: { f: { nodeKinds: ['ORGANIZATION'] }, skip: false },
  },
  {
    name: 'two operations, the second chosen',
    query: 'query A { __typename } query B { compactGraph { nodeX } }',
    operationName: 'B',
  },
  { name: 'alias named __typename (uncounted by the alias limit)', query: '{ __typename: compactGraph { nodeX } }' },
];


describe('who gets positions', () => {
  const outsiders: { who: string; role: Role | null; code: string }[] = [
    { who: 'nobody (no session)', role: null, code: 'UNAUTHENTICATED' },
    { who: 'a participant', role: 'PARTICIPANT', code: 'FORBIDDEN' },
    { who: 'an admin', role: 'ADMIN', code: 'FORBIDDEN' },
  ];
  for (const { who, role, code } of outsiders) {
    it(`${who} gets no positions in any document shape`, async () => {
      const send = await rawClient(demo.api.url, role);
      for (const shape of SHAPES) {
        const answer = await send({ query: shape.query, variables: shape.variables, operationName: shape.operationName });
        expect(numbersIn(answer.data), shape.name).toEqual([]);
        expect(answer.errors?.map((e) => e.extensions?.code), shape.name).toContain(code);
      }
    });
  }

  for (const role of [null, 'PARTICIPANT', 'COORDINATOR'] as (Role | null)[]) {
    it(`a batch (an array of operations) is not run, sent by ${role ?? 'nobody'}`, async () => {
      const send = await rawClient(demo.api.url, role);
      const answer = await send([{ query: '{ compactGraph { nodeX } }' }, { query: '{ compactGraph { nodeY } }' }]);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.text).not.toMatch(/"data"/);
    });
  }
});

describe('whose view the positions are drawn from (before any data changes)', () => {
  it("every reader's picture is what their own columns alone give, a filter's cut from it, in every shape and filter", async () => {
    const coordinator = await read('COORDINATOR');
    const network = coordinator.nodeIds[coordinator.nodeKinds.indexOf('NETWORK')]!;
    // The researcher names a network by its pseudonym, read here without drawing a picture.
    const columns = await demo.clients.get('RESEARCHER')!.data<{ compactGraph: Picture }>(`{ compactGraph { ${COLUMNS} } }`);
    const researcherNetwork = columns.compactGraph.nodeIds[columns.compactGraph.nodeKinds.indexOf('NETWORK')]!;
    const filters: Record<Role, (Record<string, unknown> | undefined)[]> = {
      COORDINATOR: [undefined, { sectors: ['BUSINESS', 'CIVIL'] }, { networkId: network }, { asOf: '2023-01-31' }],
      EMPLOYER: [undefined, { sectors: ['BUSINESS', 'CIVIL'] }, { networkId: network }, { asOf: '2023-01-31' }],
      RESEARCHER: [undefined, { sectors: ['BUSINESS', 'CIVIL'] }, { networkId: researcherNetwork }, { asOf: '2023-01-31' }],
    } as Record<Role, (Record<string, unknown> | undefined)[]>;
    // Coordinators draw first, so any picture shared by mistake across roles would show up below.
    // A network's graph is a map of its own; any other filter is cut from the viewer's whole map.
    for (const role of ['COORDINATOR', 'EMPLOYER', 'RESEARCHER'] as Role[]) {
      const whole = await read(role);
      expect({ x: whole.nodeX, y: whole.nodeY }, role).toEqual(drawn(whole));
      for (const filter of filters[role]) {
        const picture = await read(role, filter);
        const own = filter?.networkId ? drawn(picture) : cutFrom(picture, whole);
        expect(picture.nodeX, `${role} ${JSON.stringify(filter)}`).toEqual(own?.x ?? null);
        expect(picture.nodeY).toEqual(own?.y ?? null);
        if (picture.nodeX) expect(picture.nodeX).toHaveLength(picture.nodeIds.length);
      }
    }
    // The same view through aliases, fragments and inline fragments: one picture, the viewer's own.
    const shaped = await demo.clients.get('EMPLOYER')!.data<{ a: Picture; b: string }>(
      `query { a: compactGraph { ...C } ... on Query { b: __typename } } fragment C on CompactGraph { ${COLUMNS} nodeX nodeY }`,
    );
    expect(shaped.a.nodeX).toEqual(drawn(shaped.a)?.x ?? null);
  });

  it("an employer of another organisation, and one without any, get only their own view's picture", async () => {
    const mine = await read('EMPLOYER');
    const orgs = await demo.api.handle.db.select({ id: schema.organizations.id, sector: schema.organizations.sector }).from(schema.organizations);
    const other = orgs.find((o) => o.id !== demo.viewerIds.EMPLOYER.organizationId && o.sector === 'BUSINESS')!;
    const otherEmployer = await demo.api.as('EMPLOYER', { organizationId: other.id });
    const theirs = (await otherEmployer.data<{ compactGraph: Picture }>(PICTURE)).compactGraph;
    expect(theirs.nodeX).toEqual(drawn(theirs)?.x ?? null);
    expect(theirs.nodeIds).not.toEqual(mine.nodeIds);
    const orphan = await demo.api.as('EMPLOYER');
    const none = (await orphan.data<{ compactGraph: Picture }>(PICTURE)).compactGraph;
    expect(none.nodeIds).toEqual([]);
    expect(none.nodeX).toBeNull();
  });
});

describe('a failing drawing', () => {
  it('answers an internal error without its message, keeps the columns, and is not kept', async () => {
    const secret = 'SQLITE_CORRUPT /srv/brobygger/data.db per_0001 Kari Nordmann';
    // A network's graph not drawn before (named by its pseudonym): a drawing of its own, not a cut.
    const researcher = await read('RESEARCHER');
    const networkId = researcher.nodeIds[researcher.nodeKinds.lastIndexOf('NETWORK')]!;
    const filter = { networkId, crossSectorOnly: true };
    const spy = vi.spyOn(ANALYTICS_TASKS, 'overviewLayout').mockImplementation(() => {
      throw new Error(secret);
    });
    try {
      const answer = await demo.clients.get('RESEARCHER')!.request<{ compactGraph: Picture }>(PICTURE, { filter });
      expect(JSON.stringify(answer)).not.toMatch(/SQLITE|brobygger\/data|Kari|per_0001|graph analytics|stack/i);
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR', 'INTERNAL_SERVER_ERROR']);
      expect(answer.data?.compactGraph.nodeIds.length).toBeGreaterThan(0);
      expect(answer.data?.compactGraph.nodeX).toBeNull();
    } finally {
      spy.mockRestore();
    }
    const again = await read('RESEARCHER', filter);
    expect(again.nodeX).toEqual(drawn(again)!.x);
  });
});

describe('stalling the server', () => {
  it('one operation asking for 31 views is answered, each view drawn once; a 32nd alias is refused', async () => {
    const researcher = demo.clients.get('RESEARCHER')!;
    const days = Array.from({ length: 31 }, (_, i) => `20${String(20 + Math.floor(i / 12)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-15`);
    const fields = (select: string) =>
      days.map((day, i) => `${i === 0 ? '' : `d${i}: `}compactGraph(filter: { asOf: "${day}" }) { ${select} }`).join('\n');
    const pictured = await researcher.request<Record<string, { nodeX: number[] | null }>>(`{ ${fields('nodeX')} }`);
    expect(pictured.errors).toBeUndefined();
    expect(Object.values(pictured.data!).every((p) => p.nodeX !== null)).toBe(true);
    const tooMany = await researcher.request(`{ ${fields('nodeX')} d99: compactGraph(filter: { asOf: "2019-01-01" }) { nodeX } d98: compactGraph(filter: { asOf: "2019-02-01" }) { nodeX } }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a view pushed out of the cache is served the picture it had at this data version: it does not move', async () => {
    const filter = { sectors: ['CIVIL'] };
    const first = await read('RESEARCHER', filter);
    expect(first.nodeX).toEqual(cutFrom(first, await read('RESEARCHER'))!.x);
    // Eight other views (any reader can ask for them in one operation) push it out of generation.views.
    const others = Array.from({ length: 8 }, (_, i) => `v${i}: compactGraph(filter: { asOf: "2019-0${i + 1}-01" }) { nodeIds }`).join(' ');
    await demo.clients.get('RESEARCHER')!.data(`{ ${others} }`);
    const again = await read('RESEARCHER', filter);
    expect(again.nodeIds).toEqual(first.nodeIds);
    expect(again.nodeX).toEqual(first.nodeX);
    expect(again.nodeY).toEqual(first.nodeY);
  });
});

describe("a filter's picture and the whole map it is cut from", () => {
  it('stay together at one data version, however many filters are asked for in between', async () => {
    await read('RESEARCHER');
    // A new organisation: the researcher's whole map is then drawn on from the last one, not afresh.
    await demo.clients.get('COORDINATOR')!.data(`mutation { createOrganization(input: { name: "Ny bedrift AS", sector: BUSINESS, kind: COMPANY }) { id } }`);
    const whole = await read('RESEARCHER');
    const filter = { sectors: ['PUBLIC'] };
    const cut = await read('RESEARCHER', filter);
    expect({ x: cut.nodeX, y: cut.nodeY }).toEqual(cutFrom(cut, whole));
    // A coordinator's twelve filters: more than the caches hold of a generation's views and of
    // last pictures, so the researcher's whole map leaves the view cache.
    const others = Array.from({ length: 12 }, (_, i) => `v${i}: compactGraph(filter: { asOf: "2019-${String(i + 1).padStart(2, '0')}-01" }) { nodeX }`).join(' ');
    await demo.clients.get('COORDINATOR')!.data(`{ ${others} }`);
    const wholeAgain = await read('RESEARCHER');
    const cutAgain = await read('RESEARCHER', filter);
    expect({ x: wholeAgain.nodeX, y: wholeAgain.nodeY }).toEqual({ x: whole.nodeX, y: whole.nodeY });
    expect({ x: cutAgain.nodeX, y: cutAgain.nodeY }).toEqual(cutFrom(cutAgain, whole));
  });
});

describe('positions that outlive the data they were drawn from (lastPictures / startingPoint)', () => {
  it("after a participant withdraws research consent, the researcher's picture is drawn from what the view now holds alone", async () => {
    const HUBS = { nodeKinds: ['ORGANIZATION', 'NETWORK'] };
    const before = await read('RESEARCHER', HUBS);
    const wholeBefore = await read('RESEARCHER');
    expect(before.nodeX).toEqual(cutFrom(before, wholeBefore)!.x);

    const withdrawing = await participantTyingOrganisations(demo);

    await demo.clients.get('COORDINATOR')!.data(
      `mutation($id: ID!) { updateConsent(personId: $id, input: { shareForResearch: false }) { id } }`,
      { id: withdrawing },
    );
    const after = await read('RESEARCHER', HUBS);
    const wholeAfter = await read('RESEARCHER');
    // The same nodes and fewer ties: the withdrawn participant's agreements are gone from the view...
    expect(after.nodeIds).toEqual(before.nodeIds);
    expect(before.edgeIds.filter((id) => !after.edgeIds.includes(id)).length).toBeGreaterThan(0);
    // ...and from the picture: the whole map is what the view alone gives, not a continuation of
    // the old one, and the filter's picture is cut from it.
    expect({ x: wholeAfter.nodeX, y: wholeAfter.nodeY }).toEqual(drawn(wholeAfter)!);
    expect(wholeAfter.nodeX).not.toEqual(drawn(wholeAfter, wholeBefore)!.x);
    expect({ x: after.nodeX, y: after.nodeY }).toEqual(cutFrom(after, wholeAfter));
  });

  it("a filter's picture is no cut of a whole map its viewer no longer has, even while the whole map cannot be drawn", async () => {
    const HUBS = { nodeKinds: ['ORGANIZATION', 'NETWORK'] };
    const before = await read('RESEARCHER', HUBS);
    const wholeBefore = await read('RESEARCHER');
    const tied = new Set([...wholeBefore.edgeSources, ...wholeBefore.edgeTargets].map((i) => wholeBefore.nodeIds[i]));
    const leaving = demo.participants.find((p) => tied.has(p.research))!;
    await demo.clients.get('COORDINATOR')!.data(
      `mutation($id: ID!) { updateConsent(personId: $id, input: { shareForResearch: false }) { id } }`,
      { id: leaving.id },
    );
    // The pool refuses the new whole map once (a viewer's queue full of analyses).
    const spy = vi.spyOn(ANALYTICS_TASKS, 'overviewLayout').mockImplementationOnce(() => {
      throw new GraphQLError('busy', { extensions: { code: 'TOO_MANY_JOBS' } });
    });
    try {
      const refused = await read('RESEARCHER', HUBS);
      expect(spy).toHaveBeenCalledTimes(1);
      // No picture (the explorer lays it out itself), not the cut made while the participant shared.
      expect(refused.nodeX).toBeNull();
      expect(refused.nodeY).toBeNull();
    } finally {
      spy.mockRestore();
    }
    const after = await read('RESEARCHER', HUBS);
    const wholeAfter = await read('RESEARCHER');
    expect(wholeAfter.nodeIds).not.toContain(leaving.research);
    expect({ x: wholeAfter.nodeX, y: wholeAfter.nodeY }).toEqual(drawn(wholeAfter));
    expect({ x: after.nodeX, y: after.nodeY }).toEqual(cutFrom(after, wholeAfter));
    expect(after.nodeX).not.toEqual(before.nodeX);
  });
});
