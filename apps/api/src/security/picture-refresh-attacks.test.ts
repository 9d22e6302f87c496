import { describe, expect, it } from 'vitest';
import type { GraphFilterInput } from '../modules/graph/graph-types';
import {
  COLUMNS,
  cutFrom,
  drawn,
  numbersIn,
  PICTURE,
  rawClient,
  participantTyingOrganisations,
  type Picture,
} from './picture-fixtures';
import { useDrawingAhead } from './picture-refresh-fixture';

/**
 * Attacks on drawing pictures ahead (modules/graph/picture-refresh.ts) by what a viewer gets: the
 * server draws the coordinators' and researchers' views in use with a system viewer, before
 * anyone asks. Each case asserts what an attacker (any role, or nobody) observes on a fresh
 * server. Making the refresher work, fail or write: picture-refresh-abuse.test.ts.
 */

const drawing = useDrawingAhead();
const { read, write, coordinator, cachedPicture, viewKeysNow, settle } = drawing;

describe('outsiders and pictures drawn ahead for coordinators and researchers', () => {
  it('nobody, a participant and an admin get no positions, even with the very filter a coordinator had drawn ahead', async () => {
    drawing.start();
    const coordinatorsOwn = await read('COORDINATOR');
    const network = coordinatorsOwn.nodeIds[coordinatorsOwn.nodeKinds.indexOf('NETWORK')]!;
    const filter: GraphFilterInput = { networkId: network, sectors: ['BUSINESS', 'CIVIL'] };
    await read('COORDINATOR', filter);
    await write();
    await settle();
    const ahead = await cachedPicture('COORDINATOR', filter);
    expect(ahead?.x.length).toBeGreaterThan(0);

    const shapes = [
      { query: PICTURE, variables: { filter } },
      {
        query: `query($f: GraphFilter) { a: compactGraph(filter: $f) { x: nodeX } ...F } fragment F on Query { b: compactGraph(filter: $f) { ... on CompactGraph { nodeY } } }`,
        variables: { f: filter },
      },
      {
        query: `{ __typename: compactGraph(filter: { sectors: [CIVIL, BUSINESS], networkId: "${network}" }) { nodeX } }`,
      },
      {
        query:
          'query A { __typename } query B($f: GraphFilter) { compactGraph(filter: $f) { nodeX nodeY } }',
        operationName: 'B',
        variables: { f: filter },
      },
    ];
    for (const [role, code] of [
      [null, 'UNAUTHENTICATED'],
      ['PARTICIPANT', 'FORBIDDEN'],
      ['ADMIN', 'FORBIDDEN'],
    ] as const) {
      const send = await rawClient(drawing.demo.api.url, role);
      for (const shape of shapes) {
        const answer = await send(shape);
        expect(numbersIn(answer.data), `${role} ${shape.query}`).toEqual([]);
        expect(answer.errors?.map((e) => e.extensions?.code)).toContain(code);
      }
    }
  });

  it("an employer asking with a coordinator's drawn-ahead filter gets only the picture of its own view", async () => {
    drawing.start();
    const all = await read('COORDINATOR');
    const network = all.nodeIds[all.nodeKinds.indexOf('NETWORK')]!;
    const filters: GraphFilterInput[] = [
      {},
      { sectors: ['BUSINESS', 'PUBLIC'] },
      { networkId: network },
    ];
    for (const filter of filters) await read('COORDINATOR', filter);
    await write();
    await settle();
    const coordinatorPictures = await Promise.all(
      filters.map((f) => cachedPicture('COORDINATOR', f)),
    );
    expect(coordinatorPictures.every((p) => p && p.x.length > 0)).toBe(true);

    let employerWhole: Picture | undefined;
    for (const [i, filter] of filters.entries()) {
      const employer = await drawing.demo.clients
        .get('EMPLOYER')!
        .data<{ a: Picture; b: Picture }>(
          `query($f: GraphFilter) { a: compactGraph(filter: $f) { ...C } b: compactGraph(filter: $f) { ... on CompactGraph { ${COLUMNS} nodeX nodeY } } } fragment C on CompactGraph { ${COLUMNS} nodeX nodeY }`,
          { f: filter },
        );
      // The employer's whole map (filters[0]) is drawn from its own columns; a sector filter is cut from it.
      employerWhole ??= employer.a;
      const own = filter.sectors ? cutFrom(employer.a, employerWhole) : drawn(employer.a);
      if (!filter.networkId && !filter.sectors) expect(employer.a.nodeX?.length).toBeGreaterThan(0);
      expect({ x: employer.a.nodeX, y: employer.a.nodeY }, JSON.stringify(filter)).toEqual(
        own ? { x: own.x, y: own.y } : { x: null, y: null },
      );
      expect(employer.b.nodeX).toEqual(employer.a.nodeX);
      expect(employer.a.nodeIds).not.toEqual(all.nodeIds);
      if (employer.a.nodeX) expect(employer.a.nodeX).not.toEqual(coordinatorPictures[i]!.x);
    }
    // Nothing was drawn ahead for the employer's view, only for the coordinators'.
    expect(
      (await viewKeysNow()).filter(
        (key) => !key.startsWith('COORDINATOR') && !key.startsWith('EMPLOYER:'),
      ),
    ).toEqual([]);
  });

  it("a researcher asking with a coordinator's filter (real network id) is refused; the same filter without it gives the researcher's own view", async () => {
    drawing.start();
    const all = await read('COORDINATOR');
    const network = all.nodeIds[all.nodeKinds.indexOf('NETWORK')]!;
    await read('COORDINATOR', { networkId: network });
    await read('COORDINATOR', { sectors: ['CIVIL', 'PUBLIC'] });
    await write();
    await settle();
    const refused = await drawing.demo.clients
      .get('RESEARCHER')!
      .request(PICTURE, { filter: { networkId: network } });
    expect(numbersIn(refused.data)).toEqual([]);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const researcher = await read('RESEARCHER', { sectors: ['PUBLIC', 'CIVIL'] });
    const forbidden = await drawing.demo.forbiddenFor('RESEARCHER');
    expect(
      researcher.nodeIds.filter((id) => forbidden.has(id) || all.nodeIds.includes(id)),
    ).toEqual([]);
    const researcherWhole = await read('RESEARCHER');
    expect(researcherWhole.nodeX).toEqual(drawn(researcherWhole)?.x);
    expect(researcher.nodeX).toEqual(cutFrom(researcher, researcherWhole)?.x);
    expect(researcher.nodeX).not.toEqual(
      (await cachedPicture('COORDINATOR', { sectors: ['CIVIL', 'PUBLIC'] }))!.x,
    );
  });
});

describe("the researchers' picture drawn ahead", () => {
  it('is of their own view: pseudonyms and sharing participants only, the positions their columns give', async () => {
    drawing.start();
    const before = await read('RESEARCHER');
    await write();
    await settle();
    // Drawn by the refresher, before any researcher asked at this version.
    const ahead = await cachedPicture('RESEARCHER', undefined);
    expect(ahead?.x.length).toBeGreaterThan(0);
    const after = await read('RESEARCHER');
    expect({ x: after.nodeX, y: after.nodeY }).toEqual({ x: ahead!.x, y: ahead!.y });
    expect({ x: after.nodeX, y: after.nodeY }).toEqual(drawn(after, before));
    const forbidden = await drawing.demo.forbiddenFor('RESEARCHER');
    expect([...after.nodeIds, ...after.edgeIds].filter((id) => forbidden.has(id))).toEqual([]);
    const sharing = new Set(
      drawing.demo.participants.filter((p) => p.shares).map((p) => p.research),
    );
    const participants = after.nodeIds.filter((_id, i) => after.nodeKinds[i] === 'PARTICIPANT');
    expect(participants.length).toBeGreaterThan(0);
    expect(participants.every((id) => sharing.has(id))).toBe(true);
  });

  it('after a participant withdraws research consent, the next drawn-ahead picture carries no trace of their ties', async () => {
    const HUBS: GraphFilterInput = { nodeKinds: ['ORGANIZATION', 'NETWORK'] };
    drawing.start();
    const before = await read('RESEARCHER', HUBS);
    const wholeBefore = await read('RESEARCHER');
    // A sharing participant, sole participant party to agreements joining organisations (ties between hubs).
    const withdrawing = await participantTyingOrganisations(drawing.demo);
    await coordinator(
      `mutation($id: ID!) { updateConsent(personId: $id, input: { shareForResearch: false }) { id } }`,
      { id: withdrawing },
    );
    await settle();
    expect((await cachedPicture('RESEARCHER', HUBS))?.x.length).toBeGreaterThan(0);

    const after = await read('RESEARCHER', HUBS);
    const wholeAfter = await read('RESEARCHER');
    expect(after.nodeIds).toEqual(before.nodeIds);
    expect(before.edgeIds.filter((id) => !after.edgeIds.includes(id)).length).toBeGreaterThan(0);
    expect({ x: wholeAfter.nodeX, y: wholeAfter.nodeY }).toEqual(drawn(wholeAfter));
    expect(wholeAfter.nodeX).not.toEqual(drawn(wholeAfter, wholeBefore)!.x);
    expect({ x: after.nodeX, y: after.nodeY }).toEqual(cutFrom(after, wholeAfter));

    // Control: a change that leaves the view whole is drawn on from the last picture (so the check above can fail).
    await write();
    await settle();
    const again = await read('RESEARCHER', HUBS);
    const wholeAgain = await read('RESEARCHER');
    expect({ x: wholeAgain.nodeX, y: wholeAgain.nodeY }).toEqual(drawn(wholeAgain, wholeAfter));
    expect({ x: again.nodeX, y: again.nodeY }).toEqual(cutFrom(again, wholeAgain));
  });

  it('after a sharing participant is archived, the next drawn-ahead picture is drawn afresh without them', async () => {
    drawing.start();
    const before = await read('RESEARCHER');
    const candidate = drawing.demo.participants.find((p) => {
      const i = before.nodeIds.indexOf(p.research);
      return i >= 0 && before.edgeSources.some((s, e) => s === i || before.edgeTargets[e] === i);
    })!;
    expect(candidate).toBeDefined();
    await coordinator(`mutation($id: ID!) { archivePerson(id: $id) { id } }`, { id: candidate.id });
    await settle();
    expect((await cachedPicture('RESEARCHER', undefined))?.x.length).toBeGreaterThan(0);
    const after = await read('RESEARCHER');
    expect(after.nodeIds).not.toContain(candidate.research);
    expect({ x: after.nodeX, y: after.nodeY }).toEqual(drawn(after));
    await coordinator(`mutation($id: ID!) { restorePerson(id: $id) { id } }`, { id: candidate.id });
  });
});
