import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@brobygger/domain';
import { startDemoViewers, type DemoViewers } from '../../security/demo-viewers';

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
