import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import { loadEnv } from '../env';
import { makePseudonyms } from '../privacy/pseudonyms';
import type { GraphQLTestClient } from '../testing/index';
import { startDemoViewers, type DemoViewers } from './demo-viewers';

/**
 * A network's graph is cached by that network's own graph version (graph-cache.ts), not by the
 * region's data version: a write elsewhere leaves it cached. Whatever is cached, a change to a
 * network must show on the very next request, on every path that reads the view — above all a
 * participant's withdrawn consent, which DESIGN.md says takes effect on the next request.
 */

let demo: DemoViewers;
let coordinator: GraphQLTestClient;
let researcher: GraphQLTestClient;
const research = makePseudonyms(loadEnv({ NODE_ENV: 'test' }).PSEUDONYM_SECRET).research;

/** Every path that reads a researcher's view of one network: the graph, the compact graph, the statistics. */
const RESEARCH_PATHS = `query($f: GraphFilter) {
  graph(filter: $f) { nodes { id } }
  compactGraph(filter: $f) { nodeIds }
  graphStats(filter: $f) { nodeCount { value suppressed } }
}`;

interface Membership {
  networkId: string;
  personId: string | null;
}
let memberships: Membership[];

beforeAll(async () => {
  demo = await startDemoViewers({ QUERY_COST_BUDGET: '1000000000' });
  coordinator = demo.clients.get('COORDINATOR')!;
  researcher = demo.clients.get('RESEARCHER')!;
  memberships = await demo.api.handle.db
    .select({
      networkId: schema.networkMembers.networkId,
      personId: schema.networkMembers.personId,
    })
    .from(schema.networkMembers);
}, 120_000);
afterAll(() => demo.api.stop());

const networksOf = (personId: string) =>
  memberships.filter((m) => m.personId === personId).map((m) => m.networkId);

describe("a network's cached graph", () => {
  it("loses a participant from the researcher's view on the next request after consent is withdrawn, on every path", async () => {
    const profiles = await demo.api.handle.db.select().from(schema.participantProfiles);
    const sharing = profiles.find((p) => p.shareForResearch && networksOf(p.personId).length > 0)!;
    const network = networksOf(sharing.personId)[0]!;
    const f = { networkId: research(network) };
    const pseudonym = research(sharing.personId);
    // Read (and cached) with the participant in it, twice: the second answer comes from the cache.
    for (let i = 0; i < 2; i += 1) {
      const before = await researcher.data(RESEARCH_PATHS, { f });
      expect(before.graph.nodes.map((n: { id: string }) => n.id)).toContain(pseudonym);
      expect(before.compactGraph.nodeIds).toContain(pseudonym);
    }

    const participant = await demo.api.as('PARTICIPANT', { personId: sharing.personId });
    const consent = (share: boolean) =>
      participant.data(
        `mutation($id: ID!, $share: Boolean!) { updateConsent(personId: $id, input: { shareForResearch: $share }) { id } }`,
        {
          id: sharing.personId,
          share,
        },
      );
    await consent(false);
    try {
      const after = await researcher.data(RESEARCH_PATHS, { f });
      expect(after.graph.nodes.map((n: { id: string }) => n.id)).not.toContain(pseudonym);
      expect(after.compactGraph.nodeIds).not.toContain(pseudonym);
      expect(after.graph.nodes.length).toBeGreaterThan(0);
    } finally {
      await consent(true);
    }
    const back = await researcher.data(RESEARCH_PATHS, { f });
    expect(back.graph.nodes.map((n: { id: string }) => n.id)).toContain(pseudonym);
  });

  it("shows a coordinator a change in one network at once, and the other networks' graphs as they are", async () => {
    const networks = [...new Set(memberships.map((m) => m.networkId))];
    const GRAPH = `query($id: ID!) { graph(filter: { networkId: $id }) { nodes { id label } edges { id } } }`;
    const before = new Map<string, unknown>();
    for (const id of networks) before.set(id, (await coordinator.data(GRAPH, { id })).graph);

    const member = memberships.find((m) => m.personId && networksOf(m.personId).length === 1)!;
    await coordinator.data(
      `mutation($id: ID!) { updatePerson(id: $id, input: { name: "Omdøpt Medlem" }) { id } }`,
      {
        id: member.personId,
      },
    );
    for (const id of networks) {
      const graph = (await coordinator.data(GRAPH, { id })).graph as {
        nodes: { id: string; label: string }[];
      };
      const renamed = graph.nodes.find((node) => node.id === member.personId);
      if (id === member.networkId) expect(renamed?.label).toBe('Omdøpt Medlem');
      else expect(graph, id).toEqual(before.get(id));
    }

    await coordinator.data(`mutation($id: ID!) { archivePerson(id: $id) { id } }`, {
      id: member.personId,
    });
    const archived = (await coordinator.data(GRAPH, { id: member.networkId })).graph as {
      nodes: { id: string }[];
    };
    expect(archived.nodes.map((node) => node.id)).not.toContain(member.personId);
  });
});
