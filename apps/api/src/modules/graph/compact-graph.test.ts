import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@brobygger/domain';
import { overviewLayout } from '@brobygger/graph';
import { startDemoViewers, type DemoViewers } from '../../security/demo-viewers';
import { PICTURE, type Picture } from '../../security/picture-fixtures';

/**
 * `compactGraph` is `graph` in columns: for every role that may read the graph, and with
 * filters, the columns rebuild exactly the nodes and edges `graph` answers, ends as indexes.
 */
const GRAPH = `query($filter: GraphFilter) {
  graph(filter: $filter) {
    nodes { id label kind sector since }
    edges { id source target kind crossSector weight since until agreementStatus }
  }
}`;
const COMPACT = `query($filter: GraphFilter) {
  compactGraph(filter: $filter) {
    nodeIds nodeLabels nodeKinds nodeSectors nodeSince
    edgeIds edgeSources edgeTargets edgeKinds edgeCrossSector edgeWeights edgeSince edgeUntil edgeAgreementStatuses
  }
}`;

interface Compact {
  nodeIds: string[];
  nodeLabels: string[];
  nodeKinds: string[];
  nodeSectors: string[];
  nodeSince: (string | null)[];
  edgeIds: string[];
  edgeSources: number[];
  edgeTargets: number[];
  edgeKinds: string[];
  edgeCrossSector: boolean[];
  edgeWeights: number[];
  edgeSince: (string | null)[];
  edgeUntil: (string | null)[];
  edgeAgreementStatuses: (string | null)[];
}

/** The objects `graph` would answer, rebuilt from the columns. */
function rows(c: Compact) {
  return {
    nodes: c.nodeIds.map((id, i) => ({ id, label: c.nodeLabels[i], kind: c.nodeKinds[i], sector: c.nodeSectors[i], since: c.nodeSince[i] })),
    edges: c.edgeIds.map((id, i) => ({
      id,
      source: c.nodeIds[c.edgeSources[i]!],
      target: c.nodeIds[c.edgeTargets[i]!],
      kind: c.edgeKinds[i],
      crossSector: c.edgeCrossSector[i],
      weight: c.edgeWeights[i],
      since: c.edgeSince[i],
      until: c.edgeUntil[i],
      agreementStatus: c.edgeAgreementStatuses[i],
    })),
  };
}

let demo: DemoViewers;
beforeAll(async () => {
  demo = await startDemoViewers();
});
afterAll(() => demo.api.stop());

describe('the compact graph', () => {
  const readers: Role[] = ['COORDINATOR', 'EMPLOYER', 'RESEARCHER'];
  const filters = [undefined, { sectors: ['BUSINESS', 'CIVIL'] }, { edgeKinds: ['AGREEMENT'], asOf: '2024-06-30' }];

  for (const role of readers) {
    it(`holds exactly the graph the ${role.toLowerCase()} may see, filtered or not`, async () => {
      const client = demo.clients.get(role)!;
      for (const filter of filters) {
        const full = await client.data<{ graph: { nodes: unknown[]; edges: unknown[] } }>(GRAPH, { filter });
        const compact = await client.data<{ compactGraph: Compact }>(COMPACT, { filter });
        expect(rows(compact.compactGraph), JSON.stringify(filter)).toEqual(full.graph);
      }
      expect((await client.data<{ compactGraph: Compact }>(COMPACT, {})).compactGraph.nodeIds.length).toBeGreaterThan(0);
    });
  }

  it('is refused where the graph is: without a session, and to participants', async () => {
    const anonymous = await demo.api.anonymous().request(`{ compactGraph { nodeIds } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const participant = await demo.clients.get('PARTICIPANT')!.request(`{ compactGraph { nodeIds } }`);
    expect(participant.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE' });
  });

  it('is smaller than the graph it holds', async () => {
    const client = demo.clients.get('COORDINATOR')!;
    const full = JSON.stringify(await client.data(GRAPH));
    const compact = JSON.stringify(await client.data(COMPACT));
    expect(compact.length).toBeLessThan(full.length * 0.7);
  });
});

describe("the compact graph's picture (nodeX, nodeY)", () => {
  const read = async (role: Role, filter?: Record<string, unknown>) =>
    (await demo.clients.get(role)!.data<{ compactGraph: Picture }>(PICTURE, { filter })).compactGraph;
  /** The picture the view's own columns give, drawn afresh and rounded as the API rounds it. */
  const fromColumnsAlone = (picture: Picture) => {
    const layout = overviewLayout({
      hub: picture.nodeKinds.map((kind) => kind === 'ORGANIZATION' || kind === 'NETWORK'),
      sources: picture.edgeSources,
      targets: picture.edgeTargets,
      anchoring: picture.edgeKinds.map((kind) => kind === 'AFFILIATION'),
    })!;
    const round = (value: number) => Math.round(value * 10) / 10;
    return { x: layout.x.map(round), y: layout.y.map(round) };
  };

  it('places every node, and each person nearer their own organisation than the others', async () => {
    const picture = await read('COORDINATOR');
    const { nodeX: x, nodeY: y } = picture;
    expect(x).toHaveLength(picture.nodeIds.length);
    expect(y).toHaveLength(picture.nodeIds.length);
    expect([...x!, ...y!].every(Number.isFinite)).toBe(true);
    const organisations = picture.nodeKinds.flatMap((kind, i) => (kind === 'ORGANIZATION' ? [i] : []));
    const distance = (a: number, b: number) => Math.hypot(x![a]! - x![b]!, y![a]! - y![b]!);
    let nearest = 0;
    let affiliations = 0;
    picture.edgeKinds.forEach((kind, e) => {
      if (kind !== 'AFFILIATION') return;
      const [a, b] = [picture.edgeSources[e]!, picture.edgeTargets[e]!];
      const [person, own] = picture.nodeKinds[a] === 'ORGANIZATION' ? [b, a] : [a, b];
      affiliations += 1;
      if (organisations.every((other) => other === own || distance(person, own) <= distance(person, other))) nearest += 1;
    });
    expect(affiliations).toBeGreaterThan(10);
    expect(nearest / affiliations).toBeGreaterThan(0.9);
  });

  it('is the same picture for every request of the same view', async () => {
    const first = await read('RESEARCHER', { sectors: ['BUSINESS', 'PUBLIC'] });
    const again = await read('RESEARCHER', { sectors: ['BUSINESS', 'PUBLIC'] });
    expect(again.nodeX).toEqual(first.nodeX);
    expect(again.nodeY).toEqual(first.nodeY);
  });

  it("holds the map still as a filter changes: a filter's nodes stand where the viewer's whole picture has them", async () => {
    const filters = [{ crossSectorOnly: true }, { sectors: ['BUSINESS', 'PUBLIC'] }, { asOf: '2024-06-30', edgeKinds: ['AGREEMENT', 'AFFILIATION'] }];
    for (const role of ['COORDINATOR', 'EMPLOYER', 'RESEARCHER'] as Role[]) {
      for (const filter of filters) {
        // The researcher asks for the filter first, so the whole picture is drawn for the cut.
        const [part, whole] =
          role === 'RESEARCHER' ? [await read(role, filter), await read(role)] : [await read(role), await read(role, filter)].reverse();
        const label = `${role} ${JSON.stringify(filter)}`;
        expect(part!.nodeX, label).not.toBeNull();
        const at = new Map(whole!.nodeIds.map((id, i) => [id, [whole!.nodeX![i], whole!.nodeY![i]]]));
        const positions = part!.nodeIds.map((id, i) => [part!.nodeX![i], part!.nodeY![i]]);
        expect(positions, label).toEqual(part!.nodeIds.map((id) => at.get(id)));
      }
    }
  });

  it('draws a network of its own: its picture is what its own columns give, not a cut of the whole map', async () => {
    const whole = await read('COORDINATOR');
    const networkId = whole.nodeIds[whole.nodeKinds.indexOf('NETWORK')]!;
    const network = await read('COORDINATOR', { networkId });
    const own = fromColumnsAlone(network);
    expect(network.nodeX).toEqual(own.x);
    expect(network.nodeY).toEqual(own.y);
  });

  it("is drawn from the viewer's own view only: the researcher's picture is what their columns alone give", async () => {
    const picture = await read('RESEARCHER');
    const expected = fromColumnsAlone(picture);
    expect(picture.nodeX).toEqual(expected.x);
    expect(picture.nodeY).toEqual(expected.y);
  });

  it("stands as it stood after a write that leaves the view's nodes and ties as they were", async () => {
    const filter = { sectors: ['CIVIL', 'PUBLIC'] };
    const before = await read('COORDINATOR', filter);
    const participant = before.nodeIds[before.nodeKinds.indexOf('PARTICIPANT')]!;
    await demo.clients.get('COORDINATOR')!.data(`mutation($id: ID!) { addTalent(personId: $id, input: { name: "Sveising" }) { id } }`, { id: participant });
    const after = await read('COORDINATOR', filter);
    expect(after.nodeIds).toEqual(before.nodeIds);
    expect(after.nodeX).toEqual(before.nodeX);
    expect(after.nodeY).toEqual(before.nodeY);
  });

  it('is drawn afresh, not from the last picture, once a node has left the view', async () => {
    const before = await read('COORDINATOR');
    const leaving = before.nodeIds[before.nodeKinds.indexOf('PERSON')]!;
    await demo.clients.get('COORDINATOR')!.data(`mutation($id: ID!) { archivePerson(id: $id) { id } }`, { id: leaving });
    const after = await read('COORDINATOR');
    expect(after.nodeIds).not.toContain(leaving);
    const fresh = fromColumnsAlone(after);
    expect(after.nodeX).toEqual(fresh.x);
    expect(after.nodeY).toEqual(fresh.y);
  });

  it('places a view of people only where the whole map has them, so ticking a node kind moves no one', async () => {
    const whole = await read('COORDINATOR');
    const people = await read('COORDINATOR', { nodeKinds: ['PARTICIPANT'] });
    expect(people.nodeIds.length).toBeGreaterThan(0);
    const at = new Map(whole.nodeIds.map((id, i) => [id, [whole.nodeX![i], whole.nodeY![i]]]));
    expect(people.nodeIds.map((_id, i) => [people.nodeX![i], people.nodeY![i]])).toEqual(people.nodeIds.map((id) => at.get(id)));
  });

  it('is null for a network of people only, which the explorer lays out itself', async () => {
    // A network's graph is drawn from its own columns; without its hub (a kind filter) there is nothing to draw around.
    const whole = await read('COORDINATOR');
    const networkId = whole.nodeIds[whole.nodeKinds.indexOf('NETWORK')]!;
    const picture = await read('COORDINATOR', { networkId, nodeKinds: ['PERSON', 'PARTICIPANT'] });
    expect(picture.nodeIds.length).toBeGreaterThan(0);
    expect(picture.nodeX).toBeNull();
    expect(picture.nodeY).toBeNull();
  });
});
