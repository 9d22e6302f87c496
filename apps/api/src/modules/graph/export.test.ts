import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { createBridgeNetwork, type BridgeNetworkIds } from './testing/bridge-network';

const EXPORT = `query($filter: GraphFilter, $format: GraphExportFormat!) {
  exportGraph(filter: $filter, format: $format) { filename mimeType content }
}`;
const GRAPH = `{ graph { nodes { id label kind sector metrics { degree betweenness pagerank constraint } } edges { id source target kind weight crossSector } } }`;

interface ApiGraph {
  nodes: { id: string; label: string; kind: string; sector: string; metrics: { degree: number; betweenness: number; pagerank: number; constraint: number | null } }[];
  edges: { id: string; source: string; target: string; kind: string; weight: number; crossSector: boolean }[];
}

const run = promisify(execFile);

let python: Promise<string> | undefined;
/** The first python3 that has networkx (scripts/ensure-test-tools.sh installs Debian's). */
function pythonWithNetworkx(): Promise<string> {
  return (python ??= (async () => {
    for (const candidate of ['python3', '/usr/bin/python3']) {
      if (await run(candidate, ['-c', 'import networkx']).then(() => true, () => false)) return candidate;
    }
    throw new Error('No python3 with networkx: run scripts/ensure-test-tools.sh');
  })());
}

/**
 * Reads a file with networkx and reports what it found, as JSON. Asynchronously: the API
 * under test runs in this process and must keep answering meanwhile.
 */
async function readWithNetworkx(path: string, reader: 'read_graphml' | 'read_gexf', nodeId: string, edgeId: string) {
  const script = `
import json, sys
import networkx as nx
g = nx.${reader}(sys.argv[1])
edge = next((d for u, v, k, d in g.edges(keys=True, data=True) if k == sys.argv[3] or d.get('id') == sys.argv[3]), None) if g.is_multigraph() else next((d for u, v, d in g.edges(data=True) if d.get('id') == sys.argv[3]), None)
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "node": g.nodes[sys.argv[2]], "edge": edge}))
`;
  const { stdout } = await run(await pythonWithNetworkx(), ['-c', script, path, nodeId, edgeId]);
  return JSON.parse(stdout) as { nodes: number; edges: number; node: Record<string, unknown>; edge: Record<string, unknown> | null };
}

let api: TestApi;
let coordinator: GraphQLTestClient;
let ids: BridgeNetworkIds;
let dir: string;

const exported = async (client: GraphQLTestClient, format: string, filter?: Record<string, unknown>) =>
  (await client.data(EXPORT, { format, filter })).exportGraph as { filename: string; mimeType: string; content: string };

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  ids = await createBridgeNetwork(coordinator);
  dir = mkdtempSync(join(tmpdir(), 'brobygger-export-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await api.stop();
});

describe('exportGraph as GraphML', () => {
  it('loads in networkx with the same nodes, edges and attributes as the API graph', async () => {
    const graph = (await coordinator.data(GRAPH)).graph as ApiGraph;
    const file = await exported(coordinator, 'GRAPHML');
    expect(file.mimeType).toBe('application/graphml+xml');
    expect(file.filename).toMatch(/^brobygger-graph-\d{4}-\d{2}-\d{2}\.graphml$/);
    const path = join(dir, file.filename);
    writeFileSync(path, file.content, 'utf8');

    const crossing = graph.edges.find((e) => e.kind === 'CONNECTION' && e.crossSector)!;
    const read = await readWithNetworkx(path, 'read_graphml', ids.bridge, crossing.id);
    expect(read.nodes).toBe(graph.nodes.length);
    expect(read.edges).toBe(graph.edges.length);

    const bridge = graph.nodes.find((n) => n.id === ids.bridge)!;
    expect(read.node).toMatchObject({
      label: 'Brita Brobygger',
      kind: 'PERSON',
      sector: 'CIVIL',
      degree: bridge.metrics.degree,
      brokerageRole: 'GATEKEEPER_REPRESENTATIVE',
      brokerageLiaison: 2,
    });
    expect(read.node.betweenness).toBeCloseTo(bridge.metrics.betweenness, 12);
    expect(read.node.pagerank).toBeCloseTo(bridge.metrics.pagerank, 12);
    expect(read.node.constraint).toBeCloseTo(bridge.metrics.constraint!, 12);
    expect(read.edge).toMatchObject({ kind: 'CONNECTION', crossSector: true, weight: crossing.weight });
  });

  it('holds only the filtered view', async () => {
    const file = await exported(coordinator, 'GRAPHML', { sectors: ['PUBLIC'] });
    const path = join(dir, 'public.graphml');
    writeFileSync(path, file.content, 'utf8');
    const read = await readWithNetworkx(path, 'read_graphml', ids.n1, 'none');
    expect(read.nodes).toBe(4);
    expect(read.edges).toBe(6);
    // Inside the public cluster alone Nina brokers nothing.
    expect(read.node.betweenness).toBe(0);
  });
});

describe('exportGraph as GEXF and CSV', () => {
  it('writes GEXF that networkx reads with the same counts', async () => {
    const graph = (await coordinator.data(GRAPH)).graph as ApiGraph;
    const file = await exported(coordinator, 'GEXF');
    expect(file.mimeType).toBe('application/gexf+xml');
    const path = join(dir, file.filename);
    writeFileSync(path, file.content, 'utf8');
    const read = await readWithNetworkx(path, 'read_gexf', ids.bridge, 'none');
    expect(read.nodes).toBe(graph.nodes.length);
    expect(read.edges).toBe(graph.edges.length);
    expect(read.node).toMatchObject({ label: 'Brita Brobygger', sector: 'CIVIL', degree: 4 });
  });

  it("gives every GEXF edge the tie's strength as its native weight, which Gephi reads", async () => {
    const { graph } = await coordinator.data<{ graph: { edges: { id: string; weight: number }[] } }>(`{ graph { edges { id weight } } }`);
    const content = (await exported(coordinator, 'GEXF')).content;
    const native = new Map([...content.matchAll(/<edge id="([^"]+)"[^>]*\sweight="([^"]+)"/g)].map((m) => [m[1], Number(m[2])]));
    expect(native.size).toBe(graph.edges.length);
    for (const edge of graph.edges) expect([edge.id, native.get(edge.id)]).toEqual([edge.id, edge.weight]);
    // Not every tie weighs 1: the strengths of the fixture's connections come through.
    expect(graph.edges.some((edge) => edge.weight !== 1)).toBe(true);
  });

  it('writes CSV of nodes and of edges as UTF-8 with a BOM', async () => {
    const graph = (await coordinator.data(GRAPH)).graph as ApiGraph;
    const nodes = await exported(coordinator, 'CSV_NODES');
    expect(nodes.mimeType).toBe('text/csv; charset=utf-8');
    expect(nodes.filename).toMatch(/-nodes\.csv$/);
    expect(nodes.content.startsWith('\uFEFFid,label,kind,sector,since,degree,')).toBe(true);
    const lines = nodes.content.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(graph.nodes.length + 1);
    expect(lines.find((l) => l.startsWith(`${ids.b2},`))).toContain('Bente Bedrift,PERSON,BUSINESS');

    const edges = await exported(coordinator, 'CSV_EDGES');
    expect(edges.content.startsWith('\uFEFFid,source,target,kind,crossSector,weight,since,until,')).toBe(true);
    expect(edges.content.slice(1).trimEnd().split('\r\n')).toHaveLength(graph.edges.length + 1);
  });
});

describe("a researcher's export", () => {
  it('holds no participant name or id in any format', async () => {
    const researcher = await api.as('RESEARCHER');
    const pseudonymous = ((await researcher.data(GRAPH)).graph as ApiGraph).nodes.find((n) => n.kind === 'PARTICIPANT')!;
    for (const format of ['GRAPHML', 'GEXF', 'CSV_NODES', 'CSV_EDGES']) {
      const { content } = await exported(researcher, format);
      expect(content).not.toContain('Pia Deltaker');
      expect(content).not.toContain(ids.pia);
      expect(content).not.toContain('Ola Utenfor');
      expect(content).not.toContain(ids.ola);
      // Nor anyone else's name or person id: people appear under pseudonyms only.
      expect(content).not.toContain('Brita Brobygger');
      expect(content).not.toMatch(/per_[0-9a-z]{12}/);
      if (format !== 'CSV_EDGES') expect(content).toContain(pseudonymous.id);
    }
  });

  it('loads in networkx with the pseudonym as the node id', async () => {
    const researcher = await api.as('RESEARCHER');
    const graph = (await researcher.data(GRAPH)).graph as ApiGraph;
    const pia = graph.nodes.find((n) => n.kind === 'PARTICIPANT')!;
    const file = await exported(researcher, 'GRAPHML');
    const path = join(dir, 'researcher.graphml');
    writeFileSync(path, file.content, 'utf8');
    const read = await readWithNetworkx(path, 'read_graphml', pia.id, 'none');
    expect(read.nodes).toBe(graph.nodes.length);
    expect(read.node).toMatchObject({ label: pia.id, kind: 'PARTICIPANT', degree: 1 });
  });
});
